package vn.kynangso.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import vn.kynangso.security.Account;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;

/** "My account": who I am signed in as, my roles, and changing my password. Open to every signed-in person. */
@Route("profile")
@PermitAll
@Menu(order = 90, title = "menu.profile", icon = "vaadin:user")
class ProfileView extends Main implements HasDynamicTitle {

    ProfileView(AccountService accounts, CurrentUser currentUser, Clock clock) {
        addClassName("kns-page");
        Account me = accounts.mine();

        Div facts = new Div(
                fact("profile.name", me.getDisplayName(), "profile-name"),
                fact("profile.login", me.getLogin(), "profile-login"),
                fact(
                        "profile.roles",
                        Roles.ASSIGNABLE.stream()
                                .filter(me.getRoles()::contains)
                                .map(role -> getTranslation("role." + role))
                                .collect(Collectors.joining(", ")),
                        "profile-roles"));
        if (me.getLastLoginAt() != null) {
            var format = DateTimeFormatter.ofPattern(getTranslation("format.date-time"), getLocale())
                    .withZone(clock.getZone());
            facts.add(fact("profile.last-login", format.format(me.getLastLoginAt()), "profile-last-login"));
        }
        facts.addClassName("kns-facts");

        add(new H1(getTranslation("profile.title")));
        var helped = currentUser.get().filter(u -> u.getHelper().isPresent());
        if (helped.isPresent()) {
            // the helper's own account is not for changing while a resident learns on this device
            Paragraph note =
                    new Paragraph(getTranslation("helping.profile", helped.get().getDisplayName()));
            note.setId("profile-helping");
            add(note);
            return;
        }
        add(facts, new H2(getTranslation("profile.password.title")), new ChangePasswordForm(accounts));
    }

    private Div fact(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("kns-fact-label");
        Span text = new Span(value);
        text.setId(id);
        text.addClassName("kns-fact-value");
        return new Div(label, text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }
}
