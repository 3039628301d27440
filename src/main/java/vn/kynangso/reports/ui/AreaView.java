package vn.kynangso.reports.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import vn.kynangso.base.ui.CardList;
import vn.kynangso.reports.AreaService;
import vn.kynangso.reports.AreaService.HamletFigures;
import vn.kynangso.security.Roles;

/** The hamlets in my area with how many households and people are registered in each. */
@Route("area")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 20, title = "menu.area", icon = "vaadin:map-marker")
class AreaView extends Main implements HasDynamicTitle {

    /** Cards added at a time. */
    static final int PAGE = 50;

    AreaView(AreaService area) {
        addClassName("kns-page");
        Collator names = Collator.getInstance(getLocale());
        List<HamletFigures> rows = area.myHamlets().stream()
                .sorted(Comparator.comparing(HamletFigures::commune, names).thenComparing(HamletFigures::hamlet, names))
                .toList();

        // Cards that grow with the page, a page at a time for a province's thousands of hamlets; a tap
        // opens the hamlet's coverage, with its households.
        CardList<HamletFigures> grid = new CardList<>(
                "area-grid",
                r -> new CardList.Card(r.hamlet(), r.commune(), getTranslation("area.row", r.households(), r.people())),
                r -> "coverage/" + r.hamletId(),
                PAGE);
        grid.setItems(rows);
        Paragraph total = new Paragraph(getTranslation(
                "area.total",
                rows.size(),
                rows.stream().mapToLong(HamletFigures::households).sum(),
                rows.stream().mapToLong(HamletFigures::people).sum()));
        total.setId("area-total");
        add(new H1(getTranslation("area.title")), total, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("area.title") + " · " + getTranslation("app.name");
    }
}
