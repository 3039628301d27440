package vn.kynangso.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.web.WebAttributes;
import vn.kynangso.base.database.DatabaseFault;
import vn.kynangso.security.CurrentUser;

/**
 * Sign-in by phone number or username. The form posts to Spring Security; failures come back as
 * {@code ?error}, throttled attempts as {@code ?throttled=<minutes>}, a sign-in not checked because
 * too many were being checked at once as {@code ?busy}.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;

    LoginView(CurrentUser currentUser, UiPreferences preferences) {
        this.currentUser = currentUser;
        addClassName("kns-login");

        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("kns-app-title");
        Header header = new Header(brand, new LanguageSwitch(preferences), new LargeTextToggle(preferences));
        header.addClassName("kns-public-header");

        form.setId("login-form");
        form.setAction("login");
        form.setI18n(i18n(getTranslation("login.error.title"), getTranslation("login.error.message")));
        form.addForgotPasswordListener(e -> showHelp());

        Paragraph help = new Paragraph(getTranslation("login.help"));
        help.setId("login-help");
        help.addClassName("kns-help");
        add(header, form, help);
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorMessage);
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    private void showHelp() {
        Span answer = new Span(getTranslation("login.forgot.answer"));
        answer.setId("login-forgot-answer");
        answer.addClassName("kns-help");
        add(answer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("home");
            return;
        }
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("throttled")) {
            String minutes = params.get("throttled").getFirst();
            form.setI18n(i18n(
                    getTranslation("login.throttled.title"),
                    getTranslation("login.throttled.message", minutes.matches("\\d{1,4}") ? minutes : "15")));
            form.setError(true);
        } else if (params.containsKey("busy")) {
            // too many sign-ins at once: this one was not checked, nothing is wrong with the account
            form.setI18n(i18n(getTranslation("login.busy.title"), getTranslation("login.busy.message")));
            form.setError(true);
        } else if (params.containsKey("link")) {
            form.setI18n(i18n(getTranslation("login.link.title"), getTranslation("login.link.message")));
            form.setError(true);
        } else if (params.containsKey("expired")) {
            // an idle session closed (a shared phone left alone), or ended by a password change
            form.setI18n(i18n(getTranslation("login.expired.title"), getTranslation("login.expired.message")));
            form.setError(true);
        } else if (params.containsKey("error")) {
            // a sign-in that failed because the database could not be reached is not a wrong password
            lastSignInFault()
                    .ifPresent(fault -> form.setI18n(
                            i18n(getTranslation("error.database.title"), getTranslation(fault.translationKey()))));
            form.setError(true);
        }
    }

    /** Why the last sign-in in this session failed, when the fault was the database's (DD012). */
    private static Optional<DatabaseFault> lastSignInFault() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        Object failure = http == null ? null : http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Throwable t ? DatabaseFault.of(t) : Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
