package vn.kynangso.officials.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.base.ui.ResponsiveTable;
import vn.kynangso.learning.CourseStatus;
import vn.kynangso.officials.MandatoryCourses;
import vn.kynangso.officials.OfficialUnits;
import vn.kynangso.officials.OfficialYear;
import vn.kynangso.officials.TrainingDocuments;
import vn.kynangso.officials.TrainingProgress;
import vn.kynangso.officials.TrainingProgress.YearProgress;
import vn.kynangso.officials.TrainingStanding;
import vn.kynangso.officials.TrainingYears;
import vn.kynangso.officials.Unit;
import vn.kynangso.places.Place;
import vn.kynangso.security.Roles;

/**
 * The commune's year-end evaluation of officials' training: the year's mandatory courses (with
 * deadlines), units, who has completed what, who completed late and who is overdue, and the
 * evaluation sheet as Excel or CSV; the year month by month as a chart ({@link ProgressChart}).
 * It opens on the current year; the years before are one tap away and show their closed figures.
 */
@Route("evaluation")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 28, title = "menu.evaluation", icon = "vaadin:clipboard-check")
class EvaluationView extends Main implements HasDynamicTitle {

    private final TrainingStanding officials;
    private final TrainingYears trainingYears;
    private final MandatoryCourses courses;
    private final OfficialUnits unitsOf;
    private final TrainingDocuments documents;
    private final TrainingProgress progress;
    private final Clock clock;
    private final Select<Place> commune = new Select<>();
    private final Div content = new Div();
    private int year;
    private @Nullable String unit;

    EvaluationView(
            TrainingStanding officials,
            TrainingYears trainingYears,
            MandatoryCourses courses,
            OfficialUnits unitsOf,
            TrainingDocuments documents,
            TrainingProgress progress,
            Clock clock) {
        this.officials = officials;
        this.trainingYears = trainingYears;
        this.courses = courses;
        this.unitsOf = unitsOf;
        this.documents = documents;
        this.progress = progress;
        this.clock = clock;
        addClassName("kns-page");
        List<Place> communes = officials.myCommunes().stream()
                .sorted(Comparator.comparing(Place::getName, Collator.getInstance(getLocale())))
                .toList();
        commune.setId("evaluation-commune");
        commune.setLabel(getTranslation("print.commune"));
        commune.setItems(communes);
        commune.setItemLabelGenerator(p -> p == null ? "" : p.getName());
        year = trainingYears.currentYear();
        // next year to plan ahead in December, this year first selected, two years back
        List<Integer> years =
                IntStream.rangeClosed(year - 2, year + 1).boxed().toList().reversed();
        YearTabs tabs = new YearTabs("evaluation-year", years, year, selected -> {
            year = selected;
            refresh();
        });
        commune.addValueChangeListener(e -> refresh());
        content.setId("evaluation-content");
        add(new H1(getTranslation("evaluation.title")), commune, tabs, content);
        if (!communes.isEmpty()) {
            commune.setValue(communes.getFirst());
        }
    }

    private void refresh() {
        content.removeAll();
        if (commune.getValue() == null) {
            return;
        }
        long communeId = commune.getValue().getId();
        int y = year;
        List<Unit> units = unitsOf.units(communeId);
        List<OfficialYear> everyone = officials.compliance(y, communeId);
        if (trainingYears.hasEnded(y)) {
            DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"), getLocale())
                    .withZone(clock.getZone());
            Paragraph closed = new Paragraph(officials
                    .closedAt(y, communeId)
                    .map(at -> getTranslation("evaluation.closed", y, date.format(at)))
                    .orElseGet(() -> getTranslation("evaluation.ended", y)));
            closed.setId("evaluation-closed");
            closed.addClassName("kns-muted");
            content.add(closed, new RequiredCoursesForm(courses, communeId, y, false, this::refresh));
        } else {
            content.add(
                    new RequiredCoursesForm(courses, communeId, y, true, this::refresh),
                    new UnitsForm(unitsOf, communeId, units, everyone, this::refresh));
        }
        Select<String> unitFilter = new Select<>();
        unitFilter.setId("evaluation-unit-filter");
        unitFilter.setLabel(getTranslation("evaluation.col.unit"));
        unitFilter.setItems(units.stream().map(Unit::name).toList());
        unitFilter.setEmptySelectionAllowed(true);
        unitFilter.setEmptySelectionCaption(getTranslation("evaluation.units.all"));
        unitFilter.setItemLabelGenerator(u -> u == null ? getTranslation("evaluation.units.all") : u);
        unitFilter.setValue(this.unit);
        unitFilter.addValueChangeListener(e -> {
            this.unit = e.getValue();
            refresh();
        });
        List<OfficialYear> rows = everyone.stream()
                .filter(o -> this.unit == null || this.unit.equals(o.unit()))
                .toList();
        Paragraph summary = new Paragraph(getTranslation(
                "evaluation.summary",
                rows.size(),
                count(rows, CourseStatus.COMPLETED),
                count(rows, CourseStatus.COMPLETED_LATE),
                count(rows, CourseStatus.OVERDUE)));
        summary.setId("evaluation-summary");
        YearProgress months = progress.monthly(y, communeId);
        if (!months.months().isEmpty()) {
            content.add(new ProgressChart(months, commune.getValue().getName()));
        }
        content.add(new H2(getTranslation("evaluation.officials")), unitFilter, summary);
        long notCounted = rows.stream().filter(r -> r.status() == null).count();
        if (notCounted > 0) {
            Paragraph none = new Paragraph(getTranslation("evaluation.summary.not-counted", notCounted));
            none.setId("evaluation-not-counted");
            content.add(none);
        }
        Paragraph help = new Paragraph(getTranslation("evaluation.grid.help"));
        help.setId("evaluation-grid-help");
        help.addClassName("kns-muted");
        content.add(grid(rows), help, exports(y));
    }

    private static long count(List<OfficialYear> rows, CourseStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /**
     * One line per official: name, result, courses completed, unit; a small card each on a phone,
     * columns on a wide screen.
     */
    private ResponsiveTable grid(List<OfficialYear> rows) {
        ResponsiveTable table = new ResponsiveTable(
                "evaluation-grid",
                "kns-evaluation-table",
                List.of(
                        getTranslation("evaluation.col.name"),
                        getTranslation("evaluation.col.status"),
                        getTranslation("evaluation.col.completed"),
                        getTranslation("evaluation.col.unit")));
        for (OfficialYear o : rows) {
            // nothing required is not "0 of 0 completed": such an official is not counted (DD011)
            Span completed = new Span(
                    o.requirements().isEmpty()
                            ? getTranslation("evaluation.not-counted")
                            : getTranslation(
                                    "evaluation.completed-cell",
                                    o.completed(),
                                    o.requirements().size(),
                                    o.hours()));
            completed.setId("evaluation-completed-" + o.personId());
            table.addRowOf(
                    "evaluation-row-" + o.personId(),
                    new Span(o.name()),
                    List.of(new Span(statusBadge(o)), completed, new Span(o.unit() == null ? "" : o.unit())));
        }
        return table;
    }

    /** The year's result in the words of the official's screen, an overdue one in red. */
    private static Span statusBadge(OfficialYear o) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(o.statusKey()));
        CourseStatus status = o.status();
        badge.addClassNames(
                "kns-badge",
                status == null
                        ? "kns-badge-plain"
                        : switch (status) {
                            case COMPLETED -> "kns-badge-success";
                            case COMPLETED_LATE -> "kns-badge-late";
                            case OVERDUE -> "kns-badge-overdue";
                            default -> "kns-badge-plain";
                        });
        badge.setId("evaluation-status-" + o.personId());
        return badge;
    }

    private Div exports(int y) {
        long communeId = commune.getValue().getId();
        String file = "danh-gia-boi-duong-" + y + "-"
                + (commune.getValue().getCode() == null
                        ? communeId
                        : commune.getValue().getCode());
        Anchor xlsx = new Anchor(
                Downloads.of(
                        file + ".xlsx",
                        Downloads.XLSX,
                        () -> documents
                                .evaluationSheet(y, communeId, getLocale())
                                .xlsx()),
                getTranslation("evaluation.export.xlsx"));
        xlsx.setId("evaluation-xlsx");
        xlsx.getElement().setAttribute("download", true);
        Anchor csv = new Anchor(
                Downloads.of(
                        file + ".csv",
                        Downloads.CSV,
                        () -> documents
                                .evaluationSheet(y, communeId, getLocale())
                                .csv()),
                getTranslation("evaluation.export.csv"));
        csv.setId("evaluation-csv");
        csv.getElement().setAttribute("download", true);
        Div exports = new Div(xlsx, csv);
        exports.addClassName("kns-links");
        return exports;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.title") + " · " + getTranslation("app.name");
    }
}
