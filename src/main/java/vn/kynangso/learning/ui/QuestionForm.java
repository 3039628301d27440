package vn.kynangso.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.learning.QuestionScreen.ShownChoice;
import vn.kynangso.learning.QuestionScreen.Unanswered;

/**
 * An unanswered question: prompt, a hint on how to answer, and big answer targets. It is built
 * from {@link Unanswered} only, which holds no correctness or feedback.
 *
 * <p>Choosing is left to the browser: a tap on a choice sends nothing, and the choices ticked (or
 * the steps' order) travel with the click on the button given to {@link #carryAnswerWith}, so a
 * question costs one request, not one more per tap.
 */
public class QuestionForm extends Div {

    /** Event data of the answer click: the shown positions of the ticked choices, in the browser. */
    public static final String CHECKED_IN_BROWSER = "element.$knsChecked&&element.$knsChecked()";

    private final Unanswered question;
    private ChoiceGroup choices;
    private OrderSteps order;

    public QuestionForm(Unanswered question, Locale locale) {
        this.question = question;
        setId("quiz-question");
        H2 prompt = new H2(question.prompt().in(locale));
        prompt.setId("quiz-prompt");
        prompt.getElement().setAttribute("tabindex", "-1"); // focus lands here when the question comes into view
        Paragraph hint = new Paragraph(getTranslation(
                locale,
                switch (question.type()) {
                    case SINGLE -> "quiz.single.hint";
                    case MULTIPLE -> "quiz.multiple.hint";
                    case TRUE_FALSE -> "quiz.true-false.hint";
                    case ORDER -> "quiz.order.hint";
                }));
        hint.addClassName("kns-muted");
        add(prompt, hint);
        switch (question.type()) {
            case SINGLE, TRUE_FALSE, MULTIPLE -> {
                choices = new ChoiceGroup(question.choices(), question.type() == QuestionType.MULTIPLE, locale);
                choices.setId("quiz-choices");
                add(choices);
            }
            case ORDER -> {
                order = new OrderSteps(question.choices(), locale);
                add(order);
            }
        }
    }

    /**
     * Makes clicks on {@code submit} bring what only the browser holds (the order of steps, moved
     * there without a trip to the server), taken in before the click's own listeners run: call this
     * before adding them.
     */
    public void carryAnswerWith(Component submit) {
        if (order != null) {
            order.carryWith(submit);
            return;
        }
        submit.getElement()
                .addEventListener(
                        "click", e -> takeBrowserChoice(e.getEventData().get(CHECKED_IN_BROWSER)))
                .addEventData(CHECKED_IN_BROWSER);
        submit.getElement()
                .executeJs(
                        "this.$knsChecked = () => Array.from($0.children)"
                                + ".filter(c => c.localName === 'vaadin-radio-button' || c.localName === 'vaadin-checkbox')"
                                + ".flatMap((c, i) => c.checked ? [i] : [])",
                        choices.getElement());
    }

    /**
     * Takes the choices the browser says are ticked, as positions among those shown; anything else
     * (no value, a tampered or broken one) leaves the server's value as it was.
     */
    void takeBrowserChoice(@Nullable JsonNode given) {
        if (given == null || !given.isArray()) {
            return;
        }
        List<ShownChoice> shown = question.choices();
        Set<ShownChoice> ticked = new LinkedHashSet<>();
        for (JsonNode index : given) {
            if (!index.isIntegralNumber()
                    || !index.canConvertToInt()
                    || index.intValue() < 0
                    || index.intValue() >= shown.size()) {
                return;
            }
            ticked.add(shown.get(index.intValue()));
        }
        choices.tick(ticked);
    }

    /** What the learner gave, as shown indices; empty when nothing is chosen yet. */
    public List<Integer> value() {
        return switch (question.type()) {
            case SINGLE, TRUE_FALSE, MULTIPLE ->
                choices.ticked().stream()
                        .map(ShownChoice::shownIndex)
                        .sorted(Comparator.naturalOrder())
                        .toList();
            case ORDER -> order.value();
        };
    }
}
