package vn.kynangso.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.kynangso.learning.QuestionScreen.ShownChoice;
import vn.kynangso.learning.QuestionScreen.Unanswered;

/**
 * An unanswered question: prompt, a hint on how to answer, and big answer targets. It is built
 * from {@link Unanswered} only, which holds no correctness or feedback.
 */
public class QuestionForm extends Div {

    private final Unanswered question;
    private RadioButtonGroup<ShownChoice> single;
    private CheckboxGroup<ShownChoice> multiple;
    private OrderSteps order;

    public QuestionForm(Unanswered question, Locale locale) {
        this.question = question;
        setId("quiz-question");
        H2 prompt = new H2(question.prompt().in(locale));
        prompt.setId("quiz-prompt");
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
            case SINGLE, TRUE_FALSE -> {
                single = new RadioButtonGroup<>();
                single.setId("quiz-choices");
                single.setItems(question.choices());
                single.setItemLabelGenerator(c -> c.text().in(locale));
                single.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                single.addClassName("kns-choices");
                add(single);
            }
            case MULTIPLE -> {
                multiple = new CheckboxGroup<>();
                multiple.setId("quiz-choices");
                multiple.setItems(question.choices());
                multiple.setItemLabelGenerator(c -> c.text().in(locale));
                multiple.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                multiple.addClassName("kns-choices");
                add(multiple);
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
        }
    }

    /** What the learner gave, as shown indices; empty when nothing is chosen yet. */
    public List<Integer> value() {
        return switch (question.type()) {
            case SINGLE, TRUE_FALSE ->
                single.getValue() == null
                        ? List.of()
                        : List.of(single.getValue().shownIndex());
            case MULTIPLE ->
                multiple.getValue().stream()
                        .map(ShownChoice::shownIndex)
                        .sorted(Comparator.naturalOrder())
                        .toList();
            case ORDER -> order.value();
        };
    }
}
