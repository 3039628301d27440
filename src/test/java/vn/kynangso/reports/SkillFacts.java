package vn.kynangso.reports;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.catalog.Skill;
import vn.kynangso.learning.SkillProficiencyGained;

/**
 * A learner's proficiency as the learning module records and announces it (without the quiz): the
 * proficiency row and the event, in one transaction, so a coverage rebuild agrees with the kept
 * figures.
 */
public record SkillFacts(
        TransactionTemplate transactions, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {

    public void gains(long person, Skill skill, Set<Skill> now) {
        transactions.executeWithoutResult(s -> {
            jdbc.update(
                    "INSERT INTO proficiency (person_id, skill, achieved_at, course_version_id, attempt_id)"
                            + " VALUES (?, ?, ?, (SELECT MIN(id) FROM course_version), 0)",
                    person,
                    skill.name(),
                    Timestamp.from(clock.instant()));
            events.publishEvent(new SkillProficiencyGained(person, skill, clock.instant(), now));
        });
    }
}
