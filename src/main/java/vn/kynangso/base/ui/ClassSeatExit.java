package vn.kynangso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.kynangso.security.ClassSeat;

/**
 * A child leaves a class-mode computer (Done, or idle too long): the browser is sent to the class's
 * tiles in place of the current page (no history entry to go back to), and the child's HTTP session
 * is invalidated, which ends the sign-in and Vaadin's session with every open screen. The next child
 * starts a new session on the tiles.
 */
public final class ClassSeatExit {

    private ClassSeatExit() {}

    public static void now(UI ui) {
        ui.getPage().executeJs("window.location.replace($0)", ClassSeat.TILES_PATH);
        SecurityContextHolder.clearContext();
        WrappedSession http = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession();
        if (http != null) {
            try {
                // the sign-in goes first (Vaadin reads it from the session), then the whole session
                http.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                http.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // signed out already
            }
        }
    }
}
