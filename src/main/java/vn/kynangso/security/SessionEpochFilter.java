package vn.kynangso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed its password or was disabled since it signed in, and a
 * session whose screens Vaadin closed for being idle: the session is invalidated and the request
 * goes on signed out (a page asks to sign in again; an open screen is told its session has ended).
 */
public final class SessionEpochFilter extends OncePerRequestFilter {

    /**
     * Set on the HTTP session when Vaadin has closed it for being idle. The sign-in is dropped at the
     * next page load, not during the closing request itself: that request's answer is what sends the
     * idle screen to the sign-in page, and a signed-out heartbeat would only be redirected.
     */
    public static final String IDLE_CLOSED = "kns.idle-closed";

    private final SessionEpochs epochs;

    SessionEpochFilter(SessionEpochs epochs) {
        this.epochs = epochs;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession existing = request.getSession(false);
        if (existing != null && existing.getAttribute(IDLE_CLOSED) != null && request.getParameter("v-r") == null) {
            existing.invalidate();
            SecurityContextHolder.clearContext();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user && !epochs.isCurrent(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
