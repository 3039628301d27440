package vn.kynangso.officials;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.learning.CourseStatus;
import vn.kynangso.people.PersonErased;
import vn.kynangso.people.PersonalDataService;

/**
 * Keeps a commune's year-end evaluation as it stood when its year ended: officials, units, courses,
 * deadlines, statuses, completion dates and certificate codes, written once and read back as they
 * were, whatever changes afterwards (a late completion, a new official, a renamed unit, a revoked
 * certificate). Callers check who may see it.
 */
@Component
class YearEndClosing {

    private final JdbcClient jdbc;
    private final Clock clock;

    YearEndClosing(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Instant> closedAt(int year, long communeId) {
        return jdbc.sql("SELECT closed_at FROM evaluation_closing WHERE year = ? AND commune_id = ?")
                .params(year, communeId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /**
     * Closes a year with these figures, in its own transaction (the caller may be only reading).
     * When another request closed it first, theirs stand and these are dropped.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void close(int year, long communeId, List<OfficialYear> figures) {
        int closed = jdbc.sql("INSERT IGNORE INTO evaluation_closing (year, commune_id, closed_at) VALUES (?, ?, ?)")
                .params(year, communeId, Timestamp.from(clock.instant()))
                .update();
        if (closed == 0) {
            return;
        }
        int position = 0;
        for (OfficialYear official : figures) {
            jdbc.sql("INSERT INTO closed_official (year, commune_id, person_id, position, full_name, birth_year,"
                            + " unit_name) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            year,
                            communeId,
                            official.personId(),
                            position++,
                            official.name(),
                            official.birthYear(),
                            official.unit())
                    .update();
            int course = 0;
            for (Requirement r : official.requirements()) {
                jdbc.sql("INSERT INTO closed_requirement (year, commune_id, person_id, course_code, position,"
                                + " title_vi, title_en, credit_hours, deadline, status, completed_on,"
                                + " certificate_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                year,
                                communeId,
                                official.personId(),
                                r.course().courseCode(),
                                course++,
                                r.course().titleVi(),
                                r.course().titleEn(),
                                r.course().creditHours(),
                                Date.valueOf(r.course().deadline()),
                                r.status().name(),
                                r.completedOn() == null ? null : Date.valueOf(r.completedOn()),
                                r.certificateCode())
                        .update();
            }
        }
    }

    /**
     * An official's data was erased: the closed years keep their figures (the year's results do not
     * change) but no longer name them. Runs in the erasing transaction.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonErased event) {
        jdbc.sql("UPDATE closed_official SET full_name = ?, birth_year = NULL WHERE person_id = ?")
                .params(PersonalDataService.ERASED_NAME, event.personId())
                .update();
    }

    /** The closed years (and their communes) that keep a row about a person. */
    @Transactional(readOnly = true)
    List<Map.Entry<Integer, Long>> yearsOf(long personId) {
        return jdbc.sql("SELECT year, commune_id FROM closed_official WHERE person_id = ? ORDER BY year")
                .param(personId)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
                .list();
    }

    /** A closed year's figures as they were written, or empty when the year is not closed. */
    @Transactional(readOnly = true)
    Optional<List<OfficialYear>> read(int year, long communeId) {
        if (closedAt(year, communeId).isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<Requirement>> requirements = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT person_id, course_code, title_vi, title_en, credit_hours, deadline, status,
                               completed_on, certificate_code
                        FROM closed_requirement WHERE year = ? AND commune_id = ?
                        ORDER BY person_id, position
                        """)
                .params(year, communeId)
                .query((rs, n) -> {
                    Date completed = rs.getDate(8);
                    LocalDate deadline = rs.getDate(6).toLocalDate();
                    requirements
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Requirement(
                                    new Assignment(
                                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), deadline),
                                    CourseStatus.valueOf(rs.getString(7)),
                                    completed == null ? null : completed.toLocalDate(),
                                    rs.getString(9)));
                    return null;
                })
                .list();
        List<OfficialYear> officials = jdbc.sql("""
                        SELECT person_id, full_name, birth_year, unit_name FROM closed_official
                        WHERE year = ? AND commune_id = ? ORDER BY position
                        """)
                .params(year, communeId)
                .query((rs, n) -> new OfficialYear(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, Integer.class),
                        rs.getString(4),
                        List.copyOf(requirements.getOrDefault(rs.getLong(1), List.of()))))
                .list();
        return Optional.of(officials);
    }
}
