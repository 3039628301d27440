package vn.kynangso.classes;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.Audience;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.catalog.Text;
import vn.kynangso.classes.ClassException.Reason;

/** The courses a teacher gives a class, each with a due date when the teacher sets one. */
@Service
public class ClassCourses {

    /**
     * A course given to a class; with {@code quizByTeacher} its quiz opens to the class only while the
     * teacher has it open in a session ({@code quizOpen}).
     */
    public record ClassCourse(
            String courseCode, Text title, @Nullable LocalDate dueDate, boolean quizByTeacher, boolean quizOpen) {

        public String title(Locale locale) {
            return title.in(locale);
        }
    }

    private final JdbcClient jdbc;
    private final ClassAccess access;
    private final CatalogService catalog;
    private final Clock clock;

    ClassCourses(JdbcClient jdbc, ClassAccess access, CatalogService catalog, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The published courses a class can be given: those meant for students. */
    @Transactional(readOnly = true)
    public List<PublishedCourse> assignable() {
        return catalog.currentCoursesFor(Set.of(Audience.STUDENT));
    }

    /** Gives the class a course (or changes its due date); a due date is today or later. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void assign(long classId, String courseCode, @Nullable LocalDate dueDate) {
        assign(classId, courseCode, dueDate, null);
    }

    /**
     * {@link #assign(long, String, LocalDate)}, and with {@code quizByTeacher} true the course's quiz
     * opens to the class's students only when the teacher opens it in a session (false: whenever
     * they are ready; null: as it was).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void assign(long classId, String courseCode, @Nullable LocalDate dueDate, @Nullable Boolean quizByTeacher) {
        access.changeable(classId);
        if (dueDate != null && dueDate.isBefore(LocalDate.now(clock))) {
            throw new ClassException(Reason.DUE_IN_PAST);
        }
        if (assignable().stream().noneMatch(c -> c.code().equals(courseCode))) {
            throw new ClassException(Reason.NOT_A_COURSE);
        }
        jdbc.sql("INSERT INTO class_assignment (class_id, course_code, due_date, assigned_at, quiz_by_teacher)"
                        + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE due_date = VALUES(due_date)"
                        + (quizByTeacher == null ? "" : ", quiz_by_teacher = VALUES(quiz_by_teacher)"))
                .params(
                        classId,
                        courseCode,
                        dueDate == null ? null : Date.valueOf(dueDate),
                        Timestamp.from(clock.instant()),
                        Boolean.TRUE.equals(quizByTeacher))
                .update();
    }

    /** Takes a course away from the class. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void unassign(long classId, String courseCode) {
        access.changeable(classId);
        jdbc.sql("DELETE FROM class_assignment WHERE class_id = ? AND course_code = ?")
                .params(classId, courseCode)
                .update();
    }

    /** The class's courses, soonest due first (those without a date last), for its teacher or an admin of its area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<ClassCourse> assignments(long classId) {
        access.readable(classId);
        return given(classId);
    }

    /** The class's courses, soonest due first, without asking who reads them: the caller has checked. */
    List<ClassCourse> given(long classId) {
        return jdbc
                .sql("SELECT course_code, due_date, quiz_by_teacher, quiz_opened_at IS NOT NULL FROM class_assignment"
                        + " WHERE class_id = ? ORDER BY due_date IS NULL, due_date, course_code")
                .param(classId)
                .query((rs, n) -> {
                    Date due = rs.getDate(2);
                    return new Assigned(
                            rs.getString(1),
                            due == null ? null : due.toLocalDate(),
                            rs.getBoolean(3),
                            rs.getBoolean(4));
                })
                .list()
                .stream()
                .flatMap(a -> catalog.current(a.code()).stream()
                        .map(c -> new ClassCourse(
                                a.code(), c.content().title(), a.due(), a.byTeacher(), a.byTeacher() && a.open())))
                .toList();
    }

    private record Assigned(String code, @Nullable LocalDate due, boolean byTeacher, boolean open) {}
}
