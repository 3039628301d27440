package vn.kynangso.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Skill;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.learning.QuestionScreen;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/** What a learner reads after a quiz and on "my progress": points said plainly, each skill once, certificates only when held. */
class ResultAndProgressTest extends KaribuTest {

    /** A course whose bank has questions with several right answers, so partial credit can happen. */
    static final String COURSE = "mua-sam-truc-tuyen";

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

    @BeforeEach
    void newLearner() {
        login(Learners.newResident(places, people, accounts));
    }

    @Test
    void partial_credit_is_said_in_points_and_a_pass_leads_to_the_certificate() {
        long attempt = passWithOneQuestionHalfRight();
        UI.getCurrent().navigate("learn/result/" + attempt);
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-score")).getText())
                .matches(
                        "Bạn được 9,[1-9] điểm trên 10 \\(10 câu, mỗi câu 1 điểm\\), tức là 9\\d%\\. Cần đạt \\d+%\\.");

        UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
        UI.getCurrent().navigate("learn/result/" + attempt);
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-score")).getText())
                .matches("Your score: 9\\.[1-9] out of 10 points \\(10 questions, 1 point each\\), that is 9\\d%\\."
                        + " \\d+% is needed\\.");

        _click(_get(Button.class, spec -> spec.withId("result-certificate")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("certificates");
        // the new certificate comes first, marked new, with its download
        Span earned = _get(Span.class, spec -> spec.withId("certificate-new"));
        Div row = (Div) earned.getParent().orElseThrow();
        assertThat(earned.getText()).isEqualTo("Your new certificate");
        assertThat(row.getElement().getTextRecursively()).contains("Shopping online safely");
        assertThat(row.getParent()
                        .orElseThrow()
                        .getChildren()
                        .filter(Div.class::isInstance)
                        .findFirst())
                .contains(row);
        assertThat(_find(row, Anchor.class)).isNotEmpty();
    }

    @Test
    void a_new_learner_sees_each_skill_once_and_no_certificate_link() {
        UI.getCurrent().navigate("progress");
        assertThat(_find(Anchor.class, spec -> spec.withId("progress-certificates")))
                .isEmpty();
        for (Skill skill : Skill.values()) {
            String row = _get(Div.class, spec -> spec.withId("progress-" + skill.name()))
                    .getElement()
                    .getTextRecursively();
            String name = context.getBean(TranslationProvider.class)
                    .getTranslation(skill.nameKey(), TranslationProvider.VIETNAMESE);
            assertThat(occurrences(row, name)).as(row).isEqualTo(1);
        }
    }

    @Test
    void a_learner_who_completed_a_course_is_offered_their_certificates() {
        Learners.passCourse(learning, catalog, COURSE);
        UI.getCurrent().navigate("progress");
        assertThat(_get(Anchor.class, spec -> spec.withId("progress-certificates"))
                        .getHref())
                .isEqualTo("certificates");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /**
     * Reads every lesson and answers every question right but one with several right answers, where
     * only one of them is ticked; a draw without such a question is handed in wrong and retaken.
     */
    private long passWithOneQuestionHalfRight() {
        CourseContent content = catalog.current(COURSE).orElseThrow().content();
        for (int tries = 0; tries < 20; tries++) {
            clock.advance(Duration.ofDays(1)); // past any wait before a retake
            for (int i = 0; i < content.lessons().size(); i++) {
                learning.lessonRead(COURSE, i);
            }
            QuestionScreen first = learning.startOrResume(COURSE);
            long attempt = first.attemptId();
            List<Question> drawn = new ArrayList<>();
            for (int p = 0; p < first.total(); p++) {
                drawn.add(questionOf(content, learning.question(attempt, p)));
            }
            boolean partial = drawn.stream().anyMatch(ResultAndProgressTest::severalRight);
            boolean halved = false;
            for (int p = 0; p < drawn.size(); p++) {
                Question question = drawn.get(p);
                QuestionScreen screen = learning.question(attempt, p);
                List<Integer> right = rightAnswer(question, screen);
                if (!partial) {
                    learning.answer(attempt, p, wrongAnswer(question, screen, right));
                } else if (!halved && severalRight(question)) {
                    learning.answer(attempt, p, right.subList(0, 1));
                    halved = true;
                } else {
                    learning.answer(attempt, p, right);
                }
            }
            learning.submit(attempt);
            if (partial) {
                return attempt;
            }
        }
        throw new AssertionError("no draw with a question of several right answers");
    }

    private static boolean severalRight(Question question) {
        return question.type() == QuestionType.MULTIPLE && question.correctCount() >= 2;
    }

    private static Question questionOf(CourseContent content, QuestionScreen screen) {
        return content.questions().stream()
                .filter(q -> q.prompt().equals(screen.prompt()))
                .findFirst()
                .orElseThrow();
    }

    private static List<Integer> rightAnswer(Question question, QuestionScreen screen) {
        List<Integer> right = new ArrayList<>();
        for (Choice choice : question.choices()) {
            if (question.type() == QuestionType.ORDER || choice.correct()) {
                right.add(shown(screen, choice));
            }
        }
        return right;
    }

    private static List<Integer> wrongAnswer(Question question, QuestionScreen screen, List<Integer> right) {
        if (question.type() == QuestionType.ORDER) {
            return right.reversed();
        }
        return question.choices().stream()
                .filter(c -> !c.correct())
                .limit(1)
                .map(c -> shown(screen, c))
                .toList();
    }

    private static int shown(QuestionScreen screen, Choice choice) {
        return screen.choices().stream()
                .filter(c -> c.text().equals(choice.text()))
                .findFirst()
                .orElseThrow()
                .shownIndex();
    }
}
