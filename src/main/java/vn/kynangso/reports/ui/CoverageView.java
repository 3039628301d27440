package vn.kynangso.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.catalog.Skill;
import vn.kynangso.reports.Coverage;
import vn.kynangso.reports.CoverageService;
import vn.kynangso.reports.HouseholdCoverage;
import vn.kynangso.security.Roles;

/**
 * The target, counted: households covered out of registered in my area, per skill, with a row
 * per commune or hamlet to drill into, down to the households behind a hamlet's numbers.
 */
@Route("coverage/:place?")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 21, title = "menu.coverage", icon = "vaadin:pie-chart")
class CoverageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ROW = "<div class=\"kns-row\"><strong>${item.name}</strong>"
            + "<span>${item.figures}</span><span>${item.skills}</span></div>";
    private static final String HOUSEHOLD = "<div class=\"kns-row\"><strong>${item.head}</strong>"
            + "<span>${item.address}</span><span>${item.status}</span></div>";

    private final CoverageService coverage;

    CoverageView(CoverageService coverage) {
        this.coverage = coverage;
        addClassName("kns-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> place = event.getRouteParameters().getLong("place");
        try {
            if (place.isEmpty()) {
                add(new H1(getTranslation("coverage.title")));
                List<Coverage> areas = coverage.myAreas();
                areas.forEach(area -> add(summary(area)));
                if (areas.size() == 1) {
                    add(rows(coverage.breakdown(areas.getFirst().placeId())));
                } else {
                    add(rows(areas));
                }
            } else {
                Coverage here = coverage.place(place.get());
                add(new H1(here.name()), summary(here));
                List<Coverage> below = coverage.breakdown(here.placeId());
                if (below.isEmpty()) {
                    add(households(coverage.households(here.placeId())));
                } else {
                    add(rows(below));
                }
            }
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private Div summary(Coverage area) {
        Paragraph figures =
                new Paragraph(getTranslation("coverage.figures", area.covered(), area.households(), area.percent()));
        figures.setId("coverage-figures-" + area.placeId());
        figures.addClassName("kns-big-figure");
        ProgressBar bar = new ProgressBar(0, Math.max(1, area.households()), area.covered());
        bar.getElement().setAttribute("aria-label", figures.getText());
        Div skills = new Div();
        skills.addClassName("kns-skill-bars");
        for (Skill skill : Skill.values()) {
            Span line = new Span(getTranslation(skill.nameKey()) + ": "
                    + getTranslation("coverage.households", area.skill(skill), area.households()));
            skills.add(line);
        }
        Div card = new Div(new H2(area.name()), figures, bar, skills);
        card.addClassName("kns-card");
        return card;
    }

    private Grid<Coverage> rows(List<Coverage> rows) {
        Grid<Coverage> grid = new Grid<>();
        grid.setId("coverage-rows");
        grid.addColumn(LitRenderer.<Coverage>of(ROW)
                        .withProperty("name", Coverage::name)
                        .withProperty(
                                "figures",
                                c -> getTranslation("coverage.figures", c.covered(), c.households(), c.percent()))
                        .withProperty(
                                "skills",
                                c -> getTranslation(
                                        "coverage.skills-short",
                                        c.skill(Skill.PUBLIC_SERVICES),
                                        c.skill(Skill.ONLINE_SHOPPING),
                                        c.skill(Skill.ONLINE_PAYMENT),
                                        c.skill(Skill.CYBER_SAFETY),
                                        c.skill(Skill.DIGITAL_PLATFORMS))))
                .setHeader(getTranslation("coverage.rows"));
        grid.setItems(rows);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("coverage/" + e.getItem().placeId())));
        grid.addClassName("kns-card-grid");
        return grid;
    }

    private Grid<HouseholdCoverage> households(List<HouseholdCoverage> households) {
        Grid<HouseholdCoverage> grid = new Grid<>();
        grid.setId("coverage-households");
        grid.addColumn(LitRenderer.<HouseholdCoverage>of(HOUSEHOLD)
                        .withProperty("head", h -> h.head() == null ? h.address() : h.head())
                        .withProperty("address", HouseholdCoverage::address)
                        .withProperty(
                                "status",
                                h -> getTranslation(
                                        h.covered() ? "coverage.household.covered" : "coverage.household.not-covered",
                                        h.members(),
                                        h.skills().size())))
                .setHeader(getTranslation("coverage.households.title"));
        grid.setItems(households);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("households/" + e.getItem().householdId())));
        grid.addClassName("kns-card-grid");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.title") + " · " + getTranslation("app.name");
    }
}
