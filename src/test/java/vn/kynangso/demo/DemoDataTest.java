package vn.kynangso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.classes.ClassCourses;
import vn.kynangso.classes.ClassJoining;
import vn.kynangso.classes.ClassJoining.ClassStudent;
import vn.kynangso.classes.ClassService;
import vn.kynangso.classes.SchoolClass;
import vn.kynangso.security.Roles;

class DemoDataTest extends KaribuTest {

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClassService classes;

    @Autowired
    ClassJoining joining;

    @Autowired
    ClassCourses courses;

    @Test
    void the_demo_teacher_has_a_class_in_tien_du_with_the_demo_student_and_a_course_due_ahead() {
        login("giaovien");
        SchoolClass demo = classes.visible().getFirst();
        assertThat(demo.communeName()).isEqualTo("Xã Tiên Du");
        assertThat(demo.codeOpen()).isTrue();
        assertThat(joining.students(demo.id())).extracting(ClassStudent::name).containsExactly("Trần Minh Khôi");
        assertThat(courses.assignments(demo.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.dueDate()).isAfter(clock.today()));
    }

    @Test
    void there_is_one_demo_sign_in_for_every_role() {
        for (String role : Roles.ASSIGNABLE) {
            assertThat(jdbc.queryForObject("select count(*) from account_role where role = ?", Integer.class, role))
                    .as(role)
                    .isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void the_officials_courses_are_due_in_the_year_the_demo_starts_and_not_yet_overdue() {
        LocalDate today = clock.today();
        var assignments = jdbc.query(
                "select a.year, a.deadline from course_assignment a join place p on p.id = a.commune_id"
                        + " where p.name = 'Xã Tiên Du'",
                (rs, n) -> Map.entry(rs.getInt(1), rs.getDate(2).toLocalDate()));
        assertThat(assignments).hasSizeGreaterThanOrEqualTo(2);
        assertThat(assignments).allSatisfy(a -> {
            assertThat(a.getKey()).isEqualTo(today.getYear());
            assertThat(a.getValue()).isBetween(today, LocalDate.of(today.getYear(), 12, 31));
        });
    }

    @Test
    void vietnamese_names_are_stored_exactly_as_written() {
        assertThat(jdbc.queryForObject("select full_name from person where phone = '0912345678'", String.class))
                .isEqualTo("Nguyễn Thị Thu Hương");
    }

    @Test
    void loading_again_changes_nothing() throws Exception {
        Integer places = jdbc.queryForObject("select count(*) from place", Integer.class);
        Integer households = jdbc.queryForObject("select count(*) from household", Integer.class);
        demoData.run(null);
        assertThat(jdbc.queryForObject("select count(*) from place", Integer.class))
                .isEqualTo(places);
        assertThat(jdbc.queryForObject("select count(*) from household", Integer.class))
                .isEqualTo(households);
    }
}
