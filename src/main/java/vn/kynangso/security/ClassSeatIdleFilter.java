package vn.kynangso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a class-mode child's session once they have been idle for their class's limit, whatever the
 * request: the open screen's poll (every few seconds, so a tab left alone is signed out within
 * them), a heartbeat, or a page opened later. The session is invalidated and the request goes on
 * signed out; a page load goes straight back to the class's tiles. A page load counts as activity;
 * taps count through the open screen ({@code ClassSeatWatch}), since polls must not.
 */
final class ClassSeatIdleFilter extends OncePerRequestFilter {

    private final ClassSeatIdle idle;

    ClassSeatIdleFilter(ClassSeatIdle idle) {
        this.idle = idle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Optional<ClassSeat> seat = ClassSeatIdle.seatOf(auth);
        HttpSession session = request.getSession(false);
        if (seat.isPresent() && session != null) {
            boolean pageLoad = request.getParameter("v-r") == null;
            if (idle.idle(session, seat.get())) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (pageLoad && "GET".equals(request.getMethod())) {
                    response.sendRedirect(request.getContextPath() + "/" + ClassSeat.TILES_PATH);
                    return;
                }
            } else if (pageLoad) {
                idle.touched(session);
            }
        }
        chain.doFilter(request, response);
    }
}
