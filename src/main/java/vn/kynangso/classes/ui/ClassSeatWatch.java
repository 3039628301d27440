package vn.kynangso.classes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.kynangso.base.ui.ClassSeatExit;
import vn.kynangso.classes.ClassMode;
import vn.kynangso.security.ClassSeat;
import vn.kynangso.security.ClassSeatIdle;
import vn.kynangso.security.CurrentUser;

/**
 * Every screen of a child signed in on a class-mode computer: it asks the server every few seconds
 * (a poll), so a tab left alone still reaches the server, which signs the child out once idle for
 * the class's minutes (the server's filter, and here again on each poll) or once the teacher turned
 * class mode off; the child's taps and keys (at most one report every few seconds) and page changes
 * are what count as activity, never the polls.
 */
@Component
class ClassSeatWatch implements VaadinServiceInitListener {

    /** How often a child's screen checks in; the sign-out comes at most this late. */
    static final int POLL_MILLIS = 15_000;

    /** Taps and keys are reported at most this often. */
    static final int ACTIVITY_MILLIS = 10_000;

    private final CurrentUser currentUser;
    private final ClassSeatIdle idle;
    private final ClassMode classMode;

    ClassSeatWatch(CurrentUser currentUser, ClassSeatIdle idle, ClassMode classMode) {
        this.currentUser = currentUser;
        this.idle = idle;
        this.classMode = classMode;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> currentUser.classSeat().ifPresent(seat -> watch(e.getUI(), seat)));
    }

    private void watch(UI ui, ClassSeat seat) {
        ui.setPollInterval(POLL_MILLIS);
        ui.getElement().addEventListener("pointerdown", e -> touched()).throttle(ACTIVITY_MILLIS);
        ui.getElement().addEventListener("keydown", e -> touched()).throttle(ACTIVITY_MILLIS);
        ui.addAfterNavigationListener(e -> touched());
        ui.addPollListener(e -> check(ui, seat));
    }

    private void touched() {
        http().ifPresent(idle::touched);
    }

    /** Signs the child out when idle too long or when the computer left class mode. */
    void check(UI ui, ClassSeat seat) {
        Optional<HttpSession> session = http();
        if (currentUser.classSeat().isEmpty()) {
            return; // signed out already
        }
        if (session.isEmpty() || idle.idle(session.get(), seat) || !classMode.deviceOpen(seat.deviceId())) {
            ClassSeatExit.now(ui);
        }
    }

    private static Optional<HttpSession> http() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        return wrapped instanceof WrappedHttpSession http ? Optional.of(http.getHttpSession()) : Optional.empty();
    }
}
