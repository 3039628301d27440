package vn.kynangso.security;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * When a child on a class-mode computer last did something, and whether they have been idle too
 * long: the one rule both the server's filter ({@link ClassSeatIdleFilter}, every request) and the
 * open screen (its poll) apply. Time is the app's clock. The moment lives in the child's HTTP
 * session, which ends with the seat.
 */
@Component
public class ClassSeatIdle {

    /** The session attribute holding the child's last tap or page load (an {@link Instant}). */
    static final String LAST_ACTIVE = "kns.class-seat.last-active";

    private final Clock clock;

    ClassSeatIdle(Clock clock) {
        this.clock = clock;
    }

    /** The seat of a sign-in made by class PIN, or empty for any other sign-in. */
    public static Optional<ClassSeat> seatOf(Authentication authentication) {
        return authentication instanceof ClassSeatAuthentication seated ? Optional.of(seated.seat()) : Optional.empty();
    }

    /**
     * Starts the seat's idle count in the child's new session; the servlet container also drops the
     * session a minute after the limit when no request comes at all (the browser was closed).
     */
    public void started(HttpSession session, ClassSeat seat) {
        session.setMaxInactiveInterval((int) seat.idleLimit().plusMinutes(1).toSeconds());
        touched(session);
    }

    /** The child did something (a tap, a key, a page): the idle count starts again. */
    public void touched(HttpSession session) {
        session.setAttribute(LAST_ACTIVE, clock.instant());
    }

    /** The child has done nothing for the seat's idle limit (or the moment is missing: treated as idle). */
    public boolean idle(HttpSession session, ClassSeat seat) {
        Object last = session.getAttribute(LAST_ACTIVE);
        if (!(last instanceof Instant lastActive)) {
            return true;
        }
        return !clock.instant().isBefore(lastActive.plus(seat.idleLimit()));
    }
}
