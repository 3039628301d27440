package vn.kynangso.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.security.PersonRecordsAccess;

/**
 * When people started and completed their courses, read for many people at once: what the officials'
 * evaluation and a student's own classes need from learning, without reading its tables.
 */
@Service
public class CourseDates {

    /**
     * A course a person started; {@code completedAt} once they completed it; {@code lessonsRead}: when
     * each lesson read to the end (0-based index) was first read to the end.
     */
    public record Dates(
            long personId,
            String courseCode,
            Instant startedAt,
            @Nullable Instant completedAt,
            Map<Integer, Instant> lessonsRead) {}

    private final JdbcClient jdbc;
    private final PersonRecordsAccess access;

    CourseDates(JdbcClient jdbc, PersonRecordsAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * Every course these people started; each of them must be the caller or in the caller's area (a
     * student or resident asks only about themselves).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICIAL','COMMUNE_ADMIN','PROVINCE_ADMIN','SYSTEM','STUDENT','RESIDENT')")
    public List<Dates> of(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        access.check(personIds);
        Map<Long, Map<Integer, Instant>> lessons = LessonReads.of(jdbc, personIds, null);
        return jdbc.sql("SELECT id, person_id, course_code, started_at, completed_at FROM enrolment"
                        + " WHERE person_id IN (:persons)")
                .param("persons", personIds)
                .query((rs, n) -> new Dates(
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        instant(rs.getTimestamp(5)),
                        lessons.getOrDefault(rs.getLong(1), Map.of())))
                .list();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
