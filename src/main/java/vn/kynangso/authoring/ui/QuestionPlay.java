package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import vn.kynangso.catalog.Question;
import vn.kynangso.learning.QuestionPreview;
import vn.kynangso.learning.ui.AnswerFeedback;
import vn.kynangso.learning.ui.QuestionForm;

/**
 * A question played as a learner meets it: the quiz's own question form, answered, then the quiz's
 * own feedback; "again" shuffles anew. Nothing is stored.
 */
class QuestionPlay extends Div {

    private final Question question;
    private final Locale locale;
    private long seed;

    QuestionPlay(Question question, Locale locale) {
        this.question = question;
        this.locale = locale;
        addClassName("kns-phone-frame");
        addClassName("kns-question-play");
        ask();
    }

    private void ask() {
        removeAll();
        List<Integer> order = QuestionPreview.order(question, seed++);
        if (question.choices().isEmpty()) {
            add(new Paragraph(getTranslation("authoring.question.no-answers")));
            return;
        }
        QuestionForm form = new QuestionForm(QuestionPreview.ask(question, order), locale);
        Paragraph hint = new Paragraph();
        hint.addClassName("kns-error");
        Button answer = new Button(getTranslation("quiz.answer"));
        form.carryAnswerWith(answer); // before the listener below, which reads the answer
        answer.addClickListener(e -> {
            if (form.value().isEmpty()) {
                hint.setText(getTranslation("quiz.choose-first"));
                return;
            }
            removeAll();
            Button again = new Button(getTranslation("authoring.question.play-again"), click -> ask());
            again.setId("question-play-again");
            add(new AnswerFeedback(QuestionPreview.answer(question, order, form.value()), locale), again);
        });
        answer.setId("question-play-answer");
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        answer.addClassName("kns-wide-button");
        add(form, hint, answer);
    }
}
