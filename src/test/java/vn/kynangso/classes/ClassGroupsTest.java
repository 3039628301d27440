package vn.kynangso.classes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.classes.ClassCourses.Target;
import vn.kynangso.classes.ClassException.Reason;
import vn.kynangso.classes.ClassGroups.Group;
import vn.kynangso.classes.ClassJoining.ClassStudent;
import vn.kynangso.classes.ClassProgress.StudentCourse;
import vn.kynangso.classes.MyClasses.GivenCourse;
import vn.kynangso.learning.CourseStatus;

/**
 * Groups inside a class, and giving a course or a single lesson to the whole class, one group or
 * chosen students: each student sees and is counted for only what is theirs.
 */
class ClassGroupsTest extends ClassKaribuTest {

    @Autowired
    ClassGroups groups;

    @Autowired
    ClassProgress progress;

    @Autowired
    MyClasses myClasses;

    private PublishedCourse course;

    @BeforeEach
    void aCourseForStudents() {
        login(TestArea.TEACHER);
        course = courses.assignable().getFirst();
    }

    private SchoolClass aClass(String name) {
        return aClass("Trường THCS Kiểm Thử", "6", name);
    }

    private List<GivenCourse> givenTo(Student student) {
        login(student.login());
        return myClasses.mine().getFirst().courses();
    }

    @Test
    void the_teacher_makes_groups_and_places_each_student_in_one_on_the_class_page() {
        SchoolClass schoolClass = aClass("Lớp chia nhóm");
        Student an = aStudentIn(schoolClass);
        Student binh = aStudentIn(schoolClass);
        login(TestArea.TEACHER);
        UI.getCurrent().navigate("classes/" + schoolClass.id());
        _click(_get(Button.class, spec -> spec.withId("class-group-create"))); // no name typed: "Nhóm 1"
        _setValue(_get(TextField.class, spec -> spec.withId("class-group-name")), "  Nhóm Sao Mai ");
        _click(_get(Button.class, spec -> spec.withId("class-group-create")));

        List<Group> made = groups.groups(schoolClass.id());
        assertThat(made).extracting(Group::name).containsExactly("Nhóm 1", "Nhóm Sao Mai");
        @SuppressWarnings("unchecked")
        Select<Group> anPicker = _get(Select.class, spec -> spec.withId("class-student-group-" + an.person()));
        _setValue(anPicker, made.get(1));
        @SuppressWarnings("unchecked")
        Select<Group> binhPicker = _get(Select.class, spec -> spec.withId("class-student-group-" + binh.person()));
        _setValue(binhPicker, made.get(1));
        binhPicker = _get(Select.class, spec -> spec.withId("class-student-group-" + binh.person()));
        _setValue(binhPicker, made.get(0)); // a student is in one group: moving takes them out of the other

        assertThat(joining.students(schoolClass.id()))
                .extracting(ClassStudent::personId, ClassStudent::groupId)
                .containsExactlyInAnyOrder(
                        tuple(an.person(), made.get(1).id()),
                        tuple(binh.person(), made.get(0).id()));
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withId("class-group-" + made.get(1).id()))
                        .getText())
                .isEqualTo("Nhóm Sao Mai: 1 học sinh");

        assertThatThrownBy(() -> groups.create(schoolClass.id(), "nhóm sao mai"))
                .isInstanceOfSatisfying(
                        ClassException.class, e -> assertThat(e.reason()).isEqualTo(Reason.GROUP_NAME));
        assertThatThrownBy(() -> groups.create(schoolClass.id(), " "))
                .isInstanceOfSatisfying(
                        ClassException.class, e -> assertThat(e.reason()).isEqualTo(Reason.GROUP_NAME));
    }

    @Test
    void a_lesson_given_to_a_group_and_a_course_given_to_chosen_students_reach_only_them() {
        SchoolClass schoolClass = aClass("Lớp giao riêng");
        Student an = aStudentIn(schoolClass);
        Student binh = aStudentIn(schoolClass);
        Student chi = aStudentIn(schoolClass);
        login(TestArea.TEACHER);
        Group one = groups.create(schoolClass.id(), "Nhóm 1");
        groups.place(schoolClass.id(), an.person(), one.id());
        LocalDate due = clock.today().plusDays(7);

        UI.getCurrent().navigate("classes/" + schoolClass.id());
        @SuppressWarnings("unchecked")
        Select<PublishedCourse> select = _get(Select.class, spec -> spec.withId("class-course"));
        _setValue(select, course);
        @SuppressWarnings("unchecked")
        Select<Integer> part = _get(Select.class, spec -> spec.withId("class-lesson"));
        _setValue(part, 1);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Target.Kind> forWhom = _get(RadioButtonGroup.class, spec -> spec.withId("class-for"));
        _setValue(forWhom, Target.Kind.GROUP);
        @SuppressWarnings("unchecked")
        Select<Group> group = _get(Select.class, spec -> spec.withId("class-for-group"));
        _setValue(group, one);
        _setValue(_get(DatePicker.class, spec -> spec.withId("class-due")), due);
        _click(_get(Button.class, spec -> spec.withId("class-assign")));

        _setValue(_get(Select.class, spec -> spec.withId("class-course")), course);
        forWhom = _get(RadioButtonGroup.class, spec -> spec.withId("class-for"));
        _setValue(forWhom, Target.Kind.STUDENTS);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ClassStudent> chosen =
                _get(MultiSelectComboBox.class, spec -> spec.withId("class-for-students"));
        _setValue(
                chosen,
                Set.copyOf(joining.students(schoolClass.id()).stream()
                        .filter(s -> s.personId() == chi.person())
                        .toList()));
        _click(_get(Button.class, spec -> spec.withId("class-assign")));

        List<ClassCourse> given = courses.assignments(schoolClass.id());
        assertThat(given).hasSize(2);
        ClassCourse lesson = given.getFirst();
        assertThat(lesson.lessonIndex()).isEqualTo(1);
        assertThat(lesson.dueDate()).isEqualTo(due);
        assertThat(lesson.target()).isEqualTo(Target.group(one.id()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("class-course-for-" + lesson.id()))
                        .getText())
                .isEqualTo("Nhóm: Nhóm 1");
        ClassCourse forChi = given.get(1);
        assertThat(forChi.target()).isEqualTo(Target.students(Set.of(chi.person())));
        assertThat(_get(Paragraph.class, spec -> spec.withId("class-course-for-" + forChi.id()))
                        .getText())
                .startsWith("1 học sinh: Người Học Thử");

        assertThat(givenTo(an))
                .extracting(GivenCourse::courseCode, GivenCourse::lessonIndex, GivenCourse::status)
                .containsExactly(tuple(course.code(), 1, CourseStatus.NOT_STARTED));
        assertThat(givenTo(binh)).isEmpty();
        assertThat(givenTo(chi))
                .extracting(GivenCourse::courseCode, GivenCourse::lessonIndex)
                .containsExactly(tuple(course.code(), null));

        login(an.login());
        learning.lessonRead(course.code(), 0); // not the lesson given
        assertThat(givenTo(an).getFirst().status()).isEqualTo(CourseStatus.NOT_STARTED);
        learning.lessonRead(course.code(), 1);
        assertThat(givenTo(an).getFirst().status()).isEqualTo(CourseStatus.COMPLETED);

        login(TestArea.TEACHER);
        ClassProgress.Report report = progress.of(schoolClass.id());
        assertThat(report.rows())
                .extracting(
                        StudentCourse::assignmentId,
                        StudentCourse::personId,
                        StudentCourse::status,
                        StudentCourse::lessonsRead,
                        StudentCourse::lessons)
                .containsExactly(
                        tuple(lesson.id(), an.person(), CourseStatus.COMPLETED, 1, 1),
                        tuple(
                                forChi.id(),
                                chi.person(),
                                CourseStatus.NOT_STARTED,
                                0,
                                course.content().lessons().size()));
        assertThat(report.rows().getFirst().completedOn()).isEqualTo(clock.today());
        assertThat(report.courses())
                .extracting(ClassProgress.CourseSummary::completed, ClassProgress.CourseSummary::students)
                .containsExactly(tuple(1, 1), tuple(0, 1));
    }

    @Test
    void giving_the_same_again_changes_its_due_date_and_a_removed_group_takes_its_work_with_it() {
        SchoolClass schoolClass = aClass("Lớp giao lại");
        Student an = aStudentIn(schoolClass);
        login(TestArea.TEACHER);
        Group one = groups.create(schoolClass.id(), "Nhóm 1");
        Group two = groups.create(schoolClass.id(), "Nhóm 2");
        groups.place(schoolClass.id(), an.person(), one.id());
        courses.assign(
                schoolClass.id(),
                course.code(),
                null,
                Target.group(one.id()),
                clock.today().plusDays(3));
        courses.assign(
                schoolClass.id(),
                course.code(),
                null,
                Target.group(one.id()),
                clock.today().plusDays(9));
        courses.assign(
                schoolClass.id(),
                course.code(),
                null,
                Target.group(two.id()),
                clock.today().plusDays(5));
        courses.assign(
                schoolClass.id(),
                course.code(),
                null,
                Target.wholeClass(),
                clock.today().plusDays(20));

        assertThat(courses.assignments(schoolClass.id()))
                .extracting(c -> c.target().kind(), ClassCourse::dueDate)
                .containsExactly(
                        tuple(Target.Kind.GROUP, clock.today().plusDays(5)),
                        tuple(Target.Kind.GROUP, clock.today().plusDays(9)),
                        tuple(Target.Kind.CLASS, clock.today().plusDays(20)));
        // given to the class and to their group: the student sees it once, with the soonest date
        assertThat(givenTo(an))
                .extracting(GivenCourse::dueDate)
                .containsExactly(clock.today().plusDays(9));

        login(TestArea.TEACHER);
        groups.remove(schoolClass.id(), one.id());
        assertThat(joining.students(schoolClass.id()))
                .extracting(ClassStudent::groupId)
                .containsOnlyNulls();
        assertThat(courses.assignments(schoolClass.id()))
                .extracting(c -> c.target().kind())
                .containsExactly(Target.Kind.GROUP, Target.Kind.CLASS);
        assertThat(givenTo(an))
                .extracting(GivenCourse::dueDate)
                .containsExactly(clock.today().plusDays(20));
    }

    @Test
    void what_is_given_must_be_a_lesson_of_the_course_and_for_the_class_s_own_groups_and_students() {
        SchoolClass schoolClass = aClass("Lớp kiểm tra");
        SchoolClass other = aClass("Lớp khác");
        Student outsider = aStudentIn(other);
        login(TestArea.TEACHER);
        Group elsewhere = groups.create(other.id(), "Nhóm 1");
        int lessons = course.content().lessons().size();

        assertThatThrownBy(() -> courses.assign(schoolClass.id(), course.code(), lessons, Target.wholeClass(), null))
                .isInstanceOfSatisfying(
                        ClassException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_LESSON));
        assertThatThrownBy(
                        () -> courses.assign(schoolClass.id(), course.code(), null, Target.group(elsewhere.id()), null))
                .isInstanceOfSatisfying(
                        ClassException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_GROUP));
        assertThatThrownBy(() -> courses.assign(
                        schoolClass.id(), course.code(), null, Target.students(Set.of(outsider.person())), null))
                .isInstanceOfSatisfying(
                        ClassException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_IN_CLASS));
        assertThatThrownBy(() -> courses.assign(schoolClass.id(), course.code(), null, Target.students(Set.of()), null))
                .isInstanceOfSatisfying(
                        ClassException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_IN_CLASS));
        assertThatThrownBy(() -> groups.place(schoolClass.id(), outsider.person(), null))
                .isInstanceOfSatisfying(
                        ClassException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_IN_CLASS));
        assertThatThrownBy(() -> groups.remove(schoolClass.id(), elsewhere.id()))
                .isInstanceOfSatisfying(
                        ClassException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_GROUP));
        assertThat(courses.assignments(schoolClass.id())).isEmpty();
    }
}
