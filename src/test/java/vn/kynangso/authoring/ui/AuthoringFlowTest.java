package vn.kynangso.authoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.authoring.AuthoringKaribuTest;
import vn.kynangso.authoring.Draft;
import vn.kynangso.authoring.DraftStatus;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.learning.AttemptReport;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.learning.ui.ChoiceGroup;
import vn.kynangso.learning.ui.LessonPage;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;

/**
 * A trainer writes a course on the phone (texts, a lesson, four questions of the four kinds),
 * previews the lesson and plays a question, sends it for review; another trainer reads what
 * changes and approves; a resident then takes the course.
 */
class AuthoringFlowTest extends AuthoringKaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    LearningService learning;

    @Test
    void a_trainer_writes_a_course_another_approves_it_and_a_resident_takes_it() {
        String code = newCode();
        login(TRAINER);
        UI.getCurrent().navigate("authoring");
        _click(_get(Button.class, spec -> spec.withId("authoring-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-course-code")), code);
        _click(_get(Button.class, spec -> spec.withId("new-course-create")));
        assertThat(_get(H1.class, spec -> spec.withId("draft-title")).getText()).isEqualTo(code);

        text("draft-title-vi", "Dùng Zalo an toàn");
        text("draft-title-en", "Using Zalo safely");
        area("draft-summary-vi", "Nhận biết tin nhắn lừa đảo trên Zalo và giữ tài khoản an toàn.");
        area("draft-summary-en", "Spot scam messages on Zalo and keep your account safe.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("settings-questions-per-attempt")), 4);

        _click(_get(Button.class, spec -> spec.withId("section-lessons")));
        area(
                "lesson-text-vi-01-bai-hoc",
                "# Tin nhắn lạ\n\nKhông bấm vào đường link lạ.\n\n> [!WARNING]\n> Không gửi mã OTP cho ai.\n");
        LessonPage preview = _get(LessonPage.class);
        assertThat(_get(preview, H1.class, spec -> spec.withId("lesson-title")).getText())
                .isEqualTo("Tin nhắn lạ");
        assertThat(_get(preview, Html.class).getInnerHtml())
                .contains("Không gửi mã OTP cho ai.")
                .contains("kns-callout");
        // a photo from the phone's camera: kept shrunk, shown in the lesson with what it shows in both languages
        _click(_get(Button.class, spec -> spec.withId("tool-image-01-bai-hoc")));
        _upload(_get(Upload.class, spec -> spec.withId("image-upload")), "IMG_0001.jpg", "image/jpeg", photo());
        _setValue(_get(TextField.class, spec -> spec.withId("image-alt-vi")), "Tin nhắn lạ có đường link");
        _setValue(_get(TextField.class, spec -> spec.withId("image-alt-en")), "A strange message with a link");
        _click(_get(Button.class, spec -> spec.withId("image-add")));
        assertThat(_get(TextArea.class, spec -> spec.withId("lesson-text-vi-01-bai-hoc"))
                        .getValue())
                .contains("![Tin nhắn lạ có đường link](../images/");
        assertThat(_get(_get(LessonPage.class), Html.class).getInnerHtml())
                .contains("<img")
                .contains("/content-images/" + code + "/");

        _get(Select.class, spec -> spec.withId("lesson-language-01-bai-hoc")).setValue("en");
        String withPicture = _get(TextArea.class, spec -> spec.withId("lesson-text-en-01-bai-hoc"))
                .getValue();
        area(
                "lesson-text-en-01-bai-hoc",
                "# Strange messages\n\nDo not open strange links.\n\n> [!WARNING]\n> Never send anyone your OTP.\n\n"
                        + withPicture.substring(withPicture.indexOf("![")));
        assertThat(_get(_get(LessonPage.class), H1.class, spec -> spec.withId("lesson-title"))
                        .getText())
                .isEqualTo("Strange messages");

        _click(_get(Button.class, spec -> spec.withId("section-questions")));
        for (String type : new String[] {"SINGLE", "MULTIPLE", "TRUE_FALSE", "ORDER"}) {
            _click(_get(Button.class, spec -> spec.withId("question-add-" + type)));
        }
        fillChoiceQuestion("cau-hoi-1", 3);
        fillChoiceQuestion("cau-hoi-2", 4);
        both(
                "prompt",
                "cau-hoi-3",
                "Zalo có thể nhắn xin mã OTP của bạn.",
                "Zalo may message you asking for your OTP.");
        _get(Select.class, spec -> spec.withId("true-false-key-cau-hoi-3")).setValue(false);
        both("feedback-0", "cau-hoi-3", "Sai. Zalo không bao giờ xin mã OTP.", "Wrong. Zalo never asks for your OTP.");
        both("feedback-1", "cau-hoi-3", "Đúng. Đừng gửi mã OTP cho ai.", "Right. Never send your OTP.");
        fillChoiceQuestion("cau-hoi-4", 3);

        // the question is played as a learner meets it, with the quiz's own feedback
        _click(_get(Button.class, spec -> spec.withId("question-play-cau-hoi-1")));
        ChoiceGroup group = _get(ChoiceGroup.class, spec -> spec.withId("quiz-choices"));
        group.tick(List.of(group.choices().getFirst()));
        _click(_get(Button.class, spec -> spec.withId("question-play-answer")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("quiz-verdict")).getText())
                .isNotBlank();

        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-problem-count"))
                        .getText())
                .as("every problem fixed")
                .isEqualTo(getTranslationOf("authoring.check.ok"));
        _click(_get(Button.class, spec -> spec.withId("draft-submit")));
        Draft draft = authoring.openDraftOf(code).orElseThrow();
        assertThat(draft.status()).isEqualTo(DraftStatus.IN_REVIEW);

        // the author cannot approve their own draft
        UI.getCurrent().navigate("authoring/review/" + draft.id());
        _click(_get(Button.class, spec -> spec.withId("review-approve")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-result")).getText())
                .isEqualTo(getTranslationOf("authoring.error.own-draft"));

        login(REVIEWER);
        UI.getCurrent().navigate("authoring/review/" + draft.id());
        assertThat(_find(Paragraph.class, spec -> spec.withId("diff-new-course")))
                .isNotEmpty();
        _click(_get(Button.class, spec -> spec.withId("review-approve")));
        PublishedCourse published = catalog.current(code).orElseThrow();
        assertThat(published.content().title().vi()).isEqualTo("Dùng Zalo an toàn");
        assertThat(published.content().questions()).hasSize(4);
        assertThat(published.content().lessons().get(0).markdown().en()).contains("![A strange message with a link]");

        String resident = Learners.newResident(places, people, accounts);
        login(resident);
        AttemptReport report = Learners.passCourse(learning, catalog, code);
        assertThat(report.summary().passed()).isTrue();
    }

    /** A camera photo: 3000×2000, far over the lesson picture limit until the server shrinks it. */
    static byte[] photo() {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(3000, 2000, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < 2000; y += 4) {
            for (int x = 0; x < 3000; x += 4) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpg", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void fillChoiceQuestion(String code, int answers) {
        both("prompt", code, "Câu hỏi " + code + " về Zalo?", "Question " + code + " about Zalo?");
        for (int i = 0; i < answers; i++) {
            both("answer-" + i, code, "Đáp án " + (i + 1) + " của " + code, "Answer " + (i + 1) + " of " + code);
            both("feedback-" + i, code, "Giải thích " + (i + 1), "Explanation " + (i + 1));
        }
    }

    private void both(String part, String code, String vi, String en) {
        setText("question-" + part + "-vi-" + code, vi);
        setText("question-" + part + "-en-" + code, en);
    }

    private static void setText(String id, String value) {
        var field = _find(TextField.class, spec -> spec.withId(id));
        if (!field.isEmpty()) {
            _setValue(field.get(0), value);
        } else {
            _setValue(_get(TextArea.class, spec -> spec.withId(id)), value);
        }
    }

    private static void text(String id, String value) {
        _setValue(_get(TextField.class, spec -> spec.withId(id)), value);
    }

    private static void area(String id, String value) {
        _setValue(_get(TextArea.class, spec -> spec.withId(id)), value);
    }

    private static String getTranslationOf(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
