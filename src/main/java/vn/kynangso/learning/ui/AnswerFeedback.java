package vn.kynangso.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.learning.QuestionScreen.Answered;
import vn.kynangso.learning.QuestionScreen.ChoiceFeedback;

/** An answered question explained: right or not, and the feedback for each answer or step. */
public class AnswerFeedback extends Div {

    public AnswerFeedback(Answered answered, Locale locale) {
        addClassName("kns-feedback");
        H2 prompt = new H2(answered.prompt().in(locale));
        Paragraph verdict = new Paragraph(getTranslation(
                locale,
                answered.fullyRight() ? "quiz.right" : answered.points().signum() > 0 ? "quiz.partly" : "quiz.wrong"));
        verdict.setId("quiz-verdict");
        verdict.addClassName(answered.fullyRight() ? "kns-success" : "kns-error");
        add(prompt, verdict);
        if (answered.type() == QuestionType.ORDER) {
            for (int place = 0; place < answered.given().size(); place++) {
                ChoiceFeedback step = answered.feedback().get(answered.given().get(place));
                add(line(
                        step,
                        (place + 1) + ". " + step.text().in(locale),
                        step.right(),
                        locale,
                        step.right() ? null : getTranslation(locale, "quiz.order.place", step.rightPosition())));
            }
        } else {
            for (ChoiceFeedback choice : answered.feedback()) {
                if (!choice.chosen() && !choice.right()) {
                    continue; // only what was chosen and what was right need explaining
                }
                String label = choice.chosen()
                        ? getTranslation(locale, "quiz.your-choice")
                        : getTranslation(locale, "quiz.right-answer");
                add(line(choice, choice.text().in(locale), choice.right(), locale, label));
            }
        }
    }

    private Div line(ChoiceFeedback choice, String text, boolean right, Locale locale, @Nullable String note) {
        Icon icon = (right ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
        icon.addClassName(right ? "kns-success" : "kns-error");
        Span answer = new Span(text);
        answer.addClassName("kns-feedback-answer");
        Div line = new Div(icon, answer);
        if (note != null) {
            Span label = new Span(note);
            label.addClassName("kns-muted");
            line.add(label);
        }
        Paragraph why = new Paragraph(choice.feedback().in(locale));
        why.addClassName("kns-feedback-why");
        line.add(why);
        line.addClassName("kns-feedback-line");
        return line;
    }
}
