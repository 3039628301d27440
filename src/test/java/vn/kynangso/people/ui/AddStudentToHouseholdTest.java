package vn.kynangso.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.classes.ClassDetails;
import vn.kynangso.classes.ClassEnrolment;
import vn.kynangso.classes.ClassService;
import vn.kynangso.classes.SchoolClass;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.people.HouseholdService.StudentMatch;
import vn.kynangso.people.Poverty;
import vn.kynangso.places.PlaceService;
import vn.kynangso.reports.CoverageService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.SystemRunner;

/**
 * A student a teacher enrolled by list is added to their household from the household's page
 * (found by name and birth year, not registered twice), and their five skills then cover it —
 * whether learned after or before the link.
 */
class AddStudentToHouseholdTest extends KaribuTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    static final List<String> SKILL_COURSES = List.of(
            "dich-vu-cong-truc-tuyen",
            "mua-sam-truc-tuyen",
            "thanh-toan-truc-tuyen",
            "tu-bao-ve-tren-khong-gian-mang",
            "nen-tang-so-khac");

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    ClassService classes;

    @Autowired
    ClassEnrolment enrolment;

    @Autowired
    HouseholdService households;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    @Autowired
    CoverageService coverage;

    @Autowired
    JdbcTemplate jdbc;

    private TestArea.Ids area;

    @BeforeEach
    void theTestsCommuneHasATeacher() {
        area = TestArea.ensureTeacher(places, accounts);
    }

    /** A student the test teacher enrolled by list; returns their login. */
    private String enrolled(String name, int birthYear) {
        login(TestArea.TEACHER);
        SchoolClass c = classes.create(
                area.commune(),
                new ClassDetails("Trường THCS Kiểm Thử", "7", "Lớp 7 – hộ " + NEXT.incrementAndGet(), "2026-2027"));
        return enrolment
                .enrol(enrolment.preview(c.id(), name + ", " + birthYear))
                .getFirst()
                .login();
    }

    private long household(String address) {
        login(TestArea.TEAM_MEMBER);
        return households
                .register(new NewHousehold(
                        area.hamlet(),
                        address,
                        List.of(new NewMember("Mẹ Của Em " + address, 1985, null)),
                        false,
                        Poverty.NONE))
                .getId();
    }

    private long personOf(String login) {
        return jdbc.queryForObject(
                "SELECT person_id FROM account WHERE username = ? OR phone = ?", Long.class, login, login);
    }

    private boolean covered(long household) {
        return jdbc.queryForObject(
                "SELECT covered_at IS NOT NULL FROM household WHERE id = ?", Boolean.class, household);
    }

    private void passFiveSkills(String login) {
        login(login);
        SKILL_COURSES.forEach(course -> Learners.passCourse(learning, catalog, course));
    }

    @Test
    void the_team_member_finds_the_enrolled_student_on_the_household_page_and_their_five_skills_then_cover_it() {
        String student = enrolled("Phan Thị Minh Thư", 2013);
        long person = personOf(student);
        long household = household("Số 7, ngõ Học Trò " + NEXT.incrementAndGet());
        login(TestArea.ADMIN);
        long coveredBefore = coverage.place(area.hamlet()).covered();

        login(TestArea.TEAM_MEMBER);
        UI.getCurrent().navigate("households/" + household);
        _setValue(_get(TextField.class, spec -> spec.withId("household-student-name")), "phan thi minh thu");
        _click(_get(Button.class, spec -> spec.withId("household-student-search")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("household-student-none"))
                        .getText())
                .isEqualTo("Nhập năm sinh để tìm.");
        _setValue(_get(TextField.class, spec -> spec.withId("household-student-year")), "2013");
        _click(_get(Button.class, spec -> spec.withId("household-student-search")));
        _click(_get(Button.class, spec -> spec.withId("household-add-student-" + person)));

        assertThat(jdbc.queryForMap("SELECT household_id, place_id FROM person WHERE id = ?", person))
                .containsEntry("household_id", household)
                .containsEntry("place_id", area.hamlet());
        assertThat(households.details(household).members())
                .extracting(HouseholdService.MemberDetails::name)
                .hasSize(2)
                .contains("Phan Thị Minh Thư");
        assertThat(households.studentsLike(household, "Phan Thị Minh Thư", 2013))
                .as("added once")
                .isEmpty();
        assertThat(covered(household)).isFalse();

        passFiveSkills(student);

        assertThat(covered(household)).isTrue();
        login(TestArea.ADMIN);
        assertThat(coverage.place(area.hamlet()).covered()).isEqualTo(coveredBefore + 1);
        assertThat(SystemRunner.runAsSystem(coverage::rebuild).differing()).isZero();
    }

    @Test
    void a_student_who_already_holds_the_five_skills_covers_the_household_the_moment_they_are_added() {
        String student = enrolled("Lạc Long Quân", 2012);
        passFiveSkills(student);
        long person = personOf(student);
        long household = household("Số 9, ngõ Học Trò " + NEXT.incrementAndGet());
        login(TestArea.ADMIN);
        long coveredBefore = coverage.place(area.hamlet()).covered();

        login(TestArea.TEAM_MEMBER);
        assertThat(households.studentsLike(household, "LAC LONG QUAN", 2012))
                .extracting(StudentMatch::personId, StudentMatch::name)
                .containsExactly(tuple(person, "Lạc Long Quân"));
        households.addStudent(household, person);

        assertThat(covered(household)).isTrue();
        login(TestArea.ADMIN);
        assertThat(coverage.place(area.hamlet()).covered()).isEqualTo(coveredBefore + 1);
        assertThat(SystemRunner.runAsSystem(coverage::rebuild).differing()).isZero();
    }

    @Test
    void a_teacher_cannot_add_a_student_to_a_household_and_nobody_adds_one_twice() {
        String student = enrolled("Âu Cơ", 2013);
        long person = personOf(student);
        long household = household("Số 11, ngõ Học Trò " + NEXT.incrementAndGet());
        login(TestArea.TEACHER);
        assertThatThrownBy(() -> households.addStudent(household, person)).isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate("households/" + household);
        assertThat(_find(TextField.class, spec -> spec.withId("household-student-name")))
                .isEmpty();

        login(TestArea.TEAM_MEMBER);
        households.addStudent(household, person);
        long other = household("Số 13, ngõ Học Trò " + NEXT.incrementAndGet());
        assertThatThrownBy(() -> households.addStudent(other, person)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT household_id FROM person WHERE id = ?", Long.class, person))
                .isEqualTo(household);
    }
}
