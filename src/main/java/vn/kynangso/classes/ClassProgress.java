package vn.kynangso.classes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Text;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.classes.ClassJoining.ClassStudent;
import vn.kynangso.learning.CourseProgressOf;
import vn.kynangso.learning.CourseStatus;

/**
 * How each student of a class is doing on each course given to it: the status by the one rule
 * ({@link CourseStatus}) against the course's due date in the class, lessons read, quiz attempts and
 * best score; and per course, how many students have completed it.
 */
@Service
public class ClassProgress {

    /**
     * A student on something given to the class ({@code assignmentId}): a course, or one lesson of it
     * ({@code lessonIndex}; then lessons read is 0 or 1 of 1, and attempts and score are the course's).
     */
    public record StudentCourse(
            long assignmentId,
            long personId,
            String studentName,
            String courseCode,
            @Nullable Integer lessonIndex,
            CourseStatus status,
            int lessonsRead,
            int lessons,
            int attempts,
            @Nullable Integer bestPercent,
            @Nullable LocalDate completedOn) {}

    /**
     * Something given to the class, and how many of the students it is for completed it (on time or
     * late).
     */
    public record CourseSummary(ClassCourse given, int completed, int students) {

        public long assignmentId() {
            return given.id();
        }

        public String courseCode() {
            return given.courseCode();
        }

        public @Nullable LocalDate dueDate() {
            return given.dueDate();
        }

        public Text title() {
            return given.title();
        }

        public String title(Locale locale) {
            return given.title(locale);
        }
    }

    /**
     * The class's report: one row per student per thing given to them (students by name, in the order
     * given).
     */
    public record Report(List<CourseSummary> courses, List<StudentCourse> rows) {}

    private final ClassAccess access;
    private final ClassJoining joining;
    private final ClassCourses courses;
    private final CourseProgressOf progress;
    private final CatalogService catalog;
    private final Clock clock;

    ClassProgress(
            ClassAccess access,
            ClassJoining joining,
            ClassCourses courses,
            CourseProgressOf progress,
            CatalogService catalog,
            Clock clock) {
        this.access = access;
        this.joining = joining;
        this.courses = courses;
        this.progress = progress;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Where the class's students stand today, for its own teacher or an admin of its area (who
     * reads it). Learning is asked only about this class's students, once the caller is known to
     * be allowed to see the class.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Report of(long classId) {
        access.readable(classId);
        return report(joining.students(classId), courses.assignments(classId));
    }

    /** The report of these students on these courses: the caller has checked who reads them. */
    Report report(List<ClassStudent> students, List<ClassCourse> given) {
        Map<Long, Map<String, CourseProgressOf.Progress>> byPerson = new HashMap<>();
        for (CourseProgressOf.Progress p : progress.of(
                students.stream().map(ClassStudent::personId).toList(),
                given.stream().map(ClassCourse::courseCode).toList())) {
            byPerson.computeIfAbsent(p.personId(), k -> new HashMap<>()).put(p.courseCode(), p);
        }
        LocalDate today = LocalDate.now(clock);
        List<StudentCourse> rows = given.stream()
                .flatMap(c -> students.stream()
                        .filter(st -> c.target().includes(st.personId(), st.groupId()))
                        .map(st -> row(
                                st,
                                c,
                                byPerson.getOrDefault(st.personId(), Map.of()).get(c.courseCode()),
                                today)))
                .toList();
        List<CourseSummary> summaries = given.stream()
                .map(c -> {
                    List<StudentCourse> forIt = rows.stream()
                            .filter(r -> r.assignmentId() == c.id())
                            .toList();
                    return new CourseSummary(
                            c,
                            (int) forIt.stream()
                                    .filter(r -> r.status().isCompleted())
                                    .count(),
                            forIt.size());
                })
                .toList();
        return new Report(summaries, rows);
    }

    private StudentCourse row(
            ClassStudent student, ClassCourse course, CourseProgressOf.@Nullable Progress p, LocalDate today) {
        CourseStatus status = p == null
                ? course.statusOf(null, null, Map.of(), clock.getZone(), today)
                : course.statusOf(p.startedAt(), p.completedAt(), p.lessonsReadAt(), clock.getZone(), today);
        Integer lesson = course.lessonIndex();
        int lessonsRead = lesson != null
                ? (p != null && p.lessonsReadAt().containsKey(lesson) ? 1 : 0)
                : (p == null ? 0 : p.lessonsRead());
        int lessons = lesson != null ? 1 : (p == null ? lessonsOf(course.courseCode()) : p.lessons());
        Instant completed =
                p == null ? null : lesson != null ? p.lessonsReadAt().get(lesson) : p.completedAt();
        return new StudentCourse(
                course.id(),
                student.personId(),
                student.name(),
                course.courseCode(),
                lesson,
                status,
                lessonsRead,
                lessons,
                p == null ? 0 : p.attempts(),
                p == null ? null : p.bestPercent(),
                status.isCompleted() ? day(completed) : null);
    }

    private int lessonsOf(String courseCode) {
        return catalog.current(courseCode)
                .map(c -> c.content().lessons().size())
                .orElse(0);
    }

    private @Nullable LocalDate day(@Nullable Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }
}
