package vn.kynangso.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;

/**
 * Opening a login card's QR code: "Sign in as …?" with one big button. Opening the link spends
 * nothing (a chat app that previews links fetches them, and must not use them up); the tap does,
 * and signs the resident in with a new session id. A spent, void or made-up link goes to the
 * sign-in page, which says so. Anonymous by nature: it is a way of signing in. Someone whose password
 * is still the card's is then asked to choose their own, or to go on signing in by card.
 */
@Route(value = "signin/:token", autoLayout = false)
@AnonymousAllowed
class SignInLinkView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final UiPreferences preferences;

    SignInLinkView(AccountService accounts, CurrentUser currentUser, UiPreferences preferences) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.preferences = preferences;
        addClassNames("kns-page", "kns-signin-link");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        var holder = accounts.linkHolder(token);
        if (holder.isEmpty()) {
            event.forwardTo("login", QueryParameters.of("link", ""));
            return;
        }
        removeAll();
        Paragraph who = new Paragraph(holder.get());
        who.setId("signin-link-name");
        who.addClassName("kns-big-figure");
        Button signIn = new Button(getTranslation("signin-link.confirm"), e -> {
            var auth = accounts.signInWithLink(token);
            if (auth.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("link", "")));
                return;
            }
            SignInSwitch.to(auth.get());
            if (accounts.mayChooseOwnPassword()) {
                // the card's password is still theirs: a password of their own, or go on by card
                removeAll();
                add(new ChoosePasswordForm(accounts, accounts.mine().getLogin(), this::goHome));
                return;
            }
            goHome();
        });
        signIn.setId("signin-link-confirm");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        signIn.addClassName("kns-wide-button");
        add(new H1(getTranslation("signin-link.title")), who, signIn);
        if (currentUser.get().isPresent()) {
            Paragraph other = new Paragraph(getTranslation("signin-link.other-user"));
            other.setId("signin-link-other");
            other.addClassName("kns-warning-box");
            add(other);
        }
        add(new Paragraph(getTranslation("signin-link.not-you")));
    }

    /**
     * On to the home page in the same page, without loading a new one: this screen has no shell, so
     * the shell is built there for the person now signed in, in their language and text size. A page
     * load would cost a phone on a slow connection seconds, and the server a second UI, at the moment
     * a whole class scans its cards.
     */
    private void goHome() {
        getUI().ifPresent(ui -> {
            preferences.applyToSignedIn(ui);
            ui.navigate("home");
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin-link.title") + " · " + getTranslation("app.name");
    }
}
