package vn.kynangso.security;

import java.util.Collection;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read records kept about people (their courses, their certificates) by person: the person
 * themselves, someone whose area they live in, or the application itself. The modules that keep such
 * records ask it before answering another module.
 */
@Component
public class PersonRecordsAccess {

    private final CurrentUser currentUser;
    private final PersonAreaCheck areas;

    PersonRecordsAccess(CurrentUser currentUser, PersonAreaCheck areas) {
        this.currentUser = currentUser;
        this.areas = areas;
    }

    private static boolean isSystem() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Roles.SYSTEM).equals(a.getAuthority()));
    }

    /** Refuses unless every one of these people may be read by the signed-in user. */
    public void check(Collection<Long> personIds) {
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            if (isSystem()) {
                return;
            }
            throw new AccessDeniedException("nobody signed in");
        }
        long me = user.getPersonId().orElse(-1L);
        for (long person : personIds) {
            if (person != me && !areas.isInMyArea(person)) {
                throw new AccessDeniedException("person outside the area");
            }
        }
    }
}
