package vn.kynangso.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.learning.QuestionScreen.Answered;
import vn.kynangso.learning.QuestionScreen.ChoiceFeedback;

/**
 * An answered question explained: right or not, and the feedback for each answer or step. The
 * explanations are static text, so they go to the browser as one piece of HTML (built and escaped
 * by jsoup) rather than a component per line: a few hundred bytes of session memory instead of a
 * few dozen state nodes, for a screen that stays open while the learner reads.
 */
public class AnswerFeedback extends Div {

    public AnswerFeedback(Answered answered, Locale locale) {
        addClassName("kns-feedback");
        H2 prompt = new H2(answered.prompt().in(locale));
        Paragraph verdict = new Paragraph(getTranslation(
                locale,
                answered.fullyRight() ? "quiz.right" : answered.points().signum() > 0 ? "quiz.partly" : "quiz.wrong"));
        verdict.setId("quiz-verdict");
        verdict.addClassName(answered.fullyRight() ? "kns-success" : "kns-error");
        Document html = new Document("");
        html.outputSettings().prettyPrint(false);
        Element lines = html.appendElement("div");
        if (answered.type() == QuestionType.ORDER) {
            for (int place = 0; place < answered.given().size(); place++) {
                ChoiceFeedback step = answered.feedback().get(answered.given().get(place));
                line(
                        lines,
                        step,
                        (place + 1) + ". " + step.text().in(locale),
                        step.right(),
                        locale,
                        step.right() ? null : getTranslation(locale, "quiz.order.place", step.rightPosition()));
            }
        } else {
            for (ChoiceFeedback choice : answered.feedback()) {
                if (!choice.chosen() && !choice.right()) {
                    continue; // only what was chosen and what was right need explaining
                }
                String label = choice.chosen()
                        ? getTranslation(locale, "quiz.your-choice")
                        : getTranslation(locale, "quiz.right-answer");
                line(lines, choice, choice.text().in(locale), choice.right(), locale, label);
            }
        }
        Div explained = new Div();
        explained.addClassName("kns-feedback-lines");
        explained.getElement().setProperty("innerHTML", lines.html());
        add(prompt, verdict, explained);
    }

    private static void line(
            Element lines, ChoiceFeedback choice, String text, boolean right, Locale locale, @Nullable String note) {
        Element line = lines.appendElement("div").addClass("kns-feedback-line");
        line.appendElement("vaadin-icon")
                .attr("icon", right ? "vaadin:check-circle" : "vaadin:close-circle")
                .attr("aria-hidden", "true")
                .addClass(right ? "kns-success" : "kns-error");
        line.appendElement("span").addClass("kns-feedback-answer").text(text);
        if (note != null) {
            line.appendElement("span").addClass("kns-muted").text(note);
        }
        line.appendElement("p")
                .addClass("kns-feedback-why")
                .text(choice.feedback().in(locale));
    }
}
