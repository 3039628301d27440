package vn.kynangso.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.kynangso.KaribuTest;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Skill;
import vn.kynangso.learning.CourseCompleted;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningException;
import vn.kynangso.learning.LearningService;
import vn.kynangso.learning.SkillProficiencyGained;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/** A resident's whole way through a skill course, on the phone screens, as they would tap it. */
@RecordApplicationEvents
class LearningJourneyTest extends KaribuTest {

    static final String COURSE = "tu-bao-ve-tren-khong-gian-mang";

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
    ApplicationEvents events;

    private QuizDriver quiz;
    private int lessons;

    @BeforeEach
    void newLearner() {
        login(Learners.newResident(places, people, accounts));
        var course = catalog.current(COURSE).orElseThrow().content();
        quiz = new QuizDriver(course);
        lessons = course.lessons().size();
    }

    private String path() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }

    private void readLessonsFromTheFirst() {
        for (int n = 1; n <= lessons; n++) {
            assertThat(path()).isEqualTo("learn/" + COURSE + "/lesson/" + n);
            assertThat(_get(Span.class, spec -> spec.withId("lesson-position")).getText())
                    .isEqualTo("Bài " + n + "/" + lessons);
            _click(_get(Button.class, spec -> spec.withId("lesson-next")));
        }
        assertThat(path()).isEqualTo("learn/" + COURSE);
    }

    @Test
    void a_quiz_opened_before_the_lessons_are_read_says_why_on_the_course_page() {
        UI.getCurrent().navigate("learn/" + COURSE + "/quiz");
        assertThat(path()).isEqualTo("learn/" + COURSE);
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-why")).getText())
                .isEqualTo(context.getBean(TranslationProvider.class)
                        .getTranslation(
                                LearningException.Reason.QUIZ_CLOSED.translationKey(), TranslationProvider.VIETNAMESE));
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-gate")).getText())
                .as("and what opens it")
                .isNotBlank();
    }

    @Test
    void reads_fails_reviews_retakes_passes_and_becomes_proficient() {
        UI.getCurrent().navigate("learn");
        _click(_get(Button.class, spec -> spec.withId("open-" + COURSE)));
        Button start = _get(Button.class, spec -> spec.withId("course-action"));
        assertThat(start.getText()).isEqualTo("Bắt đầu học");
        _click(start);
        readLessonsFromTheFirst();

        Button takeQuiz = _get(Button.class, spec -> spec.withId("course-action"));
        assertThat(takeQuiz.getText()).isEqualTo("Làm bài kiểm tra");
        _click(takeQuiz);
        assertThat(_get(Span.class, spec -> spec.withId("quiz-position")).getText())
                .isEqualTo("Câu 1/10");
        quiz.answerAll(false);

        assertThat(path()).startsWith("learn/result/");
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-verdict")).getText())
                .isEqualTo("Bạn chưa đạt lần này.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-score")).getText())
                .isEqualTo("Bạn được 0 điểm trên 10 (10 câu, mỗi câu 1 điểm), tức là 0%. Cần đạt 80%.");
        assertThat(_find(Button.class, spec -> spec.withId("result-certificate")))
                .as("no certificate after a fail")
                .isEmpty();
        assertThat(_find(AnswerFeedback.class)).hasSize(10); // every mistake explained
        Button review = _get(Button.class, spec -> spec.withId("result-next"));
        assertThat(review.getText()).isEqualTo("Đọc lại bài học"); // this course asks for a review first
        assertThat(learning.myProgress()
                        .skills()
                        .get(Skill.CYBER_SAFETY.ordinal())
                        .proficientSince())
                .isNull();

        _click(review);
        readLessonsFromTheFirst();
        _click(_get(Button.class, spec -> spec.withId("course-action")));
        quiz.answerAll(true);

        assertThat(_get(Paragraph.class, spec -> spec.withId("result-verdict")).getText())
                .isEqualTo("Chúc mừng! Bạn đã đạt.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-score")).getText())
                .isEqualTo("Bạn được 10 điểm trên 10 (10 câu, mỗi câu 1 điểm), tức là 100%. Cần đạt 80%.");
        assertThat(learning.myProgress()
                        .skills()
                        .get(Skill.CYBER_SAFETY.ordinal())
                        .proficientSince())
                .isNotNull();
        assertThat(events.stream(SkillProficiencyGained.class))
                .singleElement()
                .extracting(SkillProficiencyGained::skill)
                .isEqualTo(Skill.CYBER_SAFETY);
        assertThat(events.stream(CourseCompleted.class))
                .singleElement()
                .extracting(CourseCompleted::courseCode)
                .isEqualTo(COURSE);

        _click(_get(Button.class, spec -> spec.withId("result-certificate")));
        assertThat(path()).isEqualTo("certificates");

        UI.getCurrent().navigate("progress");
        assertThat(_get(Paragraph.class, spec -> spec.withId("progress-summary"))
                        .getText())
                .isEqualTo("Bạn đã thành thạo 1/5 kỹ năng số cơ bản.");
        UI.getCurrent().navigate("learn/" + COURSE);
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-completed"))
                        .getText())
                .startsWith("Bạn đã hoàn thành khoá học này ngày");
    }

    @Test
    void the_quiz_stays_closed_until_every_lesson_is_read() {
        UI.getCurrent().navigate("learn/" + COURSE + "/quiz");
        assertThat(path()).isEqualTo("learn/" + COURSE);
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-gate")).getText())
                .isEqualTo("Đọc hết các bài học để mở bài kiểm tra (còn " + lessons + " bài).");
    }

    @Test
    void a_lesson_shows_its_title_and_offers_reading_aloud() {
        UI.getCurrent().navigate("learn/" + COURSE + "/lesson/1");
        assertThat(_get(H1.class, spec -> spec.withId("lesson-title")).getText())
                .isEqualTo(catalog.current(COURSE)
                        .orElseThrow()
                        .content()
                        .lessons()
                        .getFirst()
                        .title()
                        .vi());
        assertThat(_get(Button.class, spec -> spec.withId("lesson-listen")).getText())
                .isEqualTo("Nghe đọc bài");
        assertThat(_find(Button.class, spec -> spec.withId("lesson-previous"))).isEmpty();
    }
}
