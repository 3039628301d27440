package vn.kynangso.classes;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.people.StudentsInClasses;

/**
 * Tells people's household page which people are students of a class, and which (name and school;
 * a current class before an archived one), so a household's team adds the enrolled child as a
 * member instead of registering them twice.
 */
@Component
class ClassRoster implements StudentsInClasses {

    private final JdbcClient jdbc;

    ClassRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> classesOf(Collection<Long> personIds) {
        Map<Long, String> found = new HashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT s.person_id, c.name, c.school FROM class_student s JOIN school_class c ON c.id = s.class_id"
                        + " WHERE s.person_id IN (:persons) ORDER BY c.archived_at IS NULL, c.school_year, c.id")
                .param("persons", personIds)
                .query((rs, n) -> found.put(rs.getLong(1), rs.getString(2) + " · " + rs.getString(3)))
                .list();
        return found;
    }
}
