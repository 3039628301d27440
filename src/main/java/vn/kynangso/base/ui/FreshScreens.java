package vn.kynangso.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Opening the screen already on show (its menu entry, a link to itself, a save that goes back to
 * the same list) shows it anew, as a new page would. Vaadin keeps the open instance of a route's
 * class when the same route is opened again; a screen that reads its figures when it is created
 * would then show what it showed before. Screens that rebuild on entering ({@link
 * BeforeEnterObserver}, {@link AfterNavigationObserver}, {@link HasUrlParameter}: the quiz, the
 * lessons) keep their instance and rebuild themselves; any other is made again
 * ({@link UI#refreshCurrentRoute(boolean)}, the layout kept).
 *
 * <p>Before, every screen was a Spring AOP proxy (JSR-250 method security on their
 * {@code @RolesAllowed}), and a proxy's class never matched the route's, so Vaadin never kept an
 * instance; but matching the advisors for each new screen cost a fifth of the server's CPU when
 * many learners hand in at once (docs/benchmarks/load.md). Who may open a screen is Vaadin's
 * navigation access control's to check, from the same annotations.
 */
@Component
class FreshScreens implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            @Nullable HasElement[] shown = new HasElement[1];
            ui.addAfterNavigationListener(navigation -> {
                HasElement target = target(navigation);
                if (target != null && target == shown[0] && !rebuildsItself(target)) {
                    shown[0] = null;
                    // once this navigation is over, still in the same response
                    ui.beforeClientResponse(ui, context -> ui.refreshCurrentRoute(false));
                    return;
                }
                shown[0] = target;
            });
        });
    }

    private static @Nullable HasElement target(AfterNavigationEvent navigation) {
        List<HasElement> chain = navigation.getActiveChain();
        return chain.isEmpty() ? null : chain.getFirst();
    }

    static boolean rebuildsItself(HasElement screen) {
        return screen instanceof BeforeEnterObserver
                || screen instanceof AfterNavigationObserver
                || screen instanceof HasUrlParameter<?>;
    }
}
