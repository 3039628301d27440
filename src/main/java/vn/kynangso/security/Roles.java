package vn.kynangso.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The roles a person may hold (several at once). Constants are the names used in
 * {@code @RolesAllowed} and {@code hasRole(...)}; Spring Security stores them as {@code ROLE_<name>}.
 */
public final class Roles {

    public static final String RESIDENT = "RESIDENT";
    public static final String STUDENT = "STUDENT";
    public static final String TEACHER = "TEACHER";
    public static final String OFFICIAL = "OFFICIAL";
    public static final String TEAM_MEMBER = "TEAM_MEMBER";
    public static final String TRAINER = "TRAINER";
    public static final String COMMUNE_ADMIN = "COMMUNE_ADMIN";
    public static final String PROVINCE_ADMIN = "PROVINCE_ADMIN";

    /**
     * The application itself (start-up jobs such as demo data and content loading). Never held by a
     * person; see {@link SystemRunner}.
     */
    public static final String SYSTEM = "SYSTEM";

    /** Every role a person can be given, in the order screens list them. */
    public static final List<String> ASSIGNABLE =
            List.of(RESIDENT, STUDENT, TEACHER, OFFICIAL, TEAM_MEMBER, TRAINER, COMMUNE_ADMIN, PROVINCE_ADMIN);

    /**
     * Roles of a pure learner account, the only kind a login card or one-time link may sign in: a
     * card signs in without a password, so it must never open anything but learning.
     */
    public static final Set<String> CARD_ROLES = Set.of(RESIDENT, STUDENT);

    /**
     * Roles an admin of each level may give: a commune admin nothing above its own level (not
     * trainer, not province admin); a province admin any role. Areas must lie in the admin's own.
     */
    public static List<String> grantableBy(Collection<String> own) {
        if (own.contains(PROVINCE_ADMIN)) {
            return ASSIGNABLE;
        }
        if (own.contains(COMMUNE_ADMIN)) {
            return List.of(RESIDENT, STUDENT, TEACHER, OFFICIAL, TEAM_MEMBER, COMMUNE_ADMIN);
        }
        return List.of();
    }

    /** Roles that learn: they take courses and quizzes. */
    public static final List<String> LEARNERS = List.of(RESIDENT, STUDENT, OFFICIAL);

    private Roles() {}
}
