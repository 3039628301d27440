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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PeopleService.HamletCounts;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;

/** The hamlets in my area with how many households and people are registered in each. */
@Route("area")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 20, title = "menu.area", icon = "vaadin:map-marker")
class AreaView extends Main implements HasDynamicTitle {

    private static final String ROW = "<div class=\"kns-row\"><strong>${item.hamlet}</strong>"
            + "<span>${item.commune}</span><span>${item.figures}</span></div>";

    /** One line of the table. */
    record HamletRow(String hamlet, String commune, long households, long people) {}

    AreaView(CurrentUser currentUser, PlaceService places, PeopleService people) {
        addClassName("kns-page");
        List<Long> hamletIds = places.idsWithin(currentUser.require().getAreaPlaceIds(), PlaceLevel.HAMLET);
        List<Place> hamlets = places.findAll(hamletIds);
        Map<Long, Place> parents = places
                .findAll(hamlets.stream()
                        .map(Place::getParentId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Place::getId, Function.identity()));
        Map<Long, HamletCounts> counts = people.countsPerHamlet(hamletIds);
        Collator names = Collator.getInstance(getLocale());
        List<HamletRow> rows = hamlets.stream()
                .map(h -> new HamletRow(
                        h.getName(),
                        h.getParentId() == null || !parents.containsKey(h.getParentId())
                                ? ""
                                : parents.get(h.getParentId()).getName(),
                        counts.get(h.getId()).households(),
                        counts.get(h.getId()).people()))
                .sorted(Comparator.comparing(HamletRow::commune, names).thenComparing(HamletRow::hamlet, names))
                .toList();

        // One column of small cards: readable at 360 px, and still a lazy grid for a province's thousands of hamlets.
        Grid<HamletRow> grid = new Grid<>();
        grid.setId("area-grid");
        grid.addColumn(LitRenderer.<HamletRow>of(ROW)
                        .withProperty("hamlet", HamletRow::hamlet)
                        .withProperty("commune", HamletRow::commune)
                        .withProperty("figures", r -> getTranslation("area.row", r.households(), r.people())))
                .setHeader(getTranslation("area.hamlet"));
        grid.setItems(rows);
        grid.addClassName("kns-card-grid");
        Paragraph total = new Paragraph(getTranslation(
                "area.total",
                rows.size(),
                rows.stream().mapToLong(HamletRow::households).sum(),
                rows.stream().mapToLong(HamletRow::people).sum()));
        total.setId("area-total");
        add(new H1(getTranslation("area.title")), total, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("area.title") + " · " + getTranslation("app.name");
    }
}
