package vn.kynangso.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
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
import vn.kynangso.base.ui.CardList;
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

    /** Cards added at a time. */
    private static final int PAGE = 50;

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
        Anchor weeks = new Anchor("coverage/" + area.placeId() + "/weeks", getTranslation("coverage.weeks.link"));
        weeks.setId("coverage-weeks-" + area.placeId());
        Div card = new Div(new H2(area.name()), figures, bar, skills, weeks);
        card.addClassName("kns-card");
        return card;
    }

    /** A card per commune or hamlet below, each leading to its own figures. */
    private Component rows(List<Coverage> rows) {
        CardList<Coverage> list = new CardList<>(
                "coverage-rows",
                c -> new CardList.Card(
                        c.name(),
                        getTranslation("coverage.figures", c.covered(), c.households(), c.percent()),
                        getTranslation(
                                "coverage.skills-short",
                                c.skill(Skill.PUBLIC_SERVICES),
                                c.skill(Skill.ONLINE_SHOPPING),
                                c.skill(Skill.ONLINE_PAYMENT),
                                c.skill(Skill.CYBER_SAFETY),
                                c.skill(Skill.DIGITAL_PLATFORMS))),
                c -> "coverage/" + c.placeId(),
                PAGE);
        list.setItems(rows);
        return titled("coverage.rows", list);
    }

    /** A card per household of a hamlet, each leading to the household. */
    private Component households(List<HouseholdCoverage> households) {
        CardList<HouseholdCoverage> list = new CardList<>(
                "coverage-households",
                h -> new CardList.Card(
                        h.head() == null ? h.address() : h.head(),
                        h.head() == null ? "" : h.address(),
                        getTranslation(
                                h.covered() ? "coverage.household.covered" : "coverage.household.not-covered",
                                h.members(),
                                h.skills().size())),
                h -> "households/" + h.householdId(),
                PAGE);
        list.setItems(households);
        return titled("coverage.households.title", list);
    }

    private Div titled(String titleKey, CardList<?> list) {
        Div part = new Div(new H2(getTranslation(titleKey)), list);
        part.addClassName("kns-list-part");
        return part;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.title") + " · " + getTranslation("app.name");
    }
}
