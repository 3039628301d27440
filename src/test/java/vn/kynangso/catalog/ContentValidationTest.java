package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kynangso.base.i18n.TranslationProvider;

/**
 * The trainers' check ({@code --validate-content}): what it prints for a whole content folder and
 * the exit code it returns. The single kinds of problem are covered in {@link CourseReaderTest}.
 */
class ContentValidationTest {

    private static final Locale VI = TranslationProvider.VIETNAMESE;

    @TempDir
    Path tmp;

    @Test
    void valid_course_is_reported_valid_with_its_lesson_and_question_counts() {
        TestCourse course = TestCourse.create(tmp);

        TestCourse.Check check = course.check(VI);

        assertThat(check.exitCode()).isZero();
        assertThat(check.lines())
                .containsExactly(
                        "✓ an-toan-co-ban: hợp lệ (2 bài học, 4 câu hỏi)",
                        "Tổng cộng: 1 khoá học hợp lệ, 0 khoá học có lỗi.");
    }

    @Test
    void valid_course_is_reported_in_english_when_asked() {
        TestCourse course = TestCourse.create(tmp);

        TestCourse.Check check = course.check(Locale.ENGLISH);

        assertThat(check.exitCode()).isZero();
        assertThat(check.lines())
                .containsExactly(
                        "✓ an-toan-co-ban: valid (2 lessons, 4 questions)", "In all: 1 valid course, 0 with problems.");
    }

    @Test
    void one_invalid_course_does_not_stop_the_others() {
        TestCourse.create(tmp, "a-khoa-dau");
        TestCourse broken = TestCourse.create(tmp, "b-khoa-loi");
        broken.replace("course.yaml", "skill: CYBER_SAFETY", "skill: COOKING");
        broken.delete(TestCourse.LESSON_2 + ".en.md");
        TestCourse.create(tmp, "c-khoa-cuoi");
        Path contentRoot = tmp.resolve("content");

        TestCourse.Check check = TestCourse.check(contentRoot, VI);

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.lines())
                .containsExactly(
                        "✓ a-khoa-dau: hợp lệ (2 bài học, 4 câu hỏi)",
                        "✗ b-khoa-loi: KHÔNG xuất bản được, 2 lỗi:",
                        "  content/courses/b-khoa-loi/course.yaml:3: \"skill\" không nhận giá trị \"COOKING\"; chỉ được"
                                + " dùng: PUBLIC_SERVICES, ONLINE_SHOPPING, ONLINE_PAYMENT, CYBER_SAFETY,"
                                + " DIGITAL_PLATFORMS",
                        "  content/courses/b-khoa-loi/course.yaml:19: không có tệp bài học"
                                + " content/courses/b-khoa-loi/lessons/02-mat-khau-manh.en.md",
                        "✓ c-khoa-cuoi: hợp lệ (2 bài học, 4 câu hỏi)",
                        "Tổng cộng: 2 khoá học hợp lệ, 1 khoá học có lỗi.");
    }

    @Test
    void content_folder_reads_every_course_folder_in_name_order_and_ignores_loose_files() throws Exception {
        TestCourse.create(tmp, "b-khoa-hai");
        TestCourse.create(tmp, "a-khoa-mot");
        Files.writeString(tmp.resolve("content/courses/README.md"), "# Ghi chú\n");

        List<CourseReader.Result> results = ContentFolder.readAll(tmp.resolve("content"));

        assertThat(results).extracting(CourseReader.Result::folder).containsExactly("a-khoa-mot", "b-khoa-hai");
        assertThat(results).allMatch(CourseReader.Result::valid);
    }

    @Test
    void problem_is_described_with_file_and_line_in_either_language() {
        ContentProblem problem =
                ContentProblem.of(Path.of("content/courses/x/questions.yaml"), 42, "question-duplicate", "otp-secret");
        ContentProblem wholeFile =
                ContentProblem.of(Path.of("content/courses/x/questions.yaml"), 0, "questions-file-missing");
        TranslationProvider texts = new TranslationProvider();

        assertThat(ContentValidation.describe(problem, texts, VI))
                .isEqualTo("content/courses/x/questions.yaml:42: mã câu hỏi \"otp-secret\" bị trùng");
        assertThat(ContentValidation.describe(problem, texts, Locale.ENGLISH))
                .isEqualTo("content/courses/x/questions.yaml:42: the question id \"otp-secret\" is used twice");
        assertThat(ContentValidation.describe(wholeFile, texts, Locale.ENGLISH))
                .isEqualTo("content/courses/x/questions.yaml: questions.yaml (the question bank) is missing");
    }

    @Test
    void folder_without_courses_is_reported_and_fails() {
        Path contentRoot = tmp.resolve("content");

        TestCourse.Check check = TestCourse.check(contentRoot, VI);

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.lines())
                .containsExactly("Không tìm thấy khoá học nào trong " + contentRoot.resolve("courses"));
    }

    @Test
    void english_output_says_one_problem_in_the_singular() {
        TestCourse course = TestCourse.create(tmp);
        course.replace("course.yaml", "skill: CYBER_SAFETY", "skill: COOKING");

        TestCourse.Check check = course.check(Locale.ENGLISH);

        assertThat(check.lines().getFirst()).isEqualTo("✗ an-toan-co-ban: NOT published, 1 problem:");
        assertThat(check.lines().getLast()).isEqualTo("In all: 0 valid courses, 1 with problems.");
    }

    @Test
    void warnings_are_printed_under_their_course_and_do_not_fail_the_check() {
        TestCourse warned = TestCourse.create(tmp, "a-khoa-canh-bao");
        warned.write(
                "questions.yaml",
                TestCourse.bank(
                        TestCourse.trueFalse("t1", false),
                        TestCourse.trueFalse("t2", false),
                        TestCourse.trueFalse("t3", false),
                        TestCourse.trueFalse("t4", false)));
        TestCourse.create(tmp, "b-khoa-tot");

        TestCourse.Check check = TestCourse.check(tmp.resolve("content"), VI);

        assertThat(check.exitCode()).isZero();
        assertThat(check.lines())
                .containsExactly(
                        "✓ a-khoa-canh-bao: hợp lệ (2 bài học, 4 câu hỏi)",
                        "  content/courses/a-khoa-canh-bao/questions.yaml: cảnh báo: 4/4 câu đúng/sai có đáp án \"Sai\""
                                + " (100 %, quá 70 %). Người học cứ chọn \"Sai\" là qua, không cần đọc bài. Hãy viết"
                                + " thêm câu có đáp án \"Đúng\". Khoá học vẫn được xuất bản.",
                        "✓ b-khoa-tot: hợp lệ (2 bài học, 4 câu hỏi)",
                        "Tổng cộng: 2 khoá học hợp lệ, 0 khoá học có lỗi.",
                        "Có 1 cảnh báo ở 1 khoá học. Cảnh báo không ngăn xuất bản, nhưng nên sửa.");
    }

    @Test
    void warnings_are_counted_in_english_too() {
        TestCourse warned = TestCourse.create(tmp);
        warned.write(
                "questions.yaml",
                TestCourse.bank(
                        TestCourse.single("q1", true),
                        TestCourse.single("q2", true),
                        TestCourse.single("q3", true),
                        TestCourse.single("q4", true),
                        TestCourse.single("q5", true),
                        TestCourse.trueFalse("t1", true),
                        TestCourse.trueFalse("t2", true),
                        TestCourse.trueFalse("t3", true),
                        TestCourse.trueFalse("t4", true)));

        TestCourse.Check check = warned.check(Locale.ENGLISH);

        assertThat(check.exitCode()).isZero();
        assertThat(check.lines().getFirst()).isEqualTo("✓ an-toan-co-ban: valid (2 lessons, 9 questions)");
        assertThat(check.lines().get(1)).contains(": warning: the right answer is the longest one in 5 of 5 choice");
        assertThat(check.lines().get(2)).contains(": warning: 4 of 4 true/false questions are keyed \"True\"");
        assertThat(check.lines().getLast())
                .isEqualTo("2 warnings in 1 course. Warnings do not stop publishing, but should be fixed.");
    }

    @Test
    void every_course_shipped_in_the_repository_is_valid() {
        // Run from the project root, as Maven's surefire does.
        Path content = Path.of("content");
        assertThat(content.resolve("courses")).isDirectory();

        TestCourse.Check check = TestCourse.check(content, VI);

        assertThat(check.lines()).as(String.join("\n", check.lines())).noneMatch(l -> l.startsWith("✗"));
        assertThat(check.exitCode()).isZero();
        // the summary; a line counting warnings may follow it
        assertThat(check.lines()).anyMatch(l -> l.startsWith("Tổng cộng: ") && l.endsWith(" 0 khoá học có lỗi."));
    }

    @Test
    void officials_courses_shipped_in_the_repository_have_no_question_bank_warnings() throws Exception {
        List<CourseReader.Result> officials = ContentFolder.readAll(Path.of("content")).stream()
                .filter(r -> r.course() != null && r.course().category() == CourseCategory.OFFICIAL)
                .toList();

        assertThat(officials).hasSize(3);
        TranslationProvider texts = new TranslationProvider();
        assertThat(officials.stream().flatMap(r -> r.warnings().stream()))
                .extracting(w -> ContentValidation.describe(w, texts, VI))
                .isEmpty();
    }
}
