package vn.kynangso.learning.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.kynangso.KaribuTest;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.learning.QuestionPreview;
import vn.kynangso.learning.QuestionScreen;
import vn.kynangso.learning.QuestionScreen.ShownChoice;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/**
 * A question costs one trip to the server: ticking choices stays in the browser and travels with
 * "Answer", and the reply carries the next question, which "Next question" shows without asking
 * the server. Karibu runs no JavaScript, so the browser's part is played by the click's event data.
 */
class QuizOneTripTest extends KaribuTest {

    private static final String COURSE = "tu-bao-ve-tren-khong-gian-mang";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

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

    private CourseContent course;
    private QuizDriver quiz;

    @BeforeEach
    void atTheQuiz() {
        login(Learners.newResident(places, people, accounts));
        course = catalog.current(COURSE).orElseThrow().content();
        quiz = new QuizDriver(course);
        IntStream.range(0, course.lessons().size()).forEach(i -> learning.lessonRead(COURSE, i));
        UI.getCurrent().navigate("learn/" + COURSE + "/quiz");
    }

    @Test
    void ticking_a_choice_is_not_heard_by_the_server_and_the_ticks_come_with_the_answer_click() {
        Question question = atAChoiceQuestion();
        Component group = choices();
        assertThat(group.getElement()
                        .getNode()
                        .getFeatureIfInitialized(ElementListenerMap.class)
                        .map(listeners -> listeners.getPropertySynchronizationMode("value")))
                .as("the choice is not synchronised on its own")
                .isEmpty();
        int position = position();
        List<ShownChoice> shown = learning.question(attempt(), position).choices();
        List<Integer> right = IntStream.range(0, shown.size())
                .filter(i -> rightTexts(question).contains(shown.get(i).text().vi()))
                .boxed()
                .toList();

        _fireDomEvent(_get(Button.class, spec -> spec.withId("quiz-answer")), "click", clickWith(ints(right)));

        assertThat(_get(Paragraph.class, spec -> spec.withId("quiz-verdict")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("quiz.right"));
        var saved = (QuestionScreen.Answered) learning.question(attempt(), position);
        assertThat(saved.given())
                .isEqualTo(right.stream().map(i -> shown.get(i).shownIndex()).toList());
    }

    @Test
    void ticks_that_are_not_among_the_shown_choices_are_ignored() {
        Question single = course.questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE)
                .findFirst()
                .orElseThrow();
        QuestionForm form =
                new QuestionForm(QuestionPreview.ask(single, QuestionPreview.order(single, 3)), Locale.of("vi"));
        Button answer = new Button("answer");
        form.carryAnswerWith(answer);
        List<List<Integer>> received = new ArrayList<>();
        answer.addClickListener(e -> received.add(form.value()));
        UI.getCurrent().add(form, answer);
        int n = single.choices().size();

        List<JsonNode> broken = List.of(
                JSON.nullNode(),
                JSON.textNode("[0]"),
                JSON.objectNode().put("0", 1),
                ints(List.of(0, 1)), // two ticks on a one-answer question
                ints(List.of(n)), // not shown
                ints(List.of(-1)),
                JSON.arrayNode().add(0.5),
                JSON.arrayNode().add("0"));
        for (JsonNode value : broken) {
            _fireDomEvent(answer, "click", clickWith(value));
        }
        _fireDomEvent(answer, "click", JSON.objectNode()); // an old page, or no script
        assertThat(received)
                .hasSize(broken.size() + 1)
                .allSatisfy(value -> assertThat(value).isEmpty());

        _fireDomEvent(answer, "click", clickWith(ints(List.of(n - 1))));
        assertThat(received.getLast()).as("a shown choice is taken").hasSize(1);
        _fireDomEvent(answer, "click", clickWith(ints(List.of())));
        assertThat(received.getLast())
                .as("untick in the browser: nothing chosen")
                .isEmpty();
    }

    @Test
    void the_reply_to_an_answer_carries_the_next_question_and_next_needs_no_server() {
        String first = quiz.current().code();
        quiz.answer(true);

        Component next = _get(Component.class, spec -> spec.withId("quiz-next"));
        assertThat(next).as("not a Vaadin Button: that would report the click").isNotInstanceOf(Button.class);
        H2 ahead = _get(H2.class, spec -> spec.withId("quiz-prompt"));
        assertThat(ahead.getText()).isNotEqualTo(promptOf(first));
        Component aheadScreen = screenOf(ahead);
        assertThat(aheadScreen.getElement().getStyle().get("display"))
                .as("sent out of sight")
                .isEqualTo("none");
        assertThat(_get(Span.class, spec -> spec.withId("quiz-position")).getText())
                .as("the shown screen's line; the one ahead has its own")
                .isEqualTo("Câu 1/10");
        assertThat(_find(aheadScreen, Span.class).stream().map(Span::getText)).contains("Câu 2/10");

        _fireDomEvent(next, "click"); // the browser's work: nothing changes on the server
        assertThat(aheadScreen.getElement().getStyle().get("display")).isEqualTo("none");
        assertThat(_find(Paragraph.class, spec -> spec.withId("quiz-verdict"))).hasSize(1);
        quiz.answer(false);

        assertThat(learning.question(attempt(), 1)).isInstanceOf(QuestionScreen.Answered.class);
        assertThat(_get(Span.class, spec -> spec.withId("quiz-position")).getText())
                .isEqualTo("Câu 2/10");
    }

    @Test
    void when_the_next_question_was_answered_elsewhere_next_asks_the_server() {
        long attempt = attempt();
        QuestionScreen second = learning.question(attempt, 1);
        List<Integer> valid = second.type() == QuestionType.ORDER
                ? second.choices().stream().map(ShownChoice::shownIndex).toList() // the steps as shown
                : List.of(0);
        learning.answer(attempt, 1, valid); // another tab answered the second question
        quiz.answer(true);

        Button next = _get(Button.class, spec -> spec.withId("quiz-next"));
        assertThat(_find(H2.class, spec -> spec.withId("quiz-prompt")))
                .as("nothing sent ahead")
                .isEmpty();
        _click(next);

        assertThat(_get(Span.class, spec -> spec.withId("quiz-position")).getText())
                .isEqualTo("Câu 2/10");
        assertThat(_get(Paragraph.class, spec -> spec.withId("quiz-verdict"))).isNotNull();
        _click(_get(Button.class, spec -> spec.withId("quiz-next")));
        assertThat(_get(Span.class, spec -> spec.withId("quiz-position")).getText())
                .isEqualTo("Câu 3/10");
    }

    // --- helpers ---

    private Question atAChoiceQuestion() {
        while (quiz.current().type() == QuestionType.ORDER) {
            quiz.answer(false);
            quiz.next();
        }
        return quiz.current();
    }

    private Component choices() {
        return _get(ChoiceGroup.class, spec -> spec.withId("quiz-choices"));
    }

    private long attempt() {
        return learning.progress(COURSE).openAttemptId();
    }

    /** The position in the attempt of the question to answer now (shown, or sent ahead). */
    private int position() {
        String prompt = quiz.current().prompt().vi();
        long attempt = attempt();
        return IntStream.range(0, 10)
                .filter(i -> learning.question(attempt, i).prompt().vi().equals(prompt))
                .findFirst()
                .orElseThrow();
    }

    private static Component screenOf(Component inside) {
        Component at = inside;
        while (!at.getClassNames().contains("kns-quiz-screen")) {
            at = at.getParent().orElseThrow();
        }
        return at;
    }

    private String promptOf(String code) {
        return course.question(code).orElseThrow().prompt().vi();
    }

    private static Set<String> rightTexts(Question question) {
        return question.choices().stream()
                .filter(Choice::correct)
                .map(c -> c.text().vi())
                .collect(Collectors.toSet());
    }

    private static ObjectNode clickWith(JsonNode ticked) {
        ObjectNode data = JSON.objectNode();
        data.set(QuestionForm.CHECKED_IN_BROWSER, ticked);
        return data;
    }

    private static JsonNode ints(List<Integer> values) {
        var array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
