package vn.kynangso.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.kynangso.base.ui.LanguageSwitch;
import vn.kynangso.base.ui.LargeTextToggle;
import vn.kynangso.base.ui.UiPreferences;
import vn.kynangso.catalog.Skill;
import vn.kynangso.security.CurrentUser;

/** The public front page: what the platform is, the five skills, and the way in. */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
class LandingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;

    LandingView(CurrentUser currentUser, UiPreferences preferences) {
        this.currentUser = currentUser;
        addClassName("kns-landing");

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("kns-app-title");
        Header header = new Header(brand, new LanguageSwitch(preferences), new LargeTextToggle(preferences));
        header.addClassName("kns-public-header");

        H1 title = new H1(getTranslation("landing.title"));
        Paragraph lead = new Paragraph(getTranslation("landing.lead"));
        Button signIn = new Button(
                getTranslation("landing.sign-in"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("login")));
        signIn.setId("landing-sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        signIn.addClassName("kns-wide-button");

        UnorderedList skills = new UnorderedList();
        skills.addClassName("kns-skill-list");
        for (Skill skill : Skill.values()) {
            ListItem item = new ListItem();
            Span name = new Span(getTranslation(skill.nameKey()));
            name.addClassName("kns-skill-name");
            Span about = new Span(getTranslation(skill.aboutKey()));
            about.addClassName("kns-skill-about");
            item.add(name, about);
            skills.add(item);
        }
        Section skillSection = new Section(new H2(getTranslation("landing.skills.title")), skills);

        Section help = new Section(
                new H2(getTranslation("landing.help.title")), new Paragraph(getTranslation("landing.help.text")));

        add(header, title, lead, signIn, skillSection, help);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("home");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
