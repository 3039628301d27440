package vn.kynangso.classes;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.classes.ClassException.Reason;

/**
 * The teacher opens and closes, during a session, the quiz of a course given to the class with "the
 * quiz opens only when I start it in the session" ({@link ClassQuizHold} keeps it closed otherwise).
 * Ending the session closes it too. An attempt a student started while it was open may be finished
 * after it closes; no new one starts.
 */
@Service
public class ClassQuizzes {

    private final JdbcClient jdbc;
    private final ClassAccess access;
    private final ClassSessions sessions;
    private final Clock clock;

    ClassQuizzes(JdbcClient jdbc, ClassAccess access, ClassSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Opens the course's quiz to the class, for its own teacher while a session runs. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void open(long classId, String courseCode) {
        access.changeable(classId);
        if (sessions.running(classId).isEmpty()) {
            throw new ClassException(Reason.NO_SESSION);
        }
        if (jdbc.sql("UPDATE class_assignment SET quiz_opened_at = ?"
                                + " WHERE class_id = ? AND course_code = ? AND quiz_by_teacher")
                        .params(Timestamp.from(clock.instant()), classId, courseCode)
                        .update()
                == 0) {
            throw new ClassException(Reason.NOT_HELD);
        }
    }

    /** Closes the course's quiz to the class again, for its own teacher. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void close(long classId, String courseCode) {
        access.ownOrSystem(classId);
        jdbc.sql("UPDATE class_assignment SET quiz_opened_at = NULL WHERE class_id = ? AND course_code = ?")
                .params(classId, courseCode)
                .update();
    }
}
