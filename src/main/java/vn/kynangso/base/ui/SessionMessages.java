package vn.kynangso.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What an open screen does when its session has ended (30 minutes without a tap, with
 * {@code vaadin.closeIdleSessions}: a heartbeat keeps nothing alive; or a password changed
 * elsewhere): it goes straight to the sign-in page, which says why. A learner's shared phone left
 * on the table is signed out, and the next person sees that, not someone else's account.
 */
@Component
class SessionMessages implements VaadinServiceInitListener {

    /** The sign-in page with its "you were signed out" message (see {@code LoginView}). */
    static final String EXPIRED_URL = "/login?expired";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(SessionMessages::messages);
    }

    static SystemMessages messages(SystemMessagesInfo info) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredURL(EXPIRED_URL);
        messages.setSessionExpiredNotificationEnabled(false);
        return messages;
    }
}
