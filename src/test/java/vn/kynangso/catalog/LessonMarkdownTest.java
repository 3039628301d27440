package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.kynangso.base.i18n.TranslationProvider;

/** A lesson's Markdown as the reader shows it: tip and warning boxes, images, no title. */
class LessonMarkdownTest {

    private static final Locale VI = TranslationProvider.VIETNAMESE;

    @Test
    void warning_box_becomes_an_aside_labelled_in_the_reader_s_language() {
        assertThat(LessonMarkdown.toHtml(TestCourse.LESSON_1_VI, "c", VI)).isEqualTo("""
                        <p>Kẻ gian thường giục bạn làm ngay.</p>
                        <ol>
                         <li>Dừng lại.</li>
                         <li>Gọi lại bằng số đã lưu.</li>
                         <li>Hỏi người thân.</li>
                        </ol>
                        <aside class="kns-callout kns-warning" data-label="Cảnh báo">
                         <p>Công an không bao giờ gọi điện bảo bạn chuyển tiền.</p>
                        </aside>
                        <p><img src="/content-images/c/cuoc-goi.png" alt="Màn hình cuộc gọi lạ" loading="lazy"></p>""");
        assertThat(LessonMarkdown.toHtml(TestCourse.LESSON_1_EN, "c", Locale.ENGLISH))
                .contains("<aside class=\"kns-callout kns-warning\" data-label=\"Warning\">");
    }

    @Test
    void tip_box_becomes_an_aside_labelled_in_the_reader_s_language() {
        assertThat(LessonMarkdown.toHtml(TestCourse.LESSON_2_EN, "c", Locale.ENGLISH))
                .isEqualTo("""
                        <p>A strong password has at least 12 characters.</p>
                        <aside class="kns-callout kns-tip" data-label="Tip">
                         <p>Use a sentence you remember easily.</p>
                        </aside>""");
        assertThat(LessonMarkdown.toHtml(TestCourse.LESSON_2_VI, "c", VI))
                .contains("<aside class=\"kns-callout kns-tip\" data-label=\"Mẹo\">");
    }

    @Test
    void box_marker_may_share_its_line_with_the_text() {
        assertThat(LessonMarkdown.toHtml("> [!TIP] Same line\n> next\n", "c", Locale.ENGLISH))
                .isEqualTo("""
                        <aside class="kns-callout kns-tip" data-label="Tip">
                         <p>Same line next</p>
                        </aside>""");
    }

    @Test
    void other_quotes_stay_quotes() {
        assertThat(LessonMarkdown.toHtml("> plain quote\n\n> [!NOTE]\n> x\n", "c", VI))
                .isEqualTo("""
                        <blockquote>
                         <p>plain quote</p>
                        </blockquote>
                        <blockquote>
                         <p>[!NOTE] x</p>
                        </blockquote>""");
    }

    @Test
    void picture_right_under_the_marker_stays_in_its_box() {
        assertThat(LessonMarkdown.toHtml("> [!TIP]\n> ![Mã QR](../images/qr.png)\n", "c", VI))
                .isEqualTo("""
                        <aside class="kns-callout kns-tip" data-label="Mẹo">
                         <p><img src="/content-images/c/qr.png" alt="Mã QR" loading="lazy"></p>
                        </aside>""");
    }

    @Test
    void the_reader_and_the_check_agree_on_what_is_a_box() {
        String notABox = "> **[!TIP]** bold\n";
        Path nowhere = Path.of("nowhere");

        assertThat(LessonMarkdown.check(notABox, nowhere, nowhere, new ArrayList<>()))
                .isEmpty();
        assertThat(LessonMarkdown.toHtml(notABox, "c", VI)).startsWith("<blockquote>");
    }

    @Test
    void words_read_aloud_leave_out_the_box_markers() {
        assertThat(LessonMarkdown.toPlainText(TestCourse.LESSON_2_EN))
                .isEqualTo("Strong passwords A strong password has at least 12 characters."
                        + " Use a sentence you remember easily.");
    }

    @Test
    void structure_names_steps_boxes_and_images_in_order() {
        List<ContentProblem> problems = new ArrayList<>();
        Path nowhere = Path.of("nowhere");

        assertThat(LessonMarkdown.check(TestCourse.LESSON_2_VI, nowhere, nowhere, problems))
                .containsExactly("tip");
        assertThat(LessonMarkdown.check("> [!WARNING]\n> x\n\n1. a\n2. b\n\n> quote\n", nowhere, nowhere, problems))
                .containsExactly("warning", "steps:2");
        assertThat(problems).isEmpty();
    }
}
