package vn.kynangso.learning;

import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps {@code learner_activity}: one row a learner saying where they are now (a lesson open, a
 * quiz question), when they last did anything and last moved on, and their failed attempts in a
 * row. Written by the services that already write learning's rows, in their transactions; read for
 * many learners at once by {@link LearnerActivityOf}.
 */
@Repository
class LearnerActivity {

    private final JdbcClient jdbc;

    LearnerActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The learner opened a lesson (0-based) of a course. */
    void lessonOpened(long personId, String courseCode, int lessonIndex, Instant at) {
        upsert(personId, courseCode, lessonIndex, null, null, at, false);
    }

    /** The learner read a lesson (0-based) to its end: progress. */
    void lessonRead(long personId, String courseCode, int lessonIndex, Instant at) {
        upsert(personId, courseCode, lessonIndex, null, null, at, true);
    }

    /** The learner is on question {@code position} (0-based) of {@code questions}; progress when an answer brought them there. */
    void onQuestion(long personId, String courseCode, int position, int questions, Instant at, boolean progressed) {
        upsert(personId, courseCode, null, position, questions, at, progressed);
    }

    /** The learner handed in an attempt: a pass clears the failures in a row, a failure adds one. */
    void handedIn(long personId, String courseCode, boolean passed, Instant at) {
        upsert(personId, courseCode, null, null, null, at, true);
        if (passed) {
            jdbc.sql("UPDATE learner_activity SET failed_in_row = 0 WHERE person_id = ?")
                    .param(personId)
                    .update();
        } else {
            jdbc.sql("UPDATE learner_activity SET failed_in_row = failed_in_row + 1, failed_at = ? WHERE person_id = ?")
                    .params(Timestamp.from(at), personId)
                    .update();
        }
    }

    private void upsert(
            long personId,
            String courseCode,
            @Nullable Integer lesson,
            @Nullable Integer question,
            @Nullable Integer questions,
            Instant at,
            boolean progressed) {
        Timestamp when = Timestamp.from(at);
        // failures in a row count on one course: moving to another starts again (assigned before course_code changes)
        jdbc.sql("""
                        INSERT INTO learner_activity
                            (person_id, course_code, lesson_index, question_position, questions, seen_at, progress_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE
                            failed_in_row = IF(course_code = VALUES(course_code), failed_in_row, 0),
                            failed_at = IF(course_code = VALUES(course_code), failed_at, NULL),
                            course_code = VALUES(course_code),
                            lesson_index = VALUES(lesson_index),
                            question_position = VALUES(question_position),
                            questions = VALUES(questions),
                            seen_at = VALUES(seen_at),
                            progress_at = IF(?, VALUES(progress_at), progress_at)
                        """)
                .params(personId, courseCode, lesson, question, questions, when, when, progressed)
                .update();
    }
}
