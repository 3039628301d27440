package vn.kynangso.classes;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.PersonReadGrant;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;

/**
 * A class ties its students to the people who read the class: its own teacher, and the admins of
 * its commune or province, may read the students' course records even when a student lives outside
 * their area (the same people {@link ClassAccess#readable} lets read the class).
 */
@Component
class ClassReadGrant implements PersonReadGrant {

    private final JdbcClient jdbc;
    private final PlaceService places;

    ClassReadGrant(JdbcClient jdbc, PlaceService places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> grantedAmong(SignedInUser user, Collection<Long> personIds) {
        boolean teacher = user.hasRole(Roles.TEACHER);
        boolean admin = user.hasRole(Roles.COMMUNE_ADMIN) || user.hasRole(Roles.PROVINCE_ADMIN);
        Set<Long> granted = new HashSet<>();
        if (personIds.isEmpty() || (!teacher && !admin)) {
            return granted;
        }
        jdbc.sql("SELECT s.person_id, c.teacher_account_id, c.commune_id FROM class_student s"
                        + " JOIN school_class c ON c.id = s.class_id WHERE s.person_id IN (:persons)")
                .param("persons", personIds)
                .query((rs, n) -> {
                    boolean own = teacher && rs.getLong(2) == user.getAccountId();
                    if (own || (admin && places.isWithin(rs.getLong(3), user.getAreaPlaceIds()))) {
                        granted.add(rs.getLong(1));
                    }
                    return null;
                })
                .list();
        return granted;
    }
}
