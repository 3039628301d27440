package vn.kynangso.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import vn.kynangso.reports.AreaService;
import vn.kynangso.reports.AreaService.HamletFigures;
import vn.kynangso.security.Roles;

/** The hamlets in my area with how many households and people are registered in each. */
@Route("area")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 20, title = "menu.area", icon = "vaadin:map-marker")
class AreaView extends Main implements HasDynamicTitle {

    private static final String ROW = "<div class=\"kns-row\"><strong>${item.hamlet}</strong>"
            + "<span>${item.commune}</span><span>${item.figures}</span></div>";

    AreaView(AreaService area) {
        addClassName("kns-page");
        Collator names = Collator.getInstance(getLocale());
        List<HamletFigures> rows = area.myHamlets().stream()
                .sorted(Comparator.comparing(HamletFigures::commune, names).thenComparing(HamletFigures::hamlet, names))
                .toList();

        // One column of small cards: readable at 360 px, and still a lazy grid for a province's thousands of hamlets.
        Grid<HamletFigures> grid = new Grid<>();
        grid.setId("area-grid");
        grid.addColumn(LitRenderer.<HamletFigures>of(ROW)
                        .withProperty("hamlet", HamletFigures::hamlet)
                        .withProperty("commune", HamletFigures::commune)
                        .withProperty("figures", r -> getTranslation("area.row", r.households(), r.people())))
                .setHeader(getTranslation("area.hamlet"));
        grid.setItems(rows);
        grid.addClassName("kns-card-grid");
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
