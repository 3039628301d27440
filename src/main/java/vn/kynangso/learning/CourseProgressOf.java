package vn.kynangso.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.security.PersonRecordsAccess;

/**
 * How far many people have got on some courses, read at once: what a class report needs from
 * learning (dates, lessons read, quiz attempts and the best score), without reading its tables.
 */
@Service
public class CourseProgressOf {

    /**
     * A course a person started: {@code completedAt} once completed; lessons read out of the lessons
     * of the version they started; submitted quiz attempts and the best of their scores in percent
     * (null before the first one is submitted); when each lesson read to the end (0-based index) was
     * first read to the end.
     */
    public record Progress(
            long personId,
            String courseCode,
            Instant startedAt,
            @Nullable Instant completedAt,
            int lessonsRead,
            int lessons,
            int attempts,
            @Nullable Integer bestPercent,
            Map<Integer, Instant> lessonsReadAt) {}

    private final JdbcClient jdbc;
    private final CatalogService catalog;

    private final PersonRecordsAccess access;

    CourseProgressOf(JdbcClient jdbc, CatalogService catalog, PersonRecordsAccess access) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.access = access;
    }

    /**
     * The progress of these people on these courses (courses a person has not started are left out).
     *
     * <p>Who may ask: the teacher and the area admins, and the application itself, about people they
     * may read ({@link PersonRecordsAccess}): those of their area, or a class's students for the
     * class's own teacher and its area's admins (a pupil may live in the next commune). Learners,
     * officials and the team do not reach it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Progress> of(Collection<Long> personIds, Collection<String> courseCodes) {
        if (personIds.isEmpty() || courseCodes.isEmpty()) {
            return List.of();
        }
        access.check(personIds);
        Map<Long, Scores> scores = new HashMap<>();
        jdbc.sql("SELECT a.enrolment_id, a.score, a.max_score FROM quiz_attempt a"
                        + " JOIN enrolment e ON e.id = a.enrolment_id"
                        + " WHERE e.person_id IN (:persons) AND e.course_code IN (:courses)"
                        + " AND a.submitted_at IS NOT NULL AND a.score IS NOT NULL")
                .param("persons", personIds)
                .param("courses", courseCodes)
                .query(rs -> {
                    int percent = Grading.percent(rs.getBigDecimal(2), rs.getInt(3));
                    scores.merge(rs.getLong(1), new Scores(1, percent), Scores::plus);
                });
        Map<Long, Map<Integer, Instant>> lessons = LessonReads.of(jdbc, personIds, courseCodes);
        return jdbc.sql("SELECT e.id, e.person_id, e.course_code, e.course_version_id, e.started_at, e.completed_at,"
                        + " (SELECT COUNT(*) FROM lesson_progress p WHERE p.enrolment_id = e.id)"
                        + " FROM enrolment e WHERE e.person_id IN (:persons) AND e.course_code IN (:courses)")
                .param("persons", personIds)
                .param("courses", courseCodes)
                .query((rs, n) -> {
                    Scores s = scores.get(rs.getLong(1));
                    Timestamp completed = rs.getTimestamp(6);
                    return new Progress(
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getTimestamp(5).toInstant(),
                            completed == null ? null : completed.toInstant(),
                            rs.getInt(7),
                            catalog.version(rs.getLong(4)).content().lessons().size(),
                            s == null ? 0 : s.attempts(),
                            s == null ? null : s.best(),
                            lessons.getOrDefault(rs.getLong(1), Map.of()));
                })
                .list();
    }

    private record Scores(int attempts, int best) {
        Scores plus(Scores other) {
            return new Scores(attempts + other.attempts, Math.max(best, other.best));
        }
    }
}
