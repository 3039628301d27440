package vn.kynangso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
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
 * On a phone the menu is a drawer behind the menu button, and its contents ({@link ShellDrawer})
 * exist only while it is open: every component a layout keeps is kept for every learner, and a
 * learner on a quiz keeps the drawer closed.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final HorizontalLayout header;
    private final SerializableSupplier<ShellDrawer> drawerContents;
    /** Phones (the drawer an overlay, closed at first): its contents built when opened, dropped when closed. */
    private final boolean drawerOnDemand;

    private @Nullable ShellDrawer drawer;
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

        drawerContents = () -> new ShellDrawer(currentUser, authentication, preferences, this::getTranslation);
        drawerOnDemand = UI.getCurrent() != null && isOverlayAtStart(UI.getCurrent());
        if (drawerOnDemand) {
            setDrawerOpened(false);
            getElement()
                    .addPropertyChangeListener(
                            "drawerOpened", "drawer-opened-changed", e -> showDrawer(isDrawerOpened()));
        } else {
            showDrawer(true);
        }
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

    /**
     * Whether the app layout starts in overlay mode (the drawer closed over the page): the width and
     * height the browser reported as the page started, against the layout's own breakpoints (Lumo:
     * at most 800 px wide or 600 px high). Unknown (no browser details) counts as wide.
     */
    static boolean isOverlayAtStart(UI ui) {
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        if (details == null || details.getBodyClientWidth() <= 0 || details.getBodyClientHeight() <= 0) {
            return false;
        }
        return details.getBodyClientWidth() <= 800 || details.getBodyClientHeight() <= 600;
    }

    private void showDrawer(boolean shown) {
        if (shown && drawer == null) {
            drawer = drawerContents.get();
            addToDrawer(drawer.parts());
            drawer.showFor(currentUser.get().orElse(null));
        } else if (!shown && drawer != null && drawerOnDemand) {
            remove(drawer.parts());
            drawer = null;
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        SignedInUser now = currentUser.get().orElse(null);
        if (drawer != null) {
            drawer.showFor(now);
        }
        if (builtFor == null || !Objects.equals(now, builtFor)) {
            builtFor = now;
            showHelpingBar(now);
            showClassSeatDone(now != null && currentUser.classSeat().isPresent());
        }
        getUI().ifPresent(PageScroll::toTop);
    }
}
