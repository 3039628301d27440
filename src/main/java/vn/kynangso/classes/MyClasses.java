package vn.kynangso.classes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.Text;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.learning.CourseDates;
import vn.kynangso.learning.CourseStatus;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;

/**
 * A student's own classes: those they joined that are not archived, each with the courses its
 * teacher gave it, their due dates and where the student stands on each ({@link CourseStatus}, the
 * due date as the deadline).
 */
@Service
public class MyClasses {

    /** A class the learner is in, and the courses given to it, soonest due first. */
    public record MyClass(
            long id,
            String name,
            String school,
            String grade,
            @Nullable String teacher,
            List<GivenCourse> courses) {}

    /**
     * A course, or one lesson of it (0-based index, with its title), given to the learner's class (or
     * their group, or them), and the learner's status on it today.
     */
    public record GivenCourse(
            String courseCode,
            Text title,
            @Nullable LocalDate dueDate,
            CourseStatus status,
            @Nullable Integer lessonIndex,
            @Nullable Text lessonTitle) {

        public String title(Locale locale) {
            return title.in(locale);
        }
    }

    private final ClassStore store;
    private final ClassCourses courses;
    private final CourseDates dates;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    MyClasses(
            ClassStore store,
            ClassCourses courses,
            CourseDates dates,
            AccountService accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.store = store;
        this.courses = courses;
        this.dates = dates;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in learner's classes that are not archived, newest school year first; none without a learner. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDENT','RESIDENT')")
    public List<MyClass> mine() {
        Optional<Long> person = currentUser.require().getPersonId();
        if (person.isEmpty()) {
            return List.of();
        }
        List<SchoolClass> joined = store.currentOf(person.get());
        if (joined.isEmpty()) {
            return List.of();
        }
        Map<String, CourseDates.Dates> started = dates.of(List.of(person.get())).stream()
                .collect(Collectors.toMap(CourseDates.Dates::courseCode, Function.identity()));
        Map<Long, Long> groups = store.groupsOf(person.get());
        Map<Long, String> teachers = accounts.displayNames(
                joined.stream().map(SchoolClass::teacherAccountId).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        return joined.stream()
                .map(c -> new MyClass(
                        c.id(),
                        c.name(),
                        c.school(),
                        c.grade(),
                        teachers.get(c.teacherAccountId()),
                        courses.givenTo(c.id(), person.get(), groups.get(c.id())).stream()
                                .filter(distinctItems())
                                .map(given -> given(given, started.get(given.courseCode()), today))
                                .toList()))
                .toList();
    }

    /**
     * The same course or lesson given twice to the learner (to the class and to their group) shows
     * once, with the soonest due date (what is given comes soonest due first).
     */
    private static Predicate<ClassCourse> distinctItems() {
        Set<String> seen = new HashSet<>();
        return c -> seen.add(c.courseCode() + "#" + c.lessonIndex());
    }

    private GivenCourse given(ClassCourse course, CourseDates.@Nullable Dates dates, LocalDate today) {
        CourseStatus status = dates == null
                ? course.statusOf(null, null, Map.of(), clock.getZone(), today)
                : course.statusOf(dates.startedAt(), dates.completedAt(), dates.lessonsRead(), clock.getZone(), today);
        return new GivenCourse(
                course.courseCode(),
                course.title(),
                course.dueDate(),
                status,
                course.lessonIndex(),
                course.lessonTitle());
    }
}
