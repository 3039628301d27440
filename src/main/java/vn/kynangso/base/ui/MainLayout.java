package vn.kynangso.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SignedInUser;

/**
 * The shell around every signed-in screen: a header with the app name, the person, language and
 * text size, and a menu built from the views' {@code @Menu} entries that this person may open.
 * On a phone the menu is a drawer behind the menu button.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();
    private final CurrentUser currentUser;
    private final Span userName = new Span();
    private final HorizontalLayout header;
    private final AccountService accounts;
    // built only for the few sessions that show them: every component kept here is kept per learner
    private @Nullable Div helpingBar;
    private @Nullable Button classSeatDone;
    private @Nullable SignedInUser builtFor;

    MainLayout(
            CurrentUser currentUser,
            AuthenticationContext authentication,
            UiPreferences preferences,
            AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        setPrimarySection(Section.NAVBAR);
        addClassName("kns-shell");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setId("menu-toggle");
        toggle.setAriaLabel(getTranslation("shell.menu"));
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("kns-app-title");
        header = new HorizontalLayout(toggle, title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("kns-header");
        addToNavbar(header);

        nav.setId("main-menu");
        Div user = new Div();
        user.addClassName("kns-drawer-user");
        userName.setId("current-user-name");
        user.add(new Icon(VaadinIcon.USER), userName);

        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> {
            if (currentUser.classSeat().isPresent()) {
                e.getSource().getUI().ifPresent(ClassSeatExit::now);
            } else {
                authentication.logout();
            }
        });
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // signing out sits beside the name, at the top: within reach however long the menu is
        logout.addClassName("kns-drawer-logout");
        user.add(logout);
        Div settings = new Div(new LanguageSwitch(preferences), new LargeTextToggle(preferences));
        settings.addClassName("kns-drawer-settings");
        addToDrawer(user, nav, settings);
    }

    /**
     * A team member helping a resident learn on this device: always in sight; ending it asks for the
     * team member's own password.
     */
    private void showHelpingBar(@Nullable SignedInUser now) {
        if (now == null || now.getHelper().isEmpty()) {
            if (helpingBar != null) {
                remove(helpingBar);
                helpingBar = null;
            }
            return;
        }
        if (helpingBar == null) {
            Span helpingText = new Span();
            helpingText.setId("helping-text");
            Button stopHelping =
                    new Button(getTranslation("helping.stop"), e -> new StopHelpingDialog(accounts).open());
            stopHelping.setId("stop-helping");
            stopHelping.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            helpingBar = new Div(helpingText, stopHelping);
            helpingBar.setId("helping-bar");
            helpingBar.addClassName("kns-helping-bar");
            addToNavbar(helpingBar);
        }
        ((Span) helpingBar.getComponentAt(0)).setText(getTranslation("helping.banner", now.getDisplayName()));
    }

    /**
     * A child on a class-mode computer: Done always in sight; it (and signing out) gives the computer
     * back to the class's tiles with a new session.
     */
    private void showClassSeatDone(boolean classSeat) {
        if (!classSeat) {
            if (classSeatDone != null) {
                header.remove(classSeatDone);
                classSeatDone = null;
            }
            return;
        }
        if (classSeatDone == null) {
            classSeatDone = new Button(getTranslation("class-mode.done"));
            classSeatDone.setId("class-seat-done");
            classSeatDone.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            classSeatDone.addClassName("kns-class-seat-done");
            classSeatDone.addClickListener(e -> e.getSource().getUI().ifPresent(ClassSeatExit::now));
            header.add(classSeatDone);
        }
    }

    private void buildMenu() {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            String path = entry.path().replaceAll("^/+", "");
            item.setId("menu-" + (path.isEmpty() ? "root" : path.replace('/', '-')));
            nav.addItem(item);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        SignedInUser now = currentUser.get().orElse(null);
        if (nav.getItems().isEmpty() || !Objects.equals(now, builtFor)) {
            builtFor = now;
            buildMenu();
            userName.setText(now == null ? "" : now.getDisplayName());
            showHelpingBar(now);
            showClassSeatDone(now != null && currentUser.classSeat().isPresent());
        }
        getUI().ifPresent(PageScroll::toTop);
    }

    /** Menu items shown to this person, by id; for tests and for screen readers' landmarks. */
    SideNav menu() {
        return nav;
    }
}
