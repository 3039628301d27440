package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kynangso.base.i18n.TranslationProvider;

/** The question banks' statistics ({@code --content-stats}): per course, in total, and the limits. */
class ContentStatsTest {

    @TempDir
    Path tmp;

    @Test
    void statistics_are_printed_per_course_and_in_total_with_the_limits_marked() {
        TestCourse.create(tmp, "a-khoa-mau");
        TestCourse warned = TestCourse.create(tmp, "b-khoa-canh-bao");
        warned.write(
                "questions.yaml",
                TestCourse.bank(
                        TestCourse.single("q1", true),
                        TestCourse.single("q2", true),
                        TestCourse.single("q3", true),
                        TestCourse.single("q4", false),
                        TestCourse.single("q5", false),
                        TestCourse.trueFalse("t1", true),
                        TestCourse.trueFalse("t2", false)));
        warned.replace("questions.yaml", "  - id: q1\n", "  - id: q1\n    scenario: true\n");

        Printed printed = stats(tmp.resolve("content"), TranslationProvider.VIETNAMESE);

        assertThat(printed.exitCode()).isZero();
        assertThat(printed.lines())
                .containsExactly(
                        "Thống kê ngân hàng câu hỏi trong " + tmp.resolve("content/courses"),
                        "",
                        "a-khoa-mau",
                        "  câu hỏi: 4 · câu tình huống: 0 (0 %)",
                        "  câu chọn đáp án (SINGLE, MULTIPLE): 2 · đáp án đúng dài nhất: 1 (50 %) · riêng SINGLE: 0/1",
                        "  câu đúng/sai: 1 · đáp án \"Đúng\": 0 · đáp án \"Sai\": 1 · đáp án chiếm đa số: 100 %",
                        "",
                        "b-khoa-canh-bao",
                        "  câu hỏi: 7 · câu tình huống: 1 (14 %)",
                        "  câu chọn đáp án (SINGLE, MULTIPLE): 5 · đáp án đúng dài nhất: 3 (60 %) · riêng SINGLE: 3/5  ⚠",
                        "  câu đúng/sai: 2 · đáp án \"Đúng\": 1 · đáp án \"Sai\": 1 · đáp án chiếm đa số: 50 %",
                        "",
                        "Tổng cộng (2 khoá học)",
                        "  câu hỏi: 11 · câu tình huống: 1 (9 %)",
                        "  câu chọn đáp án (SINGLE, MULTIPLE): 7 · đáp án đúng dài nhất: 4 (57 %) · riêng SINGLE: 3/6  ⚠",
                        "  câu đúng/sai: 3 · đáp án \"Đúng\": 1 · đáp án \"Sai\": 2 · đáp án chiếm đa số: 67 %",
                        "",
                        "⚠ = vượt ngưỡng cảnh báo: đáp án đúng dài nhất ở hơn 40 % câu chọn đáp án (khi có từ 5 câu);"
                                + " một đáp án chiếm hơn 70 % câu đúng/sai (khi có từ 4 câu). Độ dài tính bằng số ký"
                                + " tự của bản tiếng Việt.");
    }

    @Test
    void a_course_whose_bank_cannot_be_read_is_named_and_left_out_of_the_total() {
        TestCourse.create(tmp, "a-khoa-mau");
        TestCourse broken = TestCourse.create(tmp, "b-khoa-loi");
        broken.replace("questions.yaml", "    type: SINGLE\n", "    type: CHOICE\n");

        Printed printed = stats(tmp.resolve("content"), Locale.ENGLISH);

        assertThat(printed.exitCode()).isZero();
        assertThat(printed.lines())
                .contains(
                        "b-khoa-loi: the question bank cannot be read; run --validate-content to see the problems",
                        "In all (1 course)",
                        "  questions: 4 · scenario questions: 0 (0 %)");
    }

    @Test
    void the_courses_shipped_in_the_repository_can_be_counted() {
        Printed printed = stats(Path.of("content"), Locale.ENGLISH);

        assertThat(printed.exitCode()).isZero();
        assertThat(printed.lines()).anyMatch(l -> l.startsWith("In all ("));
        assertThat(printed.lines()).noneMatch(l -> l.contains("cannot be read"));
    }

    private static Printed stats(Path contentRoot, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            exit = ContentStats.run(contentRoot, locale, out);
        }
        return new Printed(exit, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private record Printed(int exitCode, List<String> lines) {}
}
