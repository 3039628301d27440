package vn.kynangso.classes;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
import vn.kynangso.learning.CourseStatus;

/**
 * What a teacher gives a class: a whole course or one lesson of it, to the whole class, one group or
 * chosen students, each with a due date when the teacher sets one.
 */
@Service
public class ClassCourses {

    /** Who something given to a class is for. */
    public record Target(Kind kind, @Nullable Long groupId, Set<Long> students) {

        public enum Kind {
            CLASS,
            GROUP,
            STUDENTS
        }

        public Target {
            students = Set.copyOf(students);
        }

        public static Target wholeClass() {
            return new Target(Kind.CLASS, null, Set.of());
        }

        public static Target group(long groupId) {
            return new Target(Kind.GROUP, groupId, Set.of());
        }

        public static Target students(Set<Long> personIds) {
            return new Target(Kind.STUDENTS, null, personIds);
        }

        /** Whether a student (in this group, or in none when null) is one of those it is for. */
        public boolean includes(long personId, @Nullable Long studentGroupId) {
            return switch (kind) {
                case CLASS -> true;
                case GROUP -> groupId != null && groupId.equals(studentGroupId);
                case STUDENTS -> students.contains(personId);
            };
        }

        /** The same target always has the same key: giving the same thing to it again changes its due date. */
        String key() {
            return switch (kind) {
                case CLASS -> "class";
                case GROUP -> "group:" + groupId;
                case STUDENTS ->
                    "students:"
                            + new TreeSet<>(students)
                                    .stream().map(String::valueOf).collect(Collectors.joining(","));
            };
        }
    }

    /**
     * Something given to a class: a course, or one lesson of it ({@code lessonIndex}, 0-based, with
     * its title), for the target, due on a day or not. With {@code quizByTeacher} a course's quiz opens
     * to its students only while the teacher has it open in a session ({@code quizOpen}).
     */
    public record ClassCourse(
            long id,
            String courseCode,
            Text title,
            @Nullable LocalDate dueDate,
            @Nullable Integer lessonIndex,
            @Nullable Text lessonTitle,
            Target target,
            @Nullable String groupName,
            boolean quizByTeacher,
            boolean quizOpen) {

        public String title(Locale locale) {
            return title.in(locale);
        }

        public boolean isLesson() {
            return lessonIndex != null;
        }

        /**
         * The one rule for where a student stands on what the class was given ({@link CourseStatus}
         * against the due date): a course by the days it was started and completed; a lesson is
         * started and completed the day it was first read to the end.
         *
         * @param startedAt when the student started the course, or null
         * @param completedAt when they completed it, or null
         * @param lessonsRead when each lesson (0-based) was first read to the end
         */
        public CourseStatus statusOf(
                @Nullable Instant startedAt,
                @Nullable Instant completedAt,
                Map<Integer, Instant> lessonsRead,
                ZoneId zone,
                LocalDate today) {
            if (lessonIndex != null) {
                LocalDate read = day(lessonsRead.get(lessonIndex), zone);
                return CourseStatus.of(read, read, dueDate, today);
            }
            return CourseStatus.of(day(startedAt, zone), day(completedAt, zone), dueDate, today);
        }

        private static @Nullable LocalDate day(@Nullable Instant instant, ZoneId zone) {
            return instant == null ? null : LocalDate.ofInstant(instant, zone);
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

    /** Gives the whole class a whole course (or changes its due date). */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void assign(long classId, String courseCode, @Nullable LocalDate dueDate) {
        assign(classId, courseCode, null, Target.wholeClass(), dueDate, null);
    }

    /**
     * {@link #assign(long, String, LocalDate)}, and with {@code quizByTeacher} true the course's quiz
     * opens to the class's students only when the teacher opens it in a session (false: whenever
     * they are ready; null: as it was).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void assign(long classId, String courseCode, @Nullable LocalDate dueDate, @Nullable Boolean quizByTeacher) {
        assign(classId, courseCode, null, Target.wholeClass(), dueDate, quizByTeacher);
    }

    /** {@link #assign(long, String, Integer, Target, LocalDate, Boolean)}, the quiz as it was. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void assign(
            long classId,
            String courseCode,
            @Nullable Integer lessonIndex,
            Target target,
            @Nullable LocalDate dueDate) {
        assign(classId, courseCode, lessonIndex, target, dueDate, null);
    }

    /**
     * Gives a course, or one lesson of it, to the whole class, one of its groups or some of its
     * students; giving the same to the same ones again only changes the due date, which is today or
     * later. With {@code quizByTeacher} true a course's quiz opens to them only when the teacher opens
     * it in a session (false: whenever they are ready; null: as it was; a lesson has no quiz).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void assign(
            long classId,
            String courseCode,
            @Nullable Integer lessonIndex,
            Target target,
            @Nullable LocalDate dueDate,
            @Nullable Boolean quizByTeacher) {
        access.changeable(classId);
        jdbc.sql("SELECT id FROM school_class WHERE id = ? FOR UPDATE")
                .param(classId)
                .query(Long.class)
                .single();
        if (dueDate != null && dueDate.isBefore(LocalDate.now(clock))) {
            throw new ClassException(Reason.DUE_IN_PAST);
        }
        PublishedCourse course = assignable().stream()
                .filter(c -> c.code().equals(courseCode))
                .findFirst()
                .orElseThrow(() -> new ClassException(Reason.NOT_A_COURSE));
        if (lessonIndex != null
                && (lessonIndex < 0 || lessonIndex >= course.content().lessons().size())) {
            throw new ClassException(Reason.NOT_A_LESSON);
        }
        checkTarget(classId, target);
        Optional<Long> same = jdbc.sql("SELECT id FROM class_assignment WHERE class_id = ? AND course_code = ?"
                        + " AND lesson_key = ? AND target_key = ?")
                .params(classId, courseCode, lessonIndex == null ? -1 : lessonIndex, target.key())
                .query(Long.class)
                .optional();
        Date due = dueDate == null ? null : Date.valueOf(dueDate);
        boolean held = lessonIndex == null && Boolean.TRUE.equals(quizByTeacher);
        if (same.isPresent()) {
            jdbc.sql("UPDATE class_assignment SET due_date = ?"
                            + (quizByTeacher == null ? "" : ", quiz_by_teacher = " + held)
                            + " WHERE id = ?")
                    .params(due, same.get())
                    .update();
            return;
        }
        jdbc.sql("INSERT INTO class_assignment (class_id, course_code, due_date, assigned_at, lesson_index, group_id,"
                        + " target_key, quiz_by_teacher) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        classId,
                        courseCode,
                        due,
                        Timestamp.from(clock.instant()),
                        lessonIndex,
                        target.groupId(),
                        target.key(),
                        held)
                .update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        for (long person : target.students()) {
            jdbc.sql("INSERT INTO class_assignment_student (assignment_id, person_id) VALUES (?, ?)")
                    .params(id, person)
                    .update();
        }
    }

    private void checkTarget(long classId, Target target) {
        switch (target.kind()) {
            case CLASS -> {}
            case GROUP -> {
                if (target.groupId() == null
                        || jdbc.sql("SELECT COUNT(*) FROM class_group WHERE id = ? AND class_id = ?")
                                        .params(target.groupId(), classId)
                                        .query(Long.class)
                                        .single()
                                == 0) {
                    throw new ClassException(Reason.NOT_A_GROUP);
                }
            }
            case STUDENTS -> {
                if (target.students().isEmpty()
                        || jdbc.sql("SELECT COUNT(*) FROM class_student WHERE class_id = :class"
                                                + " AND person_id IN (:persons)")
                                        .param("class", classId)
                                        .param("persons", target.students())
                                        .query(Long.class)
                                        .single()
                                != target.students().size()) {
                    throw new ClassException(Reason.NOT_IN_CLASS);
                }
            }
        }
    }

    /** Takes something given away from the class. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void unassign(long classId, long assignmentId) {
        access.changeable(classId);
        jdbc.sql("DELETE FROM class_assignment WHERE class_id = ? AND id = ?")
                .params(classId, assignmentId)
                .update();
    }

    /** Takes a whole course given to the whole class away from it. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void unassign(long classId, String courseCode) {
        access.changeable(classId);
        jdbc.sql("DELETE FROM class_assignment WHERE class_id = ? AND course_code = ? AND lesson_index IS NULL"
                        + " AND target_key = 'class'")
                .params(classId, courseCode)
                .update();
    }

    /**
     * What the class was given, soonest due first (those without a date last), for its teacher or an
     * admin of its area.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<ClassCourse> assignments(long classId) {
        access.readable(classId);
        return given(classId);
    }

    /** What the class was given, soonest due first, without asking who reads them: the caller has checked. */
    List<ClassCourse> given(long classId) {
        Map<Long, Set<Long>> chosen = new HashMap<>();
        jdbc.sql("SELECT s.assignment_id, s.person_id FROM class_assignment_student s"
                        + " JOIN class_assignment a ON a.id = s.assignment_id WHERE a.class_id = ?")
                .param(classId)
                .query(rs -> {
                    chosen.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                });
        Map<Long, String> groups = new HashMap<>();
        jdbc.sql("SELECT id, name FROM class_group WHERE class_id = ?")
                .param(classId)
                .query(rs -> {
                    groups.put(rs.getLong(1), rs.getString(2));
                });
        return jdbc
                .sql("SELECT id, course_code, due_date, lesson_index, group_id, target_key, quiz_by_teacher,"
                        + " quiz_opened_at IS NOT NULL FROM class_assignment"
                        + " WHERE class_id = ? ORDER BY due_date IS NULL, due_date, course_code, lesson_key, id")
                .param(classId)
                .query((rs, n) -> {
                    Date due = rs.getDate(3);
                    int lesson = rs.getInt(4);
                    Integer lessonIndex = rs.wasNull() ? null : lesson;
                    long group = rs.getLong(5);
                    Long groupId = rs.wasNull() ? null : group;
                    long id = rs.getLong(1);
                    Target target = groupId != null
                            ? Target.group(groupId)
                            : rs.getString(6).startsWith("students:")
                                    ? Target.students(chosen.getOrDefault(id, Set.of()))
                                    : Target.wholeClass();
                    return new Assigned(
                            id,
                            rs.getString(2),
                            due == null ? null : due.toLocalDate(),
                            lessonIndex,
                            target,
                            rs.getBoolean(7),
                            rs.getBoolean(8));
                })
                .list()
                .stream()
                .flatMap(a -> catalog.current(a.code()).stream()
                        .filter(c -> a.lesson() == null
                                || a.lesson() < c.content().lessons().size())
                        .map(c -> new ClassCourse(
                                a.id(),
                                a.code(),
                                c.content().title(),
                                a.due(),
                                a.lesson(),
                                a.lesson() == null
                                        ? null
                                        : c.content().lessons().get(a.lesson()).title(),
                                a.target(),
                                a.target().groupId() == null
                                        ? null
                                        : groups.get(a.target().groupId()),
                                a.byTeacher(),
                                a.byTeacher() && a.open())))
                .toList();
    }

    /** What the class was given that is for this student (in this group, or none). */
    List<ClassCourse> givenTo(long classId, long personId, @Nullable Long groupId) {
        return given(classId).stream()
                .filter(c -> c.target().includes(personId, groupId))
                .toList();
    }

    private record Assigned(
            long id,
            String code,
            @Nullable LocalDate due,
            @Nullable Integer lesson,
            Target target,
            boolean byTeacher,
            boolean open) {}
}
