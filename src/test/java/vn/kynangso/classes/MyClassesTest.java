package vn.kynangso.classes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.classes.MyClasses.GivenCourse;
import vn.kynangso.classes.MyClasses.MyClass;
import vn.kynangso.learning.CourseStatus;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;

/** A student sees the classes they joined on their home screen, with the given courses, due dates and status. */
class MyClassesTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    ClassService classes;

    @Autowired
    ClassJoining joining;

    @Autowired
    ClassCourses courses;

    @Autowired
    MyClasses myClasses;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    private TestArea.Ids area;
    private String course;

    @BeforeEach
    void theTestsCommuneHasATeacher() {
        area = TestArea.ensureTeacher(places, accounts);
        login(TestArea.TEACHER);
        course = courses.assignable().getFirst().code();
    }

    /** A class of the test teacher, given the course due on that day; returns the class. */
    private SchoolClass aClassWithTheCourseDue(String name, LocalDate due) {
        login(TestArea.TEACHER);
        SchoolClass schoolClass =
                classes.create(area.commune(), new ClassDetails("Trường THCS Kiểm Thử", "7", name, "2026-2027"));
        courses.assign(schoolClass.id(), course, due);
        return schoolClass;
    }

    /** A new student, signed in, who joined the class. */
    private String aStudentIn(SchoolClass schoolClass) {
        String student = Learners.newLearner(places, people, accounts, Roles.STUDENT);
        login(student);
        joining.join(schoolClass.joinCode());
        return student;
    }

    private String shown(SchoolClass schoolClass, String part) {
        UI.getCurrent().navigate("home");
        return _get(Span.class, spec -> spec.withId("home-class-" + schoolClass.id() + "-" + course + "-" + part))
                .getText();
    }

    private CourseStatus statusIn(SchoolClass schoolClass) {
        return myClasses.mine().stream()
                .filter(c -> c.id() == schoolClass.id())
                .findFirst()
                .orElseThrow()
                .courses()
                .getFirst()
                .status();
    }

    private boolean hasCard(String id) {
        return !_find(Section.class, spec -> spec.withId(id)).isEmpty();
    }

    @Test
    void a_student_sees_their_class_and_its_course_with_due_date_and_status_as_they_learn() {
        LocalDate due = clock.today().plusDays(7);
        SchoolClass schoolClass = aClassWithTheCourseDue("Lớp 7A – của em", due);
        aStudentIn(schoolClass);

        MyClass mine = myClasses.mine().stream()
                .filter(c -> c.id() == schoolClass.id())
                .findFirst()
                .orElseThrow();
        assertThat(mine.name()).isEqualTo("Lớp 7A – của em");
        assertThat(mine.school()).isEqualTo("Trường THCS Kiểm Thử");
        assertThat(mine.grade()).isEqualTo("7");
        assertThat(mine.teacher()).isNotBlank();
        assertThat(mine.courses())
                .extracting(GivenCourse::courseCode, GivenCourse::dueDate, GivenCourse::status)
                .containsExactly(tuple(course, due, CourseStatus.NOT_STARTED));

        UI.getCurrent().navigate("home");
        assertThat(hasCard("home-classes")).isTrue();
        assertThat(hasCard("home-join")).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("home-join-go"))).hasSize(1);
        Div block = _get(Div.class, spec -> spec.withId("home-class-" + schoolClass.id()));
        assertThat(_get(block, H3.class, spec -> {}).getText()).isEqualTo("Lớp 7A – của em");
        assertThat(shown(schoolClass, "due"))
                .isEqualTo("Hạn: " + due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(shown(schoolClass, "status")).isEqualTo("Chưa học");

        learning.lessonRead(course, 0);
        assertThat(shown(schoolClass, "status")).isEqualTo("Đang học");

        Learners.passCourse(learning, catalog, course);
        assertThat(shown(schoolClass, "status")).isEqualTo("Đã hoàn thành");
        assertThat(statusIn(schoolClass)).isEqualTo(CourseStatus.COMPLETED);

        _click(_get(Button.class, spec -> spec.withId("home-class-" + schoolClass.id() + "-" + course + "-open")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("learn/" + course);
    }

    @Test
    void a_course_due_yesterday_and_not_completed_is_overdue_and_completing_it_now_is_late() {
        SchoolClass schoolClass = aClassWithTheCourseDue("Lớp 7C – hạn hôm nay", clock.today());
        aStudentIn(schoolClass);
        learning.lessonRead(course, 0);
        assertThat(statusIn(schoolClass)).isEqualTo(CourseStatus.IN_PROGRESS);

        clock.set(clock.today().plusDays(1).atTime(10, 0));
        assertThat(statusIn(schoolClass)).isEqualTo(CourseStatus.OVERDUE);
        assertThat(shown(schoolClass, "status")).isEqualTo("Quá hạn");

        Learners.passCourse(learning, catalog, course);
        assertThat(statusIn(schoolClass)).isEqualTo(CourseStatus.COMPLETED_LATE);
        assertThat(shown(schoolClass, "status")).isEqualTo("Hoàn thành trễ hạn");
    }

    @Test
    void an_archived_class_disappears_from_the_students_home() {
        SchoolClass schoolClass =
                aClassWithTheCourseDue("Lớp 7D – sẽ lưu trữ", clock.today().plusDays(3));
        String student = aStudentIn(schoolClass);
        assertThat(myClasses.mine()).extracting(MyClass::id).containsExactly(schoolClass.id());

        login(TestArea.TEACHER);
        classes.archive(schoolClass.id());

        login(student);
        assertThat(myClasses.mine()).isEmpty();
        UI.getCurrent().navigate("home");
        assertThat(hasCard("home-classes")).isFalse();
        assertThat(hasCard("home-join")).isTrue();
    }

    @Test
    void a_student_in_no_class_sees_only_the_join_button() {
        login(Learners.newLearner(places, people, accounts, Roles.STUDENT));
        assertThat(myClasses.mine()).isEmpty();
        UI.getCurrent().navigate("home");
        assertThat(hasCard("home-classes")).isFalse();
        assertThat(hasCard("home-join")).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("home-join-go"))).hasSize(1);
    }

    @Test
    void another_learner_never_sees_someone_elses_class() {
        SchoolClass theirs =
                aClassWithTheCourseDue("Lớp 7E – của bạn khác", clock.today().plusDays(3));
        aStudentIn(theirs);
        SchoolClass mineOnly =
                aClassWithTheCourseDue("Lớp 7G – của em", clock.today().plusDays(3));
        aStudentIn(mineOnly);

        assertThat(myClasses.mine()).extracting(MyClass::id).containsExactly(mineOnly.id());
        UI.getCurrent().navigate("home");
        assertThat(_find(Div.class, spec -> spec.withId("home-class-" + theirs.id())))
                .isEmpty();

        login(Learners.newResident(places, people, accounts));
        assertThat(myClasses.mine()).isEmpty();
    }

    @Test
    void a_resident_in_a_class_sees_it_on_their_home_and_a_resident_in_none_is_not_asked_to_join() {
        SchoolClass schoolClass = aClassWithTheCourseDue(
                "Lớp cộng đồng – người lớn", clock.today().plusDays(5));
        String resident = Learners.newResident(places, people, accounts);
        login(resident);
        UI.getCurrent().navigate("home");
        assertThat(hasCard("home-classes")).isFalse();
        assertThat(hasCard("home-join")).isFalse();

        joining.join(schoolClass.joinCode());
        UI.getCurrent().navigate("home");
        assertThat(hasCard("home-classes")).isTrue();
        Div block = _get(Div.class, spec -> spec.withId("home-class-" + schoolClass.id()));
        assertThat(_get(block, H3.class, spec -> {}).getText()).isEqualTo("Lớp cộng đồng – người lớn");
        assertThat(shown(schoolClass, "status")).isEqualTo("Chưa học");
    }
}
