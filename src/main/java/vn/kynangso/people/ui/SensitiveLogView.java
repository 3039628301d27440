package vn.kynangso.people.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.kynangso.people.FlagAccess;
import vn.kynangso.people.FlagAccessLog;
import vn.kynangso.security.Roles;

/**
 * For commune and province admins: who saw or changed the disability and poverty flags of the
 * households in their area, and when, between two days.
 */
@Route("sensitive-log")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 29, title = "menu.sensitive-log", icon = "vaadin:eye")
class SensitiveLogView extends Main implements HasDynamicTitle {

    private static final String ROW = "<div class=\"kns-row\"><strong>${item.what}</strong>"
            + "<span>${item.household}</span><span class=\"kns-muted\">${item.when}</span></div>";

    private final FlagAccessLog log;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph count = new Paragraph();
    private final Grid<FlagAccess> grid = new Grid<>();
    private final DateTimeFormatter when;

    SensitiveLogView(FlagAccessLog log, Clock clock) {
        this.log = log;
        addClassName("kns-page");
        when = DateTimeFormatter.ofPattern(getTranslation("format.date-time"), getLocale())
                .withZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        from.setId("sensitive-log-from");
        from.setLabel(getTranslation("sensitive-log.from"));
        from.setValue(today.minusDays(6));
        to.setId("sensitive-log-to");
        to.setLabel(getTranslation("sensitive-log.to"));
        to.setValue(today);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Div filters = new Div(from, to);
        filters.addClassName("kns-links");
        count.setId("sensitive-log-count");
        grid.setId("sensitive-log");
        grid.addColumn(LitRenderer.<FlagAccess>of(ROW)
                        .withProperty("what", this::what)
                        .withProperty("household", a -> a.address() + " · " + a.hamlet())
                        .withProperty("when", a -> when.format(a.at())))
                .setHeader(getTranslation("sensitive-log.entries"));
        grid.addClassName("kns-card-grid");
        Paragraph intro = new Paragraph(getTranslation("sensitive-log.intro"));
        intro.addClassName("kns-muted");
        add(new H1(getTranslation("sensitive-log.title")), intro, filters, count, grid);
        refresh();
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        List<FlagAccess> entries = log.inMyArea(from.getValue(), to.getValue());
        grid.setItems(entries);
        count.setText(getTranslation(
                entries.size() >= FlagAccessLog.LIMIT ? "sensitive-log.count.limit" : "sensitive-log.count",
                entries.size()));
    }

    /** "Đỗ Văn Hùng xem (danh sách hộ cần hỗ trợ)" or "… sửa khuyết tật: không → có". */
    String what(FlagAccess access) {
        if (access.isRead() && access.screen() != null) {
            return getTranslation(
                    "sensitive-log.read",
                    access.who(),
                    getTranslation("flag-log.screen." + access.screen().name()));
        }
        String field = String.valueOf(access.field());
        return getTranslation(
                "sensitive-log.change",
                access.who(),
                getTranslation("flag-log.field." + field),
                value(field, access.before()),
                value(field, access.after()));
    }

    private String value(String field, @Nullable String value) {
        if (value == null) {
            return "—";
        }
        return "disability".equals(field)
                ? getTranslation(Boolean.parseBoolean(value) ? "flag-log.yes" : "flag-log.no")
                : getTranslation("household.poverty." + value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sensitive-log.title") + " · " + getTranslation("app.name");
    }
}
