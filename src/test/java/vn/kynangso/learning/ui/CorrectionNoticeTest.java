package vn.kynangso.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.catalog.AuthoredCourses;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.Lesson;
import vn.kynangso.learning.CourseProgressService;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.SystemRunner;

/** A learner moved onto a correction is told once, on the lesson or the course screen, whichever comes first. */
class CorrectionNoticeTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    CatalogService catalog;

    @Autowired
    LearningService learning;

    @Autowired
    CourseProgressService progress;

    @Autowired
    JdbcTemplate jdbc;

    private String code;

    @BeforeEach
    void aLearnerWithTwoLessonsReadAndThenACorrection() {
        CourseContent course = AuthoredCourses.copy(
                catalog.current("mua-sam-truc-tuyen").orElseThrow().content(), AuthoredCourses.newCode());
        code = course.id();
        SystemRunner.runAsSystem(() -> catalog.publishAuthored(course, false, 1L));
        login(Learners.newResident(places, people, accounts));
        learning.lessonRead(code, 0);
        learning.lessonRead(code, 1);
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        lessons.addFirst(AuthoredCourses.newLesson("00-quy-dinh-moi"));
        SystemRunner.runAsSystem(() -> catalog.publishAuthored(AuthoredCourses.withLessons(course, lessons), true, 1L));
    }

    private boolean shown(String id) {
        return !_find(Paragraph.class, spec -> spec.withId(id)).isEmpty();
    }

    @Test
    void the_next_lesson_opened_is_the_corrected_one_and_says_so_once() {
        UI.getCurrent().navigate("learn/" + code + "/lesson/1");
        assertThat(_get(H1.class, spec -> spec.withId("lesson-title")).getText())
                .isEqualTo("Quy định mới");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lesson-corrected"))
                        .getText())
                .isEqualTo("Bài học đã được cập nhật theo quy định mới; những bài bạn đã học vẫn được giữ.");

        UI.getCurrent().navigate("learn/" + code);
        assertThat(shown("course-corrected")).isFalse();
        UI.getCurrent().navigate("learn/" + code + "/lesson/2");
        assertThat(shown("lesson-corrected")).isFalse();
    }

    @Test
    void moved_by_starting_elsewhere_the_course_screen_says_so_once() {
        UI.getCurrent().navigate("learn/" + code);
        assertThat(shown("course-corrected")).isFalse(); // not moved by looking at the course

        progress.openingLesson(code);
        UI.getCurrent().navigate("learn/" + code);
        assertThat(shown("course-corrected")).isTrue();
        UI.getCurrent().navigate("learn");
        UI.getCurrent().navigate("learn/" + code);
        assertThat(shown("course-corrected")).isFalse();
    }

    @AfterEach
    void withdrawTheAppsCourses() {
        jdbc.update(
                "UPDATE course_version SET withdrawn_at = CURRENT_TIMESTAMP(6) WHERE course_code LIKE ?"
                        + " AND withdrawn_at IS NULL",
                AuthoredCourses.PREFIX + "%");
    }
}
