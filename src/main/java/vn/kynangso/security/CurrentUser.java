package vn.kynangso.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in on the current request, if anyone. */
@Component
public class CurrentUser {

    /** The signed-in person, or empty for a visitor. */
    public Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The class-mode seat of a child signed in with their class PIN; empty for every other sign-in. */
    public Optional<ClassSeat> classSeat() {
        return ClassSeatIdle.seatOf(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The signed-in person; fails when nobody is, which a secured view never allows. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
