package vn.kynangso.reports;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.kynangso.catalog.Skill;

/**
 * The skills learners are proficient in. {@code proficiency} is the learning module's table: it is
 * read here, in this one place, until learning offers the skills of many learners through its API.
 */
@Repository
class LearnerSkills {

    private final JdbcClient jdbc;

    LearnerSkills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each of these learners' skills; a learner with none is left out. */
    Map<Long, Set<Skill>> of(Collection<Long> personIds) {
        Map<Long, Set<Skill>> skills = new HashMap<>();
        if (personIds.isEmpty()) {
            return skills;
        }
        jdbc.sql("SELECT person_id, skill FROM proficiency WHERE person_id IN (:people)")
                .param("people", personIds)
                .query((rs, n) -> skills.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Skill.class))
                        .add(Skill.valueOf(rs.getString(2))))
                .list();
        return skills;
    }
}
