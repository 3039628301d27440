package vn.kynangso.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.learning.QuestionScreen;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

class QuizResumeAndSecrecyTest extends KaribuTest {

    static final String COURSE = "thanh-toan-truc-tuyen";

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

    private String phone;
    private QuizDriver quiz;

    @BeforeEach
    void learnerWhoReadEveryLesson() {
        phone = Learners.newResident(places, people, accounts);
        login(phone);
        var course = catalog.current(COURSE).orElseThrow().content();
        IntStream.range(0, course.lessons().size()).forEach(i -> learning.lessonRead(COURSE, i));
        quiz = new QuizDriver(course);
    }

    @Test
    void an_attempt_resumes_in_a_new_session_at_the_same_question_with_answers_kept() {
        UI.getCurrent().navigate("learn/" + COURSE + "/quiz");
        List<String> answeredPrompts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answeredPrompts.add(quiz.current().code());
            quiz.answer(i != 1); // right, wrong, right
            quiz.next();
        }
        String fourth = quiz.current().code();

        newSession(); // the browser is gone: a new session, signed in again
        login(phone);
        UI.getCurrent().navigate("learn/" + COURSE + "/quiz");

        assertThat(_get(Span.class, spec -> spec.withId("quiz-position")).getText())
                .isEqualTo("Câu 4/10");
        assertThat(quiz.current().code()).isEqualTo(fourth);
        long attempt = learning.progress(COURSE).openAttemptId();
        for (int i = 0; i < 3; i++) {
            QuestionScreen earlier = learning.question(attempt, i);
            assertThat(earlier).isInstanceOf(QuestionScreen.Answered.class);
            assertThat(((QuestionScreen.Answered) earlier).fullyRight()).isEqualTo(i != 1);
        }
    }

    @Test
    void nothing_about_right_answers_reaches_the_browser_before_the_question_is_answered() {
        UI.getCurrent().navigate("learn/" + COURSE + "/quiz");
        for (int i = 0; i < 10; i++) {
            Question question = quiz.current();
            String sent = everythingSent(screen());
            assertThat(sent)
                    .as("the walk sees the question")
                    .contains(question.prompt().vi());
            for (Choice choice : question.choices()) {
                assertThat(sent)
                        .as("feedback of %s", question.code())
                        .doesNotContain(choice.feedback().vi())
                        .doesNotContain(choice.feedback().en());
            }
            assertThat(sent.toLowerCase()).doesNotContain("correct").doesNotContain("\"right\"");
            if (question.type() == QuestionType.ORDER) {
                List<String> shown = _get(OrderSteps.class, spec -> spec.withId("quiz-order")).steps().stream()
                        .map(s -> s.text().vi())
                        .toList();
                assertThat(shown)
                        .isNotEqualTo(question.choices().stream()
                                .map(c -> c.text().vi())
                                .toList());
            }
            quiz.answer(true);
            assertThat(everythingSent(screen()))
                    .as("after answering, the feedback is shown")
                    .contains(question.choices().stream()
                            .filter(Choice::correct)
                            .findFirst()
                            .orElseThrow()
                            .feedback()
                            .vi());
            quiz.next();
        }
    }

    /** The whole page: the outermost layout of the active route, with everything inside it. */
    private static Element screen() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.getLast().getElement();
    }

    /** Every text, attribute and property of the element tree: what the browser can receive. */
    private static String everythingSent(Element element) {
        StringBuilder out = new StringBuilder(element.getText()).append('\n');
        element.getAttributeNames()
                .forEach(a -> out.append(a)
                        .append('=')
                        .append(element.getAttribute(a))
                        .append('\n'));
        element.getPropertyNames()
                .forEach(p -> out.append(p)
                        .append('=')
                        .append(element.getPropertyRaw(p))
                        .append('\n'));
        element.getChildren().forEach(child -> out.append(everythingSent(child)));
        return out.toString();
    }
}
