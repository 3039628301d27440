package vn.kynangso.security;

import java.util.Collection;
import java.util.Set;

/**
 * A reason, other than living in the user's area, for which a signed-in user may read records kept
 * about some people: a teacher reads their class's students. Features that create such a tie
 * implement it; {@link PersonRecordsAccess} asks every one.
 */
public interface PersonReadGrant {

    /** Those of {@code personIds} the user may read because of this tie. */
    Set<Long> grantedAmong(SignedInUser user, Collection<Long> personIds);
}
