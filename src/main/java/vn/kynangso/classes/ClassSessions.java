package vn.kynangso.classes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.classes.ClassJoining.ClassStudent;
import vn.kynangso.learning.LearnerActivityOf;
import vn.kynangso.learning.LearnerActivityOf.Activity;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SignedInUser;

/**
 * A class's sessions and their attendance. The teacher starts a session when the class begins and
 * ends it when it is over (ending closes any quiz opened in it). Everybody who touched any learning
 * during the session is present by default; the teacher taps a name to change it, and each tap is
 * saved at once. When the session ends the defaults are written down, so the attendance no longer
 * moves with what students do afterwards.
 */
@Service
public class ClassSessions {

    /** A student at the class's latest session: present or not, and whether the teacher set it. */
    public record Attendance(long personId, String name, boolean present, boolean marked) {}

    private final JdbcClient jdbc;
    private final ClassAccess access;
    private final ClassJoining joining;
    private final LearnerActivityOf activity;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClassSessions(
            JdbcClient jdbc,
            ClassAccess access,
            ClassJoining joining,
            LearnerActivityOf activity,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.joining = joining;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Starts a session of the class, for its own teacher; the running one when one already runs. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public ClassSession start(long classId) {
        SchoolClass found = access.changeable(classId);
        Optional<ClassSession> running = running(classId);
        if (running.isPresent()) {
            return running.get();
        }
        // the application itself (the demo data, a benchmark) starts it in the teacher's name
        long by = currentUser.get().map(SignedInUser::getAccountId).orElse(found.teacherAccountId());
        jdbc.sql("INSERT INTO class_session (class_id, started_at, started_by) VALUES (?, ?, ?)")
                .params(classId, Timestamp.from(clock.instant()), by)
                .update();
        return running(classId).orElseThrow();
    }

    /**
     * Ends the running session of the class, for its own teacher: closes the quizzes opened in it and
     * writes down who was there by default (taps already made stay as tapped). Nothing when none runs.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void end(long classId) {
        access.ownOrSystem(classId);
        Optional<ClassSession> running = running(classId);
        if (running.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (Attendance a : attendanceAt(running.get(), joining.students(classId))) {
            jdbc.sql(
                            "INSERT IGNORE INTO class_attendance (session_id, person_id, present, marked_at) VALUES (?, ?, ?, ?)")
                    .params(running.get().id(), a.personId(), a.present(), Timestamp.from(now))
                    .update();
        }
        jdbc.sql("UPDATE class_session SET ended_at = ? WHERE id = ?")
                .params(Timestamp.from(now), running.get().id())
                .update();
        jdbc.sql("UPDATE class_assignment SET quiz_opened_at = NULL WHERE class_id = ?")
                .param(classId)
                .update();
    }

    /** The session of the class running now, for its teacher or an admin of its area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<ClassSession> current(long classId) {
        access.readable(classId);
        return running(classId);
    }

    /** The class's latest session, running or ended, for its teacher or an admin of its area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<ClassSession> latest(long classId) {
        access.readable(classId);
        return latestOf(classId);
    }

    /** Who was at the class's latest session (none without one), students by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Attendance> attendance(long classId) {
        access.readable(classId);
        return latestOf(classId)
                .map(s -> attendanceAt(s, joining.students(classId)))
                .orElse(List.of());
    }

    /** The teacher marks a student of the class present or absent at its latest session; saved at once. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void mark(long classId, long personId, boolean present) {
        access.ownOrSystem(classId);
        ClassSession session =
                latestOf(classId).orElseThrow(() -> new ClassException(ClassException.Reason.NO_SESSION));
        if (joining.students(classId).stream().noneMatch(s -> s.personId() == personId)) {
            throw new AccessDeniedException("not a student of the class");
        }
        jdbc.sql("INSERT INTO class_attendance (session_id, person_id, present, marked_at, marked_by)"
                        + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE present = VALUES(present),"
                        + " marked_at = VALUES(marked_at), marked_by = VALUES(marked_by)")
                .params(
                        session.id(),
                        personId,
                        present,
                        Timestamp.from(clock.instant()),
                        currentUser.get().map(SignedInUser::getAccountId).orElse(null))
                .update();
    }

    Optional<ClassSession> running(long classId) {
        return sessions("WHERE class_id = ? AND ended_at IS NULL", classId);
    }

    private Optional<ClassSession> latestOf(long classId) {
        return sessions("WHERE class_id = ?", classId);
    }

    private Optional<ClassSession> sessions(String where, long classId) {
        return jdbc.sql("SELECT id, class_id, started_at, ended_at FROM class_session " + where
                        + " ORDER BY started_at DESC, id DESC LIMIT 1")
                .param(classId)
                .query((rs, n) -> {
                    Timestamp ended = rs.getTimestamp(4);
                    return new ClassSession(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getTimestamp(3).toInstant(),
                            ended == null ? null : ended.toInstant());
                })
                .optional();
    }

    /** Saved rows as saved; anyone else present when they touched learning since the session started (and before it ended). */
    private List<Attendance> attendanceAt(ClassSession session, List<ClassStudent> students) {
        Map<Long, Mark> saved = jdbc
                .sql("SELECT person_id, present, marked_by IS NOT NULL FROM class_attendance WHERE session_id = ?")
                .param(session.id())
                .query((rs, n) -> new Mark(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3)))
                .list()
                .stream()
                .collect(Collectors.toMap(Mark::personId, m -> m));
        Set<Long> seen = activity
                .of(students.stream().map(ClassStudent::personId).toList())
                .stream()
                .filter(a -> duringSession(a, session))
                .map(Activity::personId)
                .collect(Collectors.toSet());
        return students.stream()
                .map(s -> {
                    Mark m = saved.get(s.personId());
                    return m == null
                            ? new Attendance(s.personId(), s.name(), seen.contains(s.personId()), false)
                            : new Attendance(s.personId(), s.name(), m.present(), m.byTeacher());
                })
                .toList();
    }

    private static boolean duringSession(Activity a, ClassSession session) {
        return !a.seenAt().isBefore(session.startedAt())
                && (session.endedAt() == null || !a.seenAt().isAfter(session.endedAt()));
    }

    private record Mark(long personId, boolean present, boolean byTeacher) {}
}
