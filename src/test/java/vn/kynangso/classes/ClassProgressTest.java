package vn.kynangso.classes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.classes.ClassProgress.StudentCourse;
import vn.kynangso.learning.CourseProgressOf;
import vn.kynangso.learning.CourseStatus;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.MyProgress;

/** The teacher sees how each student of a class is doing on each course given to it. */
class ClassProgressTest extends ClassKaribuTest {

    @Autowired
    ClassProgress progress;

    @Autowired
    CourseProgressOf progressOf;

    private SchoolClass aClass(String name) {
        return aClass("Trường THCS Kiểm Thử", "8", name);
    }

    private Map<Long, StudentCourse> rows(long classId) {
        login(TestArea.TEACHER);
        return progress.of(classId).rows().stream()
                .collect(Collectors.toMap(StudentCourse::personId, Function.identity()));
    }

    @Test
    void a_student_from_another_commune_is_read_by_the_teacher_once_in_their_class_and_not_before() {
        SchoolClass schoolClass = aClass("Lớp có bạn xã khác");
        PublishedCourse course = courses.assignable().getFirst();
        courses.assign(schoolClass.id(), course.code(), null);
        login("hocsinh"); // the demo student, who lives in Xã Tiên Du, outside the test teacher's area
        learning.lessonRead(course.code(), 0);
        long pupil = currentUser.require().getPersonId().orElseThrow();

        login(TestArea.TEACHER);
        assertThatThrownBy(() -> progressOf.of(List.of(pupil), List.of(course.code())))
                .isInstanceOf(AccessDeniedException.class);

        login("hocsinh");
        joining.join(schoolClass.joinCode());
        assertThat(rows(schoolClass.id()).get(pupil).status()).isEqualTo(CourseStatus.IN_PROGRESS);
        assertThat(progressOf.of(List.of(pupil), List.of(course.code()))).hasSize(1);
    }

    @Test
    void each_student_shows_their_status_lessons_and_best_score_and_the_course_counts_completions() {
        SchoolClass schoolClass = aClass("Lớp tiến độ");
        PublishedCourse course = courses.assignable().getFirst();
        int lessons = course.content().lessons().size();
        LocalDate due = clock.today().plusDays(7);
        courses.assign(schoolClass.id(), course.code(), due);

        Student notStarted = aStudentIn(schoolClass);
        Student reading = aStudentIn(schoolClass);
        learning.lessonRead(course.code(), 0);
        Student done = aStudentIn(schoolClass);
        Learners.passCourse(learning, catalog, course.code());
        Student late = aStudentIn(schoolClass);

        Map<Long, StudentCourse> now = rows(schoolClass.id());
        assertThat(now.get(notStarted.person()).status()).isEqualTo(CourseStatus.NOT_STARTED);
        assertThat(now.get(notStarted.person()).lessonsRead()).isZero();
        assertThat(now.get(notStarted.person()).lessons()).isEqualTo(lessons);
        assertThat(now.get(notStarted.person()).bestPercent()).isNull();
        assertThat(now.get(reading.person()).status()).isEqualTo(CourseStatus.IN_PROGRESS);
        assertThat(now.get(reading.person()).lessonsRead()).isOne();
        assertThat(now.get(reading.person()).attempts()).isZero();
        assertThat(now.get(done.person()).status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(now.get(done.person()).lessonsRead()).isEqualTo(lessons);
        assertThat(now.get(done.person()).attempts()).isOne();
        assertThat(now.get(done.person()).bestPercent()).isEqualTo(100);
        assertThat(now.get(done.person()).completedOn()).isEqualTo(clock.today());
        assertThat(progress.of(schoolClass.id()).courses()).singleElement().satisfies(c -> {
            assertThat(c.completed()).isOne();
            assertThat(c.students()).isEqualTo(4);
        });

        clock.advance(Duration.ofDays(10));
        login(late.login());
        Learners.passCourse(learning, catalog, course.code());

        Map<Long, StudentCourse> later = rows(schoolClass.id());
        assertThat(later.get(notStarted.person()).status()).isEqualTo(CourseStatus.OVERDUE);
        assertThat(later.get(reading.person()).status()).isEqualTo(CourseStatus.OVERDUE);
        assertThat(later.get(done.person()).status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(later.get(late.person()).status()).isEqualTo(CourseStatus.COMPLETED_LATE);
        assertThat(later.get(late.person()).completedOn()).isEqualTo(clock.today());
        assertThat(progress.of(schoolClass.id()).courses()).singleElement().satisfies(c -> {
            assertThat(c.completed()).isEqualTo(2);
            assertThat(c.students()).isEqualTo(4);
        });

        long given = progress.of(schoolClass.id()).courses().getFirst().assignmentId();
        UI.getCurrent().navigate("classes/" + schoolClass.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("class-progress-summary-" + given))
                        .getText())
                .isEqualTo("2/4 học sinh đã hoàn thành");
        @SuppressWarnings("unchecked")
        Grid<StudentCourse> grid = _get(Grid.class, spec -> spec.withId("class-progress-" + given));
        assertThat(GridKt._size(grid)).isEqualTo(4);
        List<List<String>> shown = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> GridKt._getFormattedRow(grid, i))
                .toList();
        assertThat(shown)
                .anySatisfy(
                        r -> assertThat(r).containsSubsequence("Hoàn thành trễ hạn", lessons + "/" + lessons, "100%"))
                .anySatisfy(r -> assertThat(r).containsSubsequence("Quá hạn", "1/" + lessons, "–"))
                .anySatisfy(r -> assertThat(r).containsSubsequence("Đã hoàn thành", lessons + "/" + lessons, "100%"));
    }

    @Test
    void the_teacher_sees_the_same_status_lessons_and_due_date_as_the_students_own_progress() {
        SchoolClass schoolClass = aClass("Lớp so sánh");
        PublishedCourse course = courses.assignable().getFirst();
        LocalDate due = clock.today().plusDays(7);
        courses.assign(schoolClass.id(), course.code(), due);
        Student reading = aStudentIn(schoolClass);
        learning.lessonRead(course.code(), 0);
        Student done = aStudentIn(schoolClass);
        Learners.passCourse(learning, catalog, course.code());
        Student idle = aStudentIn(schoolClass);
        Student late = aStudentIn(schoolClass);
        Student fresh = aStudentIn(schoolClass);

        Map<Student, CourseStatus> today = Map.of(
                reading, CourseStatus.IN_PROGRESS,
                done, CourseStatus.COMPLETED,
                idle, CourseStatus.NOT_STARTED,
                fresh, CourseStatus.NOT_STARTED);
        today.forEach((student, status) -> assertSameAsOwn(schoolClass, course.code(), student, status, due));

        clock.set(due.plusDays(1).atTime(9, 0));
        login(late.login());
        Learners.passCourse(learning, catalog, course.code());
        Map<Student, CourseStatus> later = Map.of(
                reading, CourseStatus.OVERDUE,
                done, CourseStatus.COMPLETED,
                idle, CourseStatus.OVERDUE,
                late, CourseStatus.COMPLETED_LATE);
        later.forEach((student, status) -> assertSameAsOwn(schoolClass, course.code(), student, status, due));
    }

    /** The teacher's row and the student's own My progress say the same, and it is {@code status}. */
    private void assertSameAsOwn(
            SchoolClass schoolClass, String code, Student student, CourseStatus status, LocalDate due) {
        login(student.login());
        MyProgress.CourseRow own = own(code);
        StudentCourse row = rows(schoolClass.id()).get(student.person());
        assertThat(row.status()).as(student.login()).isEqualTo(own.status()).isEqualTo(status);
        assertThat(row.lessonsRead()).isEqualTo(own.lessonsRead());
        assertThat(row.lessons()).isEqualTo(own.lessons());
        assertThat(own.deadline()).isEqualTo(due);
    }

    /** The course as the signed-in student's own My progress shows it. */
    private MyProgress.CourseRow own(String code) {
        return learning.myProgress().skills().stream()
                .flatMap(s -> s.courses().stream())
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
