package vn.kynangso.classes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.Text;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.classes.ClassJoining.ClassStudent;
import vn.kynangso.classes.ClassProgress.StudentCourse;
import vn.kynangso.learning.LearnerActivityOf;
import vn.kynangso.learning.LearnerActivityOf.Activity;

/**
 * What the live class board shows, read afresh at each refresh: per student where they are now
 * (the lesson open or the quiz question), their status on each course given to the class (by the
 * one rule, through {@link ClassProgress}) and whether they need help ({@link NeedsHelp}); students
 * who need help first. Learning is asked once for the whole class.
 */
@Service
public class ClassBoard {

    /** Where a student is now: a course, and in it a lesson (1-based) or a question (1-based of total). */
    public record Position(
            String courseCode,
            Text course,
            @Nullable Integer lesson,
            @Nullable Text lessonTitle,
            @Nullable Integer question,
            @Nullable Integer questions) {}

    /** A student on the board; their status on each thing given to them, by its id ({@link ClassCourse#id()}). */
    public record Row(
            long personId,
            String name,
            @Nullable Position position,
            @Nullable Instant lastSeen,
            Map<Long, StudentCourse> courses,
            @Nullable NeedsHelp needsHelp) {}

    /** The board: the class, its running session (if any), its courses and its students. */
    public record Board(
            SchoolClass schoolClass,
            boolean mayChange,
            @Nullable ClassSession session,
            List<ClassCourse> courses,
            List<Row> rows,
            Instant at) {

        public long needingHelp() {
            return rows.stream().filter(r -> r.needsHelp() != null).count();
        }
    }

    private final ClassAccess access;
    private final ClassJoining joining;
    private final ClassCourses courses;
    private final ClassProgress progress;
    private final ClassSessions sessions;
    private final LearnerActivityOf activity;
    private final CatalogService catalog;
    private final Clock clock;
    private final Duration stuckAfter;

    ClassBoard(
            ClassAccess access,
            ClassJoining joining,
            ClassCourses courses,
            ClassProgress progress,
            ClassSessions sessions,
            LearnerActivityOf activity,
            CatalogService catalog,
            Clock clock,
            @Value("${kns.classes.stuck-minutes:5}") int stuckMinutes) {
        this.access = access;
        this.joining = joining;
        this.courses = courses;
        this.progress = progress;
        this.sessions = sessions;
        this.activity = activity;
        this.catalog = catalog;
        this.clock = clock;
        this.stuckAfter = Duration.ofMinutes(stuckMinutes);
    }

    /** How long without progress makes a student on a lesson or question "stuck". */
    public Duration stuckAfter() {
        return stuckAfter;
    }

    /** The board of a class now, for its own teacher or an admin of its area (who reads it). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Board of(long classId) {
        SchoolClass found = access.readable(classId);
        List<ClassStudent> students = joining.students(classId);
        List<ClassCourse> given = courses.given(classId);
        Map<Long, Map<Long, StudentCourse>> statuses = new LinkedHashMap<>();
        for (StudentCourse sc : progress.report(students, given).rows()) {
            statuses.computeIfAbsent(sc.personId(), k -> new LinkedHashMap<>()).put(sc.assignmentId(), sc);
        }
        Map<Long, Activity> now = activity
                .of(students.stream().map(ClassStudent::personId).toList())
                .stream()
                .collect(Collectors.toMap(Activity::personId, Function.identity()));
        ClassSession session = sessions.running(classId).orElse(null);
        Instant at = clock.instant();
        List<Row> rows = students.stream()
                .map(s -> {
                    Activity a = now.get(s.personId());
                    return new Row(
                            s.personId(),
                            s.name(),
                            a == null ? null : position(a).orElse(null),
                            a == null ? null : a.seenAt(),
                            statuses.getOrDefault(s.personId(), Map.of()),
                            NeedsHelp.of(a, session, at, stuckAfter));
                })
                .sorted(Comparator.comparing((Row r) -> r.needsHelp() == null)) // stable: by name within
                .toList();
        return new Board(found, access.mayChange(found), session, given, rows, at);
    }

    private Optional<Position> position(Activity a) {
        return catalog.current(a.courseCode()).map(c -> {
            CourseContent content = c.content();
            Integer lesson = a.lesson();
            boolean knownLesson = lesson != null && lesson < content.lessons().size();
            return new Position(
                    a.courseCode(),
                    content.title(),
                    knownLesson ? lesson + 1 : null,
                    knownLesson ? content.lessons().get(lesson).title() : null,
                    a.question() == null ? null : a.question() + 1,
                    a.questions());
        });
    }
}
