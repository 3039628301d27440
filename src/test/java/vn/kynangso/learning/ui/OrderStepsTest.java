package vn.kynangso.learning.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.kynangso.KaribuTest;
import vn.kynangso.catalog.CatalogService;
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
 * The steps of an ordering question move in the browser, and the order comes back once, with the
 * answer's click. Karibu runs no JavaScript, so the browser's part is played by the click's event
 * data, as the browser would send it.
 */
class OrderStepsTest extends KaribuTest {

    /** A course with several ordering questions in its bank of 21, 10 drawn per attempt. */
    static final String COURSE = "dich-vu-cong-truc-tuyen";

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

    @Test
    void the_order_sent_with_the_answer_click_is_the_one_graded_and_kept() {
        Question question = atAnOrderingQuestion();
        OrderSteps steps = _get(OrderSteps.class, spec -> spec.withId("quiz-order"));
        List<Integer> shownOrder = steps.value();
        List<Integer> rightOrder = rightOrder(question, steps.steps());
        assertThat(rightOrder).as("shown never in the right order").isNotEqualTo(shownOrder);

        Button answer = _get(Button.class, spec -> spec.withId("quiz-answer"));
        _fireDomEvent(
                answer,
                "click",
                clickWith(JSON.arrayNode()
                        .addAll(rightOrder.stream().map(JSON::numberNode).toList())));

        assertThat(_get(Paragraph.class, spec -> spec.withId("quiz-verdict")).getText())
                .isEqualTo(getTranslationOf("quiz.right"));
        long attempt = learning.progress(COURSE).openAttemptId();
        int position = positionOf(attempt, question);
        var saved = (QuestionScreen.Answered) learning.question(attempt, position);
        assertThat(saved.given()).isEqualTo(rightOrder);
        assertThat(saved.fullyRight()).isTrue();
    }

    @Test
    void without_an_order_from_the_browser_the_server_order_is_graded() {
        Question question = atAnOrderingQuestion();
        OrderSteps steps = _get(OrderSteps.class, spec -> spec.withId("quiz-order"));
        List<Integer> shownOrder = steps.value();

        _fireDomEvent(_get(Button.class, spec -> spec.withId("quiz-answer")), "click", JSON.objectNode());

        long attempt = learning.progress(COURSE).openAttemptId();
        var saved = (QuestionScreen.Answered) learning.question(attempt, positionOf(attempt, question));
        assertThat(saved.given()).isEqualTo(shownOrder);
        assertThat(_get(Paragraph.class, spec -> spec.withId("quiz-verdict")).getText())
                .isNotEqualTo(getTranslationOf("quiz.right"));
    }

    @Test
    void an_order_that_is_not_a_reordering_of_the_shown_steps_is_ignored() {
        login(Learners.newResident(places, people, accounts));
        Question question = anOrderingQuestion();
        List<Integer> order = QuestionPreview.order(question, 7);
        QuestionForm form = new QuestionForm(QuestionPreview.ask(question, order), Locale.of("vi"));
        Button answer = new Button("answer");
        form.carryAnswerWith(answer);
        List<List<Integer>> received = new ArrayList<>();
        answer.addClickListener(e -> received.add(form.value()));
        UI.getCurrent().add(form, answer);
        List<Integer> shown = form.value();
        int n = shown.size();

        List<JsonNode> broken = List.of(
                JSON.nullNode(),
                JSON.booleanNode(false), // the browser had no steps to read
                JSON.textNode("[0,1,2]"),
                JSON.objectNode().put("0", 1),
                ints(IntStream.range(0, n - 1).toArray()), // one step short
                ints(IntStream.range(0, n + 1).toArray()), // one too many
                ints(IntStream.concat(IntStream.of(0), IntStream.range(0, n - 1))
                        .toArray()), // a step twice
                ints(IntStream.range(1, n + 1).toArray()), // a step never shown
                ints(IntStream.range(0, n).map(i -> -i).toArray()),
                JSON.arrayNode().add(0.5).addAll(ints(IntStream.range(1, n).toArray())),
                JSON.arrayNode().add("0").addAll(ints(IntStream.range(1, n).toArray())),
                JSON.arrayNode()
                        .add(4_000_000_000L)
                        .addAll(ints(IntStream.range(1, n).toArray())));
        for (JsonNode value : broken) {
            _fireDomEvent(answer, "click", clickWith(value));
        }
        _fireDomEvent(answer, "click", JSON.objectNode()); // an old page, or no script
        assertThat(received)
                .hasSize(broken.size() + 1)
                .allSatisfy(value -> assertThat(value).isEqualTo(shown));

        List<Integer> reversed = shown.reversed();
        _fireDomEvent(
                answer,
                "click",
                clickWith(ints(reversed.stream().mapToInt(i -> i).toArray())));
        assertThat(received.getLast()).as("a real reordering is taken").isEqualTo(reversed);
        assertThat(form.value()).isEqualTo(reversed);
    }

    @Test
    void the_up_and_down_taps_are_not_heard_by_the_server() {
        atAnOrderingQuestion();
        OrderSteps steps = _get(OrderSteps.class, spec -> spec.withId("quiz-order"));

        assertThat(steps.getChildren())
                .as("no rows, buttons or listeners on the server")
                .isEmpty();
        assertThat(_find(steps, Button.class)).isEmpty();
        assertThat(steps.getElement().getChildCount()).isZero();
        assertThat(steps.getElement().getNode().getFeatureIfInitialized(ElementListenerMap.class))
                .as("no DOM listener on the steps")
                .isEmpty();
    }

    @Test
    void the_browser_gets_the_steps_once_in_the_shown_order_with_their_labels_and_nothing_more() {
        login(Learners.newResident(places, people, accounts));
        Question question = anOrderingQuestion();
        QuestionForm form =
                new QuestionForm(QuestionPreview.ask(question, QuestionPreview.order(question, 3)), Locale.of("vi"));
        UI.getCurrent().add(form);
        // not found with Karibu's lookups: those play a round trip, which takes what is queued for the browser
        OrderSteps steps = form.getChildren()
                .filter(OrderSteps.class::isInstance)
                .map(OrderSteps.class::cast)
                .findFirst()
                .orElseThrow();

        List<PendingJavaScriptInvocation> sent = sentToBrowser().stream()
                .filter(js -> js.getOwner() == steps.getElement().getNode())
                .toList();

        assertThat(sent).hasSize(1);
        List<Object> parameters = sent.getFirst().getInvocation().getParameters();
        JsonNode rows = (JsonNode) parameters.get(0);
        assertThat(rows.valueStream().map(row -> row.get("t").asString()).toList())
                .isEqualTo(steps.steps().stream().map(s -> s.text().vi()).toList());
        assertThat(rows.valueStream().map(row -> row.get("i").asInt()).toList()).isEqualTo(steps.value());
        JsonNode say = (JsonNode) parameters.get(1);
        int n = steps.value().size();
        assertThat(say.get("up").get(1).asString()).isEqualTo(getTranslationOf("quiz.order.up", 2));
        assertThat(say.get("down").get(0).asString()).isEqualTo(getTranslationOf("quiz.order.down", 1));
        assertThat(say.get("moved").get(n - 1).asString()).isEqualTo(getTranslationOf("quiz.order.moved", n, n));
        assertThat(say.get("up")).hasSize(n);
        String all = parameters.toString();
        question.choices()
                .forEach(step -> assertThat(all).doesNotContain(step.feedback().vi()));
    }

    @Test
    void a_move_on_the_server_is_sent_to_the_browser() {
        login(Learners.newResident(places, people, accounts));
        Question question = anOrderingQuestion();
        UI.getCurrent()
                .add(new QuestionForm(
                        QuestionPreview.ask(question, QuestionPreview.order(question, 5)), Locale.of("vi")));
        OrderSteps steps = _get(OrderSteps.class, spec -> spec.withId("quiz-order"));
        sentToBrowser();
        List<Integer> before = steps.value();

        steps.move(0, 1);
        steps.move(0, -1); // out of range: nothing moves, nothing is sent

        List<Integer> after = steps.value();
        assertThat(after.subList(0, 2)).containsExactly(before.get(1), before.get(0));
        List<PendingJavaScriptInvocation> sent = sentToBrowser().stream()
                .filter(js -> js.getOwner() == steps.getElement().getNode())
                .toList();
        assertThat(sent).hasSize(1);
        JsonNode rows =
                (JsonNode) sent.getFirst().getInvocation().getParameters().get(0);
        assertThat(rows.valueStream().map(row -> row.get("i").asInt()).toList()).isEqualTo(after);
    }

    // --- helpers ---

    /** What would go to the browser in the next response (and is then gone from the queue). */
    private static List<PendingJavaScriptInvocation> sentToBrowser() {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations();
    }

    /** Signs in new learners until an attempt draws an ordering question, and answers up to it. */
    private Question atAnOrderingQuestion() {
        CourseContent course = catalog.current(COURSE).orElseThrow().content();
        QuizDriver quiz = new QuizDriver(course);
        for (int tries = 0; tries < 20; tries++) {
            if (tries > 0) {
                newSession();
            }
            login(Learners.newResident(places, people, accounts));
            IntStream.range(0, course.lessons().size()).forEach(i -> learning.lessonRead(COURSE, i));
            UI.getCurrent().navigate("learn/" + COURSE + "/quiz");
            long attempt = learning.progress(COURSE).openAttemptId();
            int total = learning.question(attempt, 0).total();
            boolean drawn = IntStream.range(0, total)
                    .anyMatch(i -> learning.question(attempt, i).type() == QuestionType.ORDER);
            if (!drawn) {
                continue;
            }
            while (quiz.current().type() != QuestionType.ORDER) {
                quiz.answer(false);
                quiz.next();
            }
            return quiz.current();
        }
        throw new AssertionError("20 attempts without an ordering question");
    }

    private Question anOrderingQuestion() {
        return catalog.current(COURSE).orElseThrow().content().questions().stream()
                .filter(q -> q.type() == QuestionType.ORDER)
                .findFirst()
                .orElseThrow();
    }

    private int positionOf(long attempt, Question question) {
        int total = learning.question(attempt, 0).total();
        return IntStream.range(0, total)
                .filter(i -> learning.question(attempt, i).prompt().equals(question.prompt()))
                .findFirst()
                .orElseThrow();
    }

    /** The shown indices in the right order: the course lists the steps in it. */
    private static List<Integer> rightOrder(Question question, List<ShownChoice> shown) {
        return question.choices().stream()
                .map(step -> shown.stream()
                        .filter(s -> s.text().equals(step.text()))
                        .findFirst()
                        .orElseThrow()
                        .shownIndex())
                .toList();
    }

    /** A click's event data as the browser sends it, carrying {@code order}. */
    private static ObjectNode clickWith(JsonNode order) {
        ObjectNode data = JSON.objectNode();
        data.set(OrderSteps.ORDER_IN_BROWSER, order);
        return data;
    }

    private static ArrayNode ints(int[] values) {
        var array = JSON.arrayNode();
        for (int v : values) {
            array.add(v);
        }
        return array;
    }

    private static String getTranslationOf(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
