package vn.kynangso.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import vn.kynangso.security.ClassSeat;
import vn.kynangso.security.SessionEpochFilter;

/**
 * What an open screen does when its session has ended (30 minutes without a tap, with
 * {@code vaadin.closeIdleSessions}: a heartbeat keeps nothing alive; or a password changed
 * elsewhere): it goes straight to the sign-in page, which says why. A learner's shared phone left
 * on the table is signed out (the HTTP session, which holds the sign-in, ends with Vaadin's), and
 * the next person sees that, not someone else's account.
 */
@Component
class SessionMessages implements VaadinServiceInitListener {

    /** The sign-in page with its "you were signed out" message (see {@code LoginView}). */
    static final String EXPIRED_URL = "/login?expired";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(SessionMessages::messages);
        // Vaadin ends its own session when idle, but the sign-in lives in the HTTP session: end that
        // too, or the next page would open signed in as the last person
        event.getSource().addSessionDestroyListener(destroyed -> signOut(destroyed.getSession()));
    }

    /**
     * Marks the HTTP session, which holds the sign-in, to be signed out at its next page load (see
     * {@link SessionEpochFilter#IDLE_CLOSED}): the idle screen goes to the sign-in page signed out,
     * and so does a new tab opened on the same phone.
     */
    static void signOut(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http == null) {
            return;
        }
        try {
            http.setAttribute(SessionEpochFilter.IDLE_CLOSED, Boolean.TRUE);
        } catch (IllegalStateException alreadyInvalidated) {
            // signed out already (the session ended because its HTTP session did)
        }
    }

    /** A class-mode computer: its child's ended session goes back to the class's tiles (DD007). */
    private static boolean onClassModeComputer(SystemMessagesInfo info) {
        VaadinRequest request = info.getRequest();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> ClassSeat.DEVICE_COOKIE.equals(c.getName()));
    }

    static SystemMessages messages(SystemMessagesInfo info) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredURL(onClassModeComputer(info) ? "/" + ClassSeat.TILES_PATH : EXPIRED_URL);
        messages.setSessionExpiredNotificationEnabled(false);
        return messages;
    }
}
