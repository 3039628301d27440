package vn.kynangso.classes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.kynangso.security.PersonCardGrant;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;

/**
 * A teacher gives logins to, and prints the cards of, the students of their own classes that are
 * not archived (those {@link ClassAccess#changeable} lets them change), wherever the students live.
 * An admin of the class's area reads the class but hands out no cards for it.
 */
@Component
class ClassCardGrant implements PersonCardGrant {

    private final JdbcClient jdbc;

    ClassCardGrant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean mayPrintCard(SignedInUser user, long personId) {
        if (!user.hasRole(Roles.TEACHER)) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM class_student s JOIN school_class c ON c.id = s.class_id"
                                + " WHERE s.person_id = ? AND c.teacher_account_id = ? AND c.archived_at IS NULL")
                        .params(personId, user.getAccountId())
                        .query(Long.class)
                        .single()
                > 0;
    }
}
