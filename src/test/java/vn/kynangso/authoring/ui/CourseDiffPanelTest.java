package vn.kynangso.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.Assessment;
import vn.kynangso.catalog.Audience;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.CourseDiff;
import vn.kynangso.catalog.Lesson;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Skill;
import vn.kynangso.catalog.Text;

/**
 * What the reviewer reads, taken from the component tree: labels in the UI's language, old values
 * in {@code <del>}, new ones in {@code <ins>}, lesson lines marked "+ " and "− ". No Spring: the
 * panel needs only a UI and the app's translations.
 */
class CourseDiffPanelTest {

    private static final String LESSON = """
            # Nhận biết lừa đảo
            Dòng 1
            Dòng 2
            Dòng 3
            Dòng 4
            """;

    @BeforeEach
    void setUpVaadin() {
        // Vaadin reads "vaadin.*" system properties as servlet parameters: the app's translations
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(TranslationProvider.VIETNAMESE);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    static CourseContent course(int passMark, String lessonText, List<Choice> answers) {
        return new CourseContent(
                "an-toan-co-ban",
                1,
                CourseCategory.SKILL,
                Skill.CYBER_SAFETY,
                List.of(Audience.RESIDENT),
                new Text("An toàn cơ bản", "Basic safety"),
                new Text("Giữ mã OTP", "Keep OTP codes"),
                null,
                null,
                new Assessment(passMark, 1, 0, true),
                List.of(new Lesson(
                        "01-lua-dao",
                        new Text("Nhận biết lừa đảo", "Spotting scams"),
                        new Text(lessonText, "# Spotting scams\n"))),
                List.of(new Question(
                        "otp-secret", QuestionType.SINGLE, new Text("Bạn làm gì?", "What do you do?"), answers)));
    }

    static List<Choice> answers(String rightFeedback) {
        return List.of(
                new Choice(new Text("Đọc mã", "Read it"), false, new Text("Sai.", "Wrong.")),
                new Choice(new Text("Cúp máy", "Hang up"), true, new Text(rightFeedback, "Right.")));
    }

    @Test
    void a_changed_field_reads_label_old_struck_through_and_new_marked() {
        CourseContent before = course(80, LESSON, answers("Đúng."));
        CourseDiffPanel panel = new CourseDiffPanel(CourseDiff.between(before, course(90, LESSON, answers("Đúng."))));

        Component metadata = byId(panel, "diff-metadata");
        assertThat(texts(metadata, H3.class)).containsExactly("Thông tin khoá học");
        ListItem passMark = all(metadata, ListItem.class).getFirst();
        assertThat(passMark.getElement().getTextRecursively()).isEqualTo("Điểm đạt (%): 80 → 90");
        assertThat(texts(passMark, CourseDiffPanel.Deleted.class)).containsExactly("80");
        assertThat(texts(passMark, CourseDiffPanel.Inserted.class)).containsExactly("90");
        assertThat(passMark.getElement().getChild(1).getTag()).isEqualTo("del");
        assertThat(passMark.getElement().getChild(3).getTag()).isEqualTo("ins");
        assertThat(panel.getChildren()
                        .filter(c -> "diff-lessons".equals(c.getId().orElse(""))))
                .isEmpty();
    }

    @Test
    void a_changed_lesson_shows_its_lines_with_marks_and_the_language_they_are_in() {
        CourseContent before = course(80, LESSON, answers("Đúng."));
        CourseContent after = course(80, LESSON.replace("Dòng 4", "Dòng bốn"), answers("Đúng."));

        CourseDiffPanel panel = new CourseDiffPanel(CourseDiff.between(before, after));

        Component lesson = byId(panel, "diff-lesson-01-lua-dao");
        assertThat(texts(lesson, H4.class)).containsExactly("Bài 1: Nhận biết lừa đảo");
        assertThat(texts(lesson, Paragraph.class)).containsExactly("Nội dung đã sửa.", "Tiếng Việt");
        List<ListItem> lines = all(lesson, ListItem.class);
        assertThat(lines.stream().map(ListItem::getText))
                .containsExactly("… 3 dòng không đổi", "Dòng 3", "− Dòng 4", "+ Dòng bốn");
        assertThat(lines.get(2).getClassNames()).contains("kns-diff-line-removed");
        assertThat(lines.get(3).getClassNames()).contains("kns-diff-line-added");
        assertThat(all(lesson, NativeDetails.class)).isEmpty();
    }

    @Test
    void a_changed_feedback_is_shown_under_its_answer_in_english_when_the_reviewer_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        CourseContent before = course(80, LESSON, answers("Đúng."));
        CourseContent after = course(80, LESSON, answers("Đúng. Không ai được xin mã OTP."));

        CourseDiffPanel panel = new CourseDiffPanel(CourseDiff.between(before, after));

        Component question = byId(panel, "diff-question-otp-secret");
        assertThat(texts(question, H4.class)).containsExactly("Question “otp-secret” (pick one answer)");
        assertThat(texts(question, Paragraph.class))
                .containsExactly("What do you do?", "Question changed.", "Answer 2: Hang up");
        assertThat(all(question, ListItem.class).stream()
                        .map(i -> i.getElement().getTextRecursively()))
                .containsExactly("Explanation, Vietnamese: Đúng. → Đúng. Không ai được xin mã OTP.");
    }

    @Test
    void a_new_course_says_so_and_keeps_each_new_lessons_text_folded_away() {
        CourseDiffPanel panel = new CourseDiffPanel(CourseDiff.between(null, course(80, LESSON, answers("Đúng."))));

        assertThat(byId(panel, "diff-new-course")).isInstanceOf(Paragraph.class);
        List<ListItem> fields = all(byId(panel, "diff-metadata"), ListItem.class);
        // nothing before: only the new value, no arrow
        assertThat(fields.getFirst().getElement().getTextRecursively())
                .isEqualTo("Tên khoá học, tiếng Việt: An toàn cơ bản");
        assertThat(fields.stream().map(f -> f.getElement().getTextRecursively()))
                .contains(
                        "Kỹ năng: Tự bảo vệ trên không gian mạng",
                        "Dành cho: Người dân",
                        "Phải xem lại bài học trước khi làm lại: Có");
        Component lesson = byId(panel, "diff-lesson-01-lua-dao");
        NativeDetails text = all(lesson, NativeDetails.class).getFirst();
        assertThat(text.isOpen()).isFalse();
        assertThat(all(text, ListItem.class).getFirst().getText()).isEqualTo("+ # Nhận biết lừa đảo");
        assertThat(texts(byId(panel, "diff-question-otp-secret"), Paragraph.class))
                .contains("Câu hỏi mới.", "Đáp án 1: Đọc mã (mới)");
    }

    @Test
    void nothing_changed_says_so() {
        CourseContent course = course(80, LESSON, answers("Đúng."));

        CourseDiffPanel panel = new CourseDiffPanel(CourseDiff.between(course, course));

        assertThat(((Paragraph) byId(panel, "diff-none")).getText())
                .isEqualTo("Không có gì thay đổi so với phiên bản đang dùng.");
    }

    @Test
    void trainer_text_that_looks_like_html_is_shown_as_text() {
        CourseContent before = course(80, LESSON, answers("Đúng."));
        CourseContent after = course(80, LESSON.replace("Dòng 4", "<b>Dòng 4</b>"), answers("<img src=x>"));

        CourseDiffPanel panel = new CourseDiffPanel(CourseDiff.between(before, after));

        assertThat(all(byId(panel, "diff-lesson-01-lua-dao"), ListItem.class)
                        .getLast()
                        .getText())
                .isEqualTo("+ <b>Dòng 4</b>");
        assertThat(texts(byId(panel, "diff-question-otp-secret"), CourseDiffPanel.Inserted.class))
                .containsExactly("<img src=x>");
        assertThat(panel.getElement().getOuterHTML()).doesNotContain("<b>").doesNotContain("<img");
    }

    @Test
    void every_field_label_is_translated_in_both_languages() {
        TranslationProvider texts = new TranslationProvider();
        for (Locale locale : List.of(TranslationProvider.VIETNAMESE, Locale.ENGLISH)) {
            for (CourseDiff.Field field : CourseDiff.Field.values()) {
                assertThat(texts.getTranslation(field.labelKey(), locale)).doesNotStartWith("!");
            }
            for (QuestionType type : QuestionType.values()) {
                assertThat(texts.getTranslation("diff.type." + type.name(), locale))
                        .doesNotStartWith("!");
            }
            for (Audience audience : Audience.values()) {
                assertThat(texts.getTranslation("diff.audience." + audience.name(), locale))
                        .doesNotStartWith("!");
            }
            for (CourseCategory category : CourseCategory.values()) {
                assertThat(texts.getTranslation("diff.category." + category.name(), locale))
                        .doesNotStartWith("!");
            }
            assertThat(texts.getTranslation("diff.deadline", locale, 5, 3)).endsWith("05/03");
        }
    }

    // ---------------------------------------------------------------- the component tree

    private static Component byId(Component root, String id) {
        return descendants(root)
                .filter(c -> id.equals(c.getId().orElse(null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no component with id " + id));
    }

    private static <T extends Component> List<T> all(Component root, Class<T> type) {
        return descendants(root).filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> texts(Component root, Class<? extends Component> type) {
        List<String> texts = new ArrayList<>();
        for (Component c : all(root, type)) {
            texts.add(c.getElement().getTextRecursively());
        }
        return texts;
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(CourseDiffPanelTest::descendants));
    }
}
