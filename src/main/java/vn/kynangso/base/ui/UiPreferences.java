package vn.kynangso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.kynangso.base.database.DatabaseFault;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.AccountService.Preferences;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SignedInUser;

/**
 * A person's language and text size: remembered on their account when signed in (so they follow
 * them to another phone), and in a cookie for visitors. Applied to every new UI; an account's are
 * read from the database once per session.
 */
@Component
public class UiPreferences implements VaadinServiceInitListener {

    static final String LANGUAGE_COOKIE = "kns-lang";
    static final String LARGE_TEXT_COOKIE = "kns-large-text";
    /** Class on the UI element; the stylesheet scales all text and touch targets by it. */
    public static final String LARGE_TEXT_CLASS = "kns-large-text";

    private final AccountService accounts;
    private final CurrentUser currentUser;

    UiPreferences(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The account's preferences as read once per session (every new page and tab needs them). */
    private record Kept(long accountId, Preferences preferences) {}

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), current(VaadinRequest.getCurrent())));
    }

    /**
     * Applies the preferences of whoever is signed in now to a UI already open: after a sign-in that
     * carries on in the same page instead of loading a new one.
     */
    public void applyToSignedIn(UI ui) {
        apply(ui, current(VaadinRequest.getCurrent()));
    }

    /** The preferences in force: the account's when signed in, else the visitor's cookies, else Vietnamese. */
    Preferences current(VaadinRequest request) {
        Optional<Preferences> mine = mine();
        if (mine.isPresent()) {
            return mine.get();
        }
        Locale locale =
                cookie(request, LANGUAGE_COOKIE).map(Locale::forLanguageTag).orElse(TranslationProvider.VIETNAMESE);
        boolean large = cookie(request, LARGE_TEXT_COOKIE).map("1"::equals).orElse(false);
        return new Preferences(TranslationProvider.supported(locale), large);
    }

    /**
     * The signed-in account's preferences. While the database cannot be reached they come from the
     * cookies, as a visitor's: this runs as a page opens, and failing here would leave the browser
     * a blank page instead of the screen that says the database is away (DD012).
     */
    private Optional<Preferences> mine() {
        Optional<Long> account = currentUser.get().map(SignedInUser::getAccountId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        VaadinSession session = VaadinSession.getCurrent();
        Kept kept = session == null ? null : session.getAttribute(Kept.class);
        if (kept != null && kept.accountId() == account.get()) {
            return Optional.of(kept.preferences());
        }
        try {
            Optional<Preferences> mine = accounts.myPreferences();
            mine.ifPresent(preferences -> keep(preferences));
            return mine;
        } catch (RuntimeException e) {
            if (DatabaseFault.of(e).isEmpty()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** Keeps the signed-in account's preferences in the session, so new pages need not read them. */
    private void keep(Preferences preferences) {
        VaadinSession session = VaadinSession.getCurrent();
        currentUser.get().ifPresent(user -> {
            if (session != null) {
                session.setAttribute(Kept.class, new Kept(user.getAccountId(), preferences));
            }
        });
    }

    /** Switches language: remembered, then the page reloads so every text is in the new language. */
    public void changeLanguage(UI ui, Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        Preferences now =
                new Preferences(supported, ui.getElement().getClassList().contains(LARGE_TEXT_CLASS));
        accounts.saveMyPreferences(now);
        keep(now);
        remember(LANGUAGE_COOKIE, supported.getLanguage());
        apply(ui, now);
        ui.getPage().reload();
    }

    /** Turns large text on or off, at once and remembered. */
    public void changeLargeText(UI ui, boolean large) {
        Preferences now = new Preferences(TranslationProvider.supported(ui.getLocale()), large);
        accounts.saveMyPreferences(now);
        keep(now);
        remember(LARGE_TEXT_COOKIE, large ? "1" : "0");
        apply(ui, now);
    }

    static boolean isLargeText(UI ui) {
        return ui.getElement().getClassList().contains(LARGE_TEXT_CLASS);
    }

    private static void apply(UI ui, Preferences preferences) {
        Locale locale = TranslationProvider.supported(preferences.locale());
        ui.setLocale(locale);
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
        }
        ui.getElement().getClassList().set(LARGE_TEXT_CLASS, preferences.largeText());
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

    private static Optional<String> cookie(VaadinRequest request, String name) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> name.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    private static void remember(String name, String value) {
        var response = VaadinService.getCurrentResponse();
        var request = VaadinService.getCurrentRequest();
        if (response == null || request == null) {
            return;
        }
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
