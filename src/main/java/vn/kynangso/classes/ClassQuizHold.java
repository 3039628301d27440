package vn.kynangso.classes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.learning.QuizHold;

/**
 * Holds a course's quiz closed for a student whose class was given the course with "the quiz opens
 * only when I start it in the session", until the teacher opens it on the class board. A student in
 * several current classes with the course is held only when every one of them holds it (one class
 * that leaves the quiz free, or has it open now, lets them in).
 */
@Component
class ClassQuizHold implements QuizHold {

    private final JdbcClient jdbc;

    ClassQuizHold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean holds(long personId, String courseCode) {
        return jdbc.sql("SELECT COUNT(*) > 0 AND COUNT(*) = SUM(a.quiz_by_teacher AND a.quiz_opened_at IS NULL)"
                        + " FROM class_assignment a JOIN school_class c ON c.id = a.class_id"
                        + " JOIN class_student s ON s.class_id = a.class_id"
                        + " WHERE s.person_id = ? AND a.course_code = ? AND c.archived_at IS NULL")
                .params(personId, courseCode)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
