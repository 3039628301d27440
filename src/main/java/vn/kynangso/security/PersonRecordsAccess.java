package vn.kynangso.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read records kept about people (their courses, their certificates) by person: the person
 * themselves, someone whose area they live in, someone a feature ties them to (a {@link
 * PersonReadGrant}: the teacher of their class), or the application itself. The modules that keep such
 * records ask it before answering another module.
 */
@Component
public class PersonRecordsAccess {

    private final CurrentUser currentUser;
    private final PersonAreaCheck areas;
    private final List<PersonReadGrant> grants;

    PersonRecordsAccess(CurrentUser currentUser, PersonAreaCheck areas, List<PersonReadGrant> grants) {
        this.currentUser = currentUser;
        this.areas = areas;
        this.grants = grants;
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
        Set<Long> others = new HashSet<>(personIds);
        others.remove(me);
        for (PersonReadGrant grant : grants) {
            if (!others.isEmpty()) {
                others.removeAll(grant.grantedAmong(user, Set.copyOf(others)));
            }
        }
        others.removeIf(areas::isInMyArea);
        if (!others.isEmpty()) {
            throw new AccessDeniedException("person outside the area");
        }
    }
}
