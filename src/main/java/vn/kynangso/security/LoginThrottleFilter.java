package vn.kynangso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt before the password is even checked while its account or address is
 * throttled, and sends the browser back to the login page with how many minutes to wait; then lets
 * it through the {@link SignInGate} (at most a few password checks at once), or sends it back with
 * {@code ?busy} when its turn does not come in time.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final SignInGate gate;

    LoginThrottleFilter(LoginThrottle throttle, SignInGate gate) {
        this.throttle = throttle;
        this.gate = gate;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String login = Optional.ofNullable(request.getParameter("username")).orElse("");
        Optional<Duration> blocked = throttle.blockedFor(login, request.getRemoteAddr());
        if (blocked.isPresent()) {
            long minutes = Math.max(1, (blocked.get().toSeconds() + 59) / 60);
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
            return;
        }
        boolean entered;
        try {
            entered = gate.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            response.sendRedirect(request.getContextPath() + "/login?busy");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            gate.leave();
        }
    }
}
