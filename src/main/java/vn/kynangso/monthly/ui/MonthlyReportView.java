package vn.kynangso.monthly.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.base.ui.FiguresTable;
import vn.kynangso.monthly.MonthlyReportDocuments;
import vn.kynangso.monthly.MonthlyReportDocuments.Table;
import vn.kynangso.monthly.MonthlyReports;
import vn.kynangso.monthly.MonthlyReports.Report;
import vn.kynangso.security.Roles;

/**
 * A commune's or province's monthly report (pick the month, the last one ended first): the same
 * tables the XLSX and PDF files hold, made once when the screen opens, so what is downloaded is
 * what was shown.
 */
@Route("coverage/:place/month")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
class MonthlyReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Months offered: this one and the eleven before it. */
    static final int MONTHS = 12;

    private final MonthlyReports reports;
    private final MonthlyReportDocuments documents;
    private final Clock clock;
    private String title = "";

    MonthlyReportView(MonthlyReports reports, MonthlyReportDocuments documents, Clock clock) {
        this.reports = reports;
        this.documents = documents;
        this.clock = clock;
        addClassNames("kns-page", "kns-monthly-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long placeId = event.getRouteParameters().getLong("place").orElse(-1L);
        YearMonth thisMonth = YearMonth.from(LocalDate.now(clock));
        YearMonth month = thisMonth.minusMonths(1);
        List<String> asked =
                event.getLocation().getQueryParameters().getParameters().get("month");
        if (asked != null && !asked.isEmpty()) {
            try {
                month = YearMonth.parse(asked.getFirst());
            } catch (DateTimeParseException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        Report report;
        try {
            report = reports.of(placeId, month);
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = documents.title(report, getLocale());
        Anchor back = new Anchor("coverage/" + placeId + "/weeks", getTranslation("report.month.back"));
        back.setId("report-back");
        add(new H1(title), back, monthPicker(placeId, month, thisMonth));
        Div lines = new Div();
        lines.setId("report-preamble");
        List<String> preamble = documents.preamble(report, getLocale());
        preamble.subList(1, preamble.size()).forEach(line -> lines.add(new Paragraph(line)));
        add(lines, downloads(report));
        for (Table table : documents.tables(report, getLocale())) {
            Div part = new Div(new H2(table.title()));
            part.addClassName("kns-card");
            if (table.rows().isEmpty()) {
                part.add(new Paragraph(getTranslation("report.month.empty")));
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (List<Object> row : table.rows()) {
                    rows.add(row.stream()
                            .map(cell -> MonthlyReportDocuments.text(cell, getLocale()))
                            .toList());
                }
                FiguresTable figures = new FiguresTable(
                        table.id(), getTranslation("report.month.table"), table.title(), table.header(), rows);
                figures.setOpen(true);
                part.add(figures);
            }
            add(part);
        }
    }

    private Select<YearMonth> monthPicker(long placeId, YearMonth month, YearMonth thisMonth) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            months.add(thisMonth.minusMonths(i));
        }
        if (!months.contains(month)) {
            months.add(month);
        }
        Select<YearMonth> picker = new Select<>();
        picker.setId("report-month");
        picker.setLabel(getTranslation("report.month.pick"));
        picker.setItems(months);
        picker.setItemLabelGenerator(m -> m.equals(thisMonth)
                ? getTranslation("report.month.this-month", m.getMonthValue(), String.valueOf(m.getYear()))
                : getTranslation("report.month.label", m.getMonthValue(), String.valueOf(m.getYear())));
        picker.setValue(month);
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        "coverage/" + placeId + "/month",
                        QueryParameters.simple(Map.of("month", e.getValue().toString()))));
            }
        });
        return picker;
    }

    private Div downloads(Report report) {
        String file = "bao-cao-thang-" + report.month() + "-" + report.placeId();
        Anchor xlsx = new Anchor(
                Downloads.of(file + ".xlsx", Downloads.XLSX, () -> documents.xlsx(report, getLocale())),
                getTranslation("report.month.xlsx"));
        xlsx.setId("report-xlsx");
        xlsx.getElement().setAttribute("download", true);
        Anchor pdf = new Anchor(
                Downloads.of(file + ".pdf", Downloads.PDF, () -> documents.pdf(report, getLocale())),
                getTranslation("report.month.pdf"));
        pdf.setId("report-pdf");
        pdf.getElement().setAttribute("download", true);
        Div links = new Div(xlsx, pdf);
        links.addClassName("kns-links");
        return links;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
