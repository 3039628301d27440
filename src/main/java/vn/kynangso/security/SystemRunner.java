package vn.kynangso.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data, content loading) as the application itself, so service methods
 * keep their access checks instead of being bypassed.
 */
public final class SystemRunner {

    private SystemRunner() {}

    /** Runs {@code work} with the {@link Roles#SYSTEM} role and restores the previous context after. */
    public static <T> T runAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM))));
        SecurityContextHolder.setContext(context);
        if (SecurityContextHolder.getContext() != context) {
            // In a signed-in UI request Vaadin answers with the session's context, so the switch would
            // silently not happen: refuse instead of running with the wrong identity.
            SecurityContextHolder.setContext(previous);
            throw new IllegalStateException("runAsSystem is for start-up and background work, not UI requests");
        }
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs {@code work} as the application itself. */
    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
