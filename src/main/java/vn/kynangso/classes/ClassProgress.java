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

    /** A student on a course given to the class. */
    public record StudentCourse(
            long personId,
            String studentName,
            String courseCode,
            CourseStatus status,
            int lessonsRead,
            int lessons,
            int attempts,
            @Nullable Integer bestPercent,
            @Nullable LocalDate completedOn) {}

    /** A course given to the class, and how many of its students completed it (on time or late). */
    public record CourseSummary(
            String courseCode, Text title, @Nullable LocalDate dueDate, int completed, int students) {

        public String title(Locale locale) {
            return title.in(locale);
        }
    }

    /** The class's report: one row per student per course (students by name, courses as given). */
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
        List<StudentCourse> rows = students.stream()
                .flatMap(s -> given.stream()
                        .map(c -> row(
                                s,
                                c,
                                byPerson.getOrDefault(s.personId(), Map.of()).get(c.courseCode()),
                                today)))
                .toList();
        List<CourseSummary> summaries = given.stream()
                .map(c -> new CourseSummary(
                        c.courseCode(),
                        c.title(),
                        c.dueDate(),
                        (int) rows.stream()
                                .filter(r -> r.courseCode().equals(c.courseCode())
                                        && r.status().isCompleted())
                                .count(),
                        students.size()))
                .toList();
        return new Report(summaries, rows);
    }

    private StudentCourse row(
            ClassStudent student, ClassCourse course, CourseProgressOf.@Nullable Progress p, LocalDate today) {
        if (p == null) {
            return new StudentCourse(
                    student.personId(),
                    student.name(),
                    course.courseCode(),
                    CourseStatus.of(null, null, course.dueDate(), today),
                    0,
                    lessonsOf(course.courseCode()),
                    0,
                    null,
                    null);
        }
        LocalDate completedOn = day(p.completedAt());
        CourseStatus status = CourseStatus.of(day(p.startedAt()), completedOn, course.dueDate(), today);
        return new StudentCourse(
                student.personId(),
                student.name(),
                course.courseCode(),
                status,
                p.lessonsRead(),
                p.lessons(),
                p.attempts(),
                p.bestPercent(),
                status.isCompleted() ? completedOn : null);
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
