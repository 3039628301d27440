package vn.kynangso.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.security.PersonRecordsAccess;

/**
 * What a live class board needs from learning, for a whole class in one read: where each learner
 * is now, when they last did anything and last moved on, and their failed attempts in a row.
 */
@Service
public class LearnerActivityOf {

    /**
     * Where a learner is: the course, and in it the lesson open ({@code lesson}, 0-based) or the
     * quiz question they are on ({@code question} of {@code questions}, 0-based; both null after
     * handing in); {@code seenAt} their last step in learning, {@code progressAt} the last one that
     * moved them on (a lesson read to its end, an answer, an attempt handed in); {@code failedInRow}
     * attempts failed in a row on this course, the last at {@code failedAt}.
     */
    public record Activity(
            long personId,
            String courseCode,
            @Nullable Integer lesson,
            @Nullable Integer question,
            @Nullable Integer questions,
            Instant seenAt,
            Instant progressAt,
            int failedInRow,
            @Nullable Instant failedAt) {}

    private final JdbcClient jdbc;
    private final PersonRecordsAccess access;

    LearnerActivityOf(JdbcClient jdbc, PersonRecordsAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * The activity of these people (those who never learned anything are left out), in one query.
     *
     * <p>Who may ask: as for {@link CourseProgressOf#of}, the teacher and area admins about people
     * they may read ({@link PersonRecordsAccess}: a class's students for its teacher and its area's
     * admins), and the application itself.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Activity> of(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        access.check(personIds);
        return jdbc.sql("SELECT person_id, course_code, lesson_index, question_position, questions, seen_at,"
                        + " progress_at, failed_in_row, failed_at FROM learner_activity WHERE person_id IN (:persons)")
                .param("persons", personIds)
                .query((rs, n) -> {
                    Timestamp failed = rs.getTimestamp(9);
                    return new Activity(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getObject(3, Integer.class),
                            rs.getObject(4, Integer.class),
                            rs.getObject(5, Integer.class),
                            rs.getTimestamp(6).toInstant(),
                            rs.getTimestamp(7).toInstant(),
                            rs.getInt(8),
                            failed == null ? null : failed.toInstant());
                })
                .list();
    }
}
