package vn.kynangso.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.kynangso.KaribuTest;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Text;
import vn.kynangso.learning.QuestionScreen.Answered;
import vn.kynangso.learning.QuestionScreen.ChoiceFeedback;
import vn.kynangso.learning.QuestionScreen.ShownChoice;

/** The explanations of an answer, sent as one piece of escaped HTML. */
class AnswerFeedbackTest extends KaribuTest {

    private static final Locale VI = Locale.of("vi");

    @Test
    void the_chosen_and_the_right_answers_are_explained_as_text_never_as_markup() {
        Answered answered = answered(
                QuestionType.SINGLE,
                List.of(1),
                List.of(
                        new ChoiceFeedback(0, text("Gọi <b>114</b> & chờ"), true, false, text("Đúng: số cứu hỏa"), 0),
                        new ChoiceFeedback(1, text("Nhắn tin"), false, true, text("<script>alert(1)</script>"), 0),
                        new ChoiceFeedback(2, text("Không làm gì"), false, false, text("Chưa đúng"), 0)));
        UI.getCurrent().add(new AnswerFeedback(answered, VI));

        Document lines = Jsoup.parseBodyFragment(innerHtml());
        List<Element> shown = lines.select(".kns-feedback-line");
        assertThat(shown).hasSize(2).as("only what was chosen and what was right");
        assertThat(shown.get(0).selectFirst(".kns-feedback-answer").text()).isEqualTo("Gọi <b>114</b> & chờ");
        assertThat(shown.get(0).selectFirst(".kns-muted").text()).isEqualTo("Đáp án đúng");
        assertThat(shown.get(0).selectFirst("vaadin-icon").attr("icon")).isEqualTo("vaadin:check-circle");
        assertThat(shown.get(1).selectFirst(".kns-muted").text()).isEqualTo("Bạn chọn");
        assertThat(shown.get(1).selectFirst(".kns-feedback-why").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(lines.select("script, b")).as("no markup from the content").isEmpty();
        assertThat(innerHtml()).contains("Gọi &lt;b&gt;114&lt;/b&gt; &amp; chờ");
    }

    @Test
    void an_ordering_answer_lists_the_steps_in_the_learners_order_with_the_right_place_of_the_misplaced() {
        Answered answered = answered(
                QuestionType.ORDER,
                List.of(1, 0),
                List.of(
                        new ChoiceFeedback(0, text("Mở ứng dụng"), false, true, text("Trước tiên"), 1),
                        new ChoiceFeedback(1, text("Đăng nhập"), false, true, text("Sau đó"), 2)));
        UI.getCurrent().add(new AnswerFeedback(answered, VI));

        List<Element> shown = Jsoup.parseBodyFragment(innerHtml()).select(".kns-feedback-line");
        assertThat(shown)
                .extracting(line -> line.selectFirst(".kns-feedback-answer").text())
                .containsExactly("1. Đăng nhập", "2. Mở ứng dụng");
        assertThat(shown.get(0).selectFirst(".kns-muted").text())
                .isEqualTo(UI.getCurrent().getTranslation("quiz.order.place", 2));
    }

    private static String innerHtml() {
        return _get(Div.class, spec -> spec.withClasses("kns-feedback-lines"))
                .getElement()
                .getProperty("innerHTML");
    }

    private static Answered answered(QuestionType type, List<Integer> given, List<ChoiceFeedback> feedback) {
        return new Answered(
                1,
                0,
                10,
                type,
                text("Câu hỏi"),
                feedback.stream()
                        .map(f -> new ShownChoice(f.shownIndex(), f.text()))
                        .toList(),
                given,
                BigDecimal.ZERO,
                feedback);
    }

    private static Text text(String vi) {
        return new Text(vi, vi);
    }
}
