package vn.kynangso.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SignedInUser;

/**
 * What the shell's menu drawer holds: the person's name with sign-out beside it, the menu of the
 * views this person may open (their {@code @Menu} entries), and the language and text-size
 * switches. Built by {@link MainLayout} when the drawer is shown.
 */
final class ShellDrawer {

    private final SideNav nav = new SideNav();
    private final Span userName = new Span();
    private final List<Component> parts;
    private final Function<String, String> translation;
    private boolean shown;
    private @Nullable SignedInUser shownFor;

    ShellDrawer(
            CurrentUser currentUser,
            AuthenticationContext authentication,
            UiPreferences preferences,
            Function<String, String> translation) {
        this.translation = translation;
        nav.setId("main-menu");
        Div user = new Div();
        user.addClassName("kns-drawer-user");
        userName.setId("current-user-name");
        user.add(new Icon(VaadinIcon.USER), userName);
        Button logout = new Button(translation.apply("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> {
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
        parts = List.of(user, nav, settings);
    }

    /** The drawer's components, in order. */
    Component[] parts() {
        return parts.toArray(Component[]::new);
    }

    /** Shows this person's name and menu; rebuilt only when the person changed. */
    void showFor(@Nullable SignedInUser now) {
        if (shown && Objects.equals(now, shownFor)) {
            return;
        }
        shown = true;
        shownFor = now;
        userName.setText(now == null ? "" : now.getDisplayName());
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(translation.apply(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            String path = entry.path().replaceAll("^/+", "");
            item.setId("menu-" + (path.isEmpty() ? "root" : path.replace('/', '-')));
            nav.addItem(item);
        }
    }
}
