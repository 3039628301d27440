package vn.kynangso.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** When each lesson was first read to the end, per enrolment, for many people at once. */
final class LessonReads {

    private LessonReads() {}

    /**
     * By enrolment id, lesson index → first read to the end; the caller has checked who is asked about.
     *
     * @param courseCodes only these courses, or every course when null
     */
    static Map<Long, Map<Integer, Instant>> of(
            JdbcClient jdbc, Collection<Long> personIds, @Nullable Collection<String> courseCodes) {
        Map<Long, Map<Integer, Instant>> reads = new HashMap<>();
        jdbc.sql("SELECT p.enrolment_id, p.lesson_index, p.first_completed_at FROM lesson_progress p"
                        + " JOIN enrolment e ON e.id = p.enrolment_id WHERE e.person_id IN (:persons)"
                        + (courseCodes == null ? "" : " AND e.course_code IN (:courses)"))
                .param("persons", personIds)
                .param("courses", courseCodes == null ? List.of("") : courseCodes)
                .query(rs -> {
                    reads.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getInt(2), rs.getTimestamp(3).toInstant());
                });
        return reads;
    }
}
