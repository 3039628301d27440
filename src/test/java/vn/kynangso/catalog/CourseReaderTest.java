package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kynangso.base.i18n.TranslationProvider;

/**
 * Reading one course folder: a valid course becomes {@link CourseContent}; every kind of mistake a
 * trainer can make is refused with its file, its line and a plain message (checked as the trainers'
 * check prints it). Each test starts from the valid {@link TestCourse} and breaks one thing; the
 * mistakes that differ only in what is broken and what is said are the cases of {@link #mistakes()}.
 */
class CourseReaderTest {

    private static final Locale VI = TranslationProvider.VIETNAMESE;
    private static final String COURSE = "course.yaml";
    private static final String QUESTIONS = "questions.yaml";
    private static final String LESSON_1_VI = TestCourse.LESSON_1 + ".vi.md";
    private static final String LESSON_1_EN = TestCourse.LESSON_1 + ".en.md";
    private static final String LESSON_2_VI = TestCourse.LESSON_2 + ".vi.md";
    private static final String LESSON_2_EN = TestCourse.LESSON_2 + ".en.md";

    @TempDir
    Path tmp;

    // ---------------------------------------------------------------- a valid course

    @Test
    void valid_course_reads_into_its_metadata_lessons_and_questions() {
        TestCourse course = TestCourse.create(tmp);

        CourseReader.Result result = course.read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.folder()).isEqualTo(TestCourse.ID);
        CourseContent content = result.course();
        assertThat(content).isNotNull();
        assertThat(content.id()).isEqualTo(TestCourse.ID);
        assertThat(content.declaredVersion()).isEqualTo(1);
        assertThat(content.category()).isEqualTo(CourseCategory.SKILL);
        assertThat(content.skill()).isEqualTo(Skill.CYBER_SAFETY);
        assertThat(content.audience()).containsExactly(Audience.RESIDENT, Audience.STUDENT);
        assertThat(content.title()).isEqualTo(new Text("An toàn cơ bản", "Basic safety"));
        assertThat(content.summary().en()).isEqualTo("Spot scams and keep OTP codes secret.");
        assertThat(content.creditHours()).isNull();
        assertThat(content.deadline()).isNull();
        assertThat(content.assessment()).isEqualTo(new Assessment(80, 4, 30, true));

        assertThat(content.lessons())
                .extracting(Lesson::slug, Lesson::title)
                .containsExactly(
                        tuple("01-nhan-biet-lua-dao", new Text("Nhận biết lừa đảo", "Spotting scams")),
                        tuple("02-mat-khau-manh", new Text("Mật khẩu mạnh", "Strong passwords")));
        assertThat(content.lessons().get(1).markdown())
                .isEqualTo(new Text(TestCourse.LESSON_2_VI, TestCourse.LESSON_2_EN));

        assertThat(content.questions())
                .extracting(Question::code, Question::type)
                .containsExactly(
                        tuple("otp-secret", QuestionType.SINGLE),
                        tuple("strong-password", QuestionType.MULTIPLE),
                        tuple("bank-never-asks-otp", QuestionType.TRUE_FALSE),
                        tuple("pay-by-qr", QuestionType.ORDER));
        Question single = content.question("otp-secret").orElseThrow();
        assertThat(single.prompt().vi()).isEqualTo("Người lạ gọi điện xin mã OTP. Bạn làm gì?");
        assertThat(single.choices())
                .containsExactly(
                        new Choice(
                                new Text("Đọc mã OTP cho họ", "Read them the code"),
                                false,
                                new Text(
                                        "Sai. Kẻ gian sẽ rút tiền của bạn.", "Wrong. A scammer will take your money.")),
                        new Choice(
                                new Text("Cúp máy", "Hang up"),
                                true,
                                new Text("Đúng. Không ai được xin mã OTP.", "Right. Nobody may ask for your OTP.")));
        Question multiple = content.question("strong-password").orElseThrow();
        assertThat(multiple.choices()).extracting(Choice::correct).containsExactly(false, true, true);
        assertThat(multiple.correctCount()).isEqualTo(2);
        assertThat(multiple.choices().getFirst().text()).isEqualTo(new Text("123456", "123456"));
    }

    @Test
    void true_false_question_becomes_two_choices_true_first_with_the_right_one_marked() {
        CourseContent content = TestCourse.create(tmp).read().course();

        Question question = content.question("bank-never-asks-otp").orElseThrow();

        assertThat(question.choices())
                .containsExactly(
                        new Choice(
                                new Text("Đúng", "True"),
                                false,
                                new Text(
                                        "Chưa đúng. Ngân hàng không bao giờ xin mã OTP.",
                                        "Not right. Banks never ask for your OTP.")),
                        new Choice(
                                new Text("Sai", "False"),
                                true,
                                new Text(
                                        "Đúng. Ai xin mã OTP là kẻ gian.",
                                        "Right. Whoever asks for it is a scammer.")));
        assertThat(question.correctCount()).isEqualTo(1);
    }

    @Test
    void true_statement_marks_the_true_choice_right() {
        TestCourse course = TestCourse.create(tmp);
        course.replace(QUESTIONS, "    correct: false\n    feedback:\n", "    correct: true\n    feedback:\n");

        Question question =
                course.read().course().question("bank-never-asks-otp").orElseThrow();

        assertThat(question.choices()).extracting(Choice::correct).containsExactly(true, false);
    }

    @Test
    void unquoted_and_quoted_true_false_feedback_keys_both_work() {
        // The fixture writes them unquoted (true: / false:), which YAML 1.1 would read as booleans.
        assertThat(TestCourse.QUESTIONS_YAML).contains("      true:\n", "      false:\n");
        assertThat(TestCourse.create(tmp.resolve("unquoted")).read().valid()).isTrue();

        TestCourse quoted = TestCourse.create(tmp.resolve("quoted"));
        quoted.replace(QUESTIONS, "      true:\n", "      \"true\":\n");
        quoted.replace(QUESTIONS, "      false:\n", "      'false':\n");
        CourseReader.Result result = quoted.read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.course().question("bank-never-asks-otp").orElseThrow().choices())
                .extracting(c -> c.feedback().vi())
                .containsExactly("Chưa đúng. Ngân hàng không bao giờ xin mã OTP.", "Đúng. Ai xin mã OTP là kẻ gian.");
    }

    @Test
    void order_question_keeps_the_steps_in_the_written_order() {
        Question question =
                TestCourse.create(tmp).read().course().question("pay-by-qr").orElseThrow();

        assertThat(question.choices())
                .extracting(c -> c.text().vi(), c -> c.text().en())
                .containsExactly(
                        tuple("Mở ứng dụng ngân hàng", "Open the bank app"),
                        tuple("Quét mã QR của người bán", "Scan the seller's QR code"),
                        tuple("Kiểm tra tên và số tiền", "Check the name and the amount"));
        assertThat(question.choices().get(1).feedback().vi()).isEqualTo("Quét sau khi mở ứng dụng.");
    }

    @Test
    void decomposed_vietnamese_is_stored_composed() {
        String decomposed = "Hu\u031Bo\u031Bng"; // "Hương" typed as base letters + combining horn
        assertThat(decomposed).isNotEqualTo("Hương");
        TestCourse course = TestCourse.create(tmp);
        course.replace(COURSE, "  vi: An toàn cơ bản", "  vi: Cô " + decomposed + " dạy an toàn");
        course.replace(LESSON_2_VI, "# Mật khẩu mạnh", "# Mật khẩu của cô " + decomposed);
        course.replace(QUESTIONS, "vi: Cúp máy,", "vi: Gọi cô " + decomposed + ",");

        CourseContent content = course.read().course();

        assertThat(content.title().vi()).isEqualTo("Cô Hương dạy an toàn");
        assertThat(content.lessons().get(1).title().vi()).isEqualTo("Mật khẩu của cô Hương");
        assertThat(content.lessons().get(1).markdown().vi()).startsWith("# Mật khẩu của cô Hương\n");
        assertThat(content.question("otp-secret")
                        .orElseThrow()
                        .choices()
                        .get(1)
                        .text()
                        .vi())
                .isEqualTo("Gọi cô Hương");
    }

    @Test
    void byte_order_mark_at_the_start_of_a_lesson_is_ignored() {
        TestCourse course = TestCourse.create(tmp);
        course.write(LESSON_2_VI, "\uFEFF" + TestCourse.LESSON_2_VI);

        CourseReader.Result result = course.read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.course().lessons().get(1).markdown().vi()).isEqualTo(TestCourse.LESSON_2_VI);
    }

    @Test
    void officials_course_reads_its_credit_hours_and_deadline() {
        TestCourse course = official(TestCourse.create(tmp), "11-30");

        CourseReader.Result result = course.read();

        assertThat(result.problems()).isEmpty();
        CourseContent content = result.course();
        assertThat(content.category()).isEqualTo(CourseCategory.OFFICIAL);
        assertThat(content.skill()).isNull();
        assertThat(content.audience()).containsExactly(Audience.OFFICIAL);
        assertThat(content.creditHours()).isEqualTo(4);
        assertThat(content.deadline()).isEqualTo(MonthDay.of(11, 30));
    }

    @Test
    void enum_values_may_be_written_in_lower_case_and_audience_is_kept_in_enum_order() {
        TestCourse course = TestCourse.create(tmp);
        course.replace(COURSE, "skill: CYBER_SAFETY", "skill: cyber_safety");
        course.replace(COURSE, "audience: [RESIDENT, STUDENT]", "audience: [student, RESIDENT]");

        CourseContent content = course.read().course();

        assertThat(content.skill()).isEqualTo(Skill.CYBER_SAFETY);
        assertThat(content.audience()).containsExactly(Audience.RESIDENT, Audience.STUDENT);
    }

    // ---------------------------------------------------------------- one mistake, refused

    /**
     * One mistake a trainer can make, as the course is broken from the valid {@link TestCourse}, and
     * what the check says about it; {@code name} is what the case shows as in the test report.
     */
    record Mistake(String name, Consumer<TestCourse> make, Locale locale, List<Expected> expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Mistake mistake(String name, Consumer<TestCourse> make, Locale locale, Expected... expected) {
        return new Mistake(name, make, locale, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void a_mistake_is_refused_with_its_file_line_and_message(Mistake mistake) {
        TestCourse course = TestCourse.create(tmp);
        mistake.make().accept(course);

        assertRefused(course, mistake.locale(), mistake.expected().toArray(Expected[]::new));
    }

    static Stream<Mistake> mistakes() {
        String tooBig400 = "hình \"../images/cuoc-goi.png\" nặng 400 KB, quá 300 KB; hãy thu nhỏ để người dùng mạng yếu"
                + " tải được";
        String tooBig301 = "hình \"../images/cuoc-goi.png\" nặng 301 KB, quá 300 KB; hãy thu nhỏ để người dùng mạng yếu"
                + " tải được";
        String notUtf8 = "tệp không lưu ở dạng UTF-8; hãy lưu lại với mã hoá UTF-8";
        String html = "bài học không được chứa mã HTML; hãy viết bằng Markdown";
        return Stream.of(
                // course.yaml
                mistake(
                        "yaml_syntax_error_is_refused_with_the_line_it_is_on",
                        c -> c.replace(COURSE, "  vi: An toàn cơ bản", "  vi: An toàn: cơ bản"),
                        VI,
                        problem(
                                "yaml-syntax",
                                COURSE,
                                6,
                                "tệp YAML viết sai cú pháp: mapping values are not allowed here. Kiểm tra dấu hai chấm,"
                                        + " thụt lề và dấu ngoặc kép quanh câu có dấu \":\".")),
                mistake(
                        "missing_field_is_refused_with_the_line_of_its_mapping",
                        c -> c.replace(COURSE, "version: 1\n", ""),
                        VI,
                        problem("missing-field", COURSE, 1, "thiếu trường \"version\"")),
                mistake(
                        "missing_english_text_is_refused_naming_the_field_and_language",
                        c -> c.replace(COURSE, "  en: Basic safety\n", ""),
                        VI,
                        problem("missing-language", COURSE, 6, "\"title\" thiếu bản \"en\"")),
                mistake(
                        "pass_mark_that_is_not_a_number_is_refused",
                        c -> c.replace(COURSE, "passMark: 80", "passMark: tám mươi"),
                        VI,
                        problem("not-a-number", COURSE, 12, "\"passMark\" phải là một số, không phải \"tám mươi\"")),
                mistake(
                        "pass_mark_over_100_is_refused_as_out_of_range",
                        c -> c.replace(COURSE, "passMark: 80", "passMark: 150"),
                        VI,
                        problem("out-of-range", COURSE, 12, "\"passMark\" là 150, phải từ 1 đến 100")),
                mistake(
                        "pass_mark_over_100_is_explained_in_english_too",
                        c -> c.replace(COURSE, "passMark: 80", "passMark: 150"),
                        Locale.ENGLISH,
                        problem("out-of-range", COURSE, 12, "\"passMark\" is 150; it must be between 1 and 100")),
                mistake(
                        "unknown_skill_is_refused_listing_the_skills_there_are",
                        c -> c.replace(COURSE, "skill: CYBER_SAFETY", "skill: COOKING"),
                        VI,
                        problem(
                                "unknown-value",
                                COURSE,
                                3,
                                "\"skill\" không nhận giá trị \"COOKING\"; chỉ được dùng: PUBLIC_SERVICES, ONLINE_SHOPPING,"
                                        + " ONLINE_PAYMENT, CYBER_SAFETY, DIGITAL_PLATFORMS")),
                mistake(
                        "id_that_differs_from_the_folder_name_is_refused",
                        c -> c.replace(COURSE, "id: an-toan-co-ban", "id: an-toan"),
                        VI,
                        problem(
                                "id-mismatch",
                                COURSE,
                                1,
                                "id \"an-toan\" phải trùng với tên thư mục \"an-toan-co-ban\"")),
                mistake(
                        "folder_without_course_yaml_is_refused",
                        c -> c.delete(COURSE),
                        VI,
                        problem("course-file-missing", COURSE, 0, "thiếu tệp course.yaml")),
                mistake(
                        "folder_without_questions_yaml_is_refused",
                        c -> c.delete(QUESTIONS),
                        VI,
                        problem(
                                "questions-file-missing",
                                QUESTIONS,
                                0,
                                "thiếu tệp questions.yaml (ngân hàng câu hỏi)")),
                mistake(
                        "credit_hours_on_a_skill_course_is_refused",
                        c -> c.replace(COURSE, "skill: CYBER_SAFETY\n", "skill: CYBER_SAFETY\ncreditHours: 4\n"),
                        VI,
                        problem(
                                "official-only",
                                COURSE,
                                4,
                                "\"creditHours\" chỉ dùng cho khoá học bắt buộc của cán bộ (category: OFFICIAL)")),
                mistake(
                        "credit_hours_on_a_skill_course_is_explained_in_english_with_its_apostrophe",
                        c -> c.replace(COURSE, "skill: CYBER_SAFETY\n", "skill: CYBER_SAFETY\ncreditHours: 4\n"),
                        Locale.ENGLISH,
                        problem(
                                "official-only",
                                COURSE,
                                4,
                                "\"creditHours\" is only for officials' mandatory courses (category: OFFICIAL)")),
                mistake(
                        "deadline_written_day_first_is_refused",
                        c -> official(c, "30-11"),
                        VI,
                        problem(
                                "deadline-format",
                                COURSE,
                                5,
                                "hạn hoàn thành \"30-11\" phải viết dạng tháng-ngày, ví dụ \"11-30\"")),
                mistake(
                        "deadline_that_is_no_real_day_is_refused",
                        c -> official(c, "02-30"),
                        VI,
                        problem(
                                "deadline-format",
                                COURSE,
                                5,
                                "hạn hoàn thành \"02-30\" phải viết dạng tháng-ngày, ví dụ \"11-30\"")),
                // Reported on the first line of the "assessment:" block (line 12, passMark), as the
                // validator reports a problem of a whole mapping; line 13 (questionsPerAttempt) would be
                // more precise.
                mistake(
                        "bank_smaller_than_the_questions_per_attempt_is_refused",
                        c -> c.replace(COURSE, "questionsPerAttempt: 4", "questionsPerAttempt: 5"),
                        VI,
                        problem(
                                "bank-too-small",
                                COURSE,
                                12,
                                "ngân hàng chỉ có 4 câu hỏi, ít hơn số câu mỗi lần kiểm tra (5)")),
                mistake(
                        "empty_question_bank_is_refused",
                        c -> c.write(QUESTIONS, "questions: []\n"),
                        VI,
                        problem(
                                "bank-too-small",
                                COURSE,
                                12,
                                "ngân hàng chỉ có 0 câu hỏi, ít hơn số câu mỗi lần kiểm tra (4)")),
                mistake(
                        "bad_questions_per_attempt_is_reported_once",
                        c -> c.replace(COURSE, "questionsPerAttempt: 4", "questionsPerAttempt: bốn"),
                        VI,
                        problem(
                                "not-a-number",
                                COURSE,
                                13,
                                "\"questionsPerAttempt\" phải là một số, không phải \"bốn\"")),
                mistake(
                        "empty_audience_is_refused_on_its_line",
                        c -> c.replace(COURSE, "audience: [RESIDENT, STUDENT]", "audience: []"),
                        VI,
                        problem("audience-empty", COURSE, 4, "cần ít nhất một đối tượng người học")),
                mistake(
                        "course_yaml_not_saved_as_utf8_is_refused",
                        c -> c.write(
                                COURSE,
                                TestCourse.COURSE_YAML
                                        .formatted(TestCourse.ID)
                                        .getBytes(Charset.forName("windows-1258"))),
                        VI,
                        problem("not-utf8", COURSE, 0, notUtf8)),
                // lessons
                mistake(
                        "lesson_without_its_english_file_is_refused_on_its_line_in_course_yaml",
                        c -> c.delete(LESSON_2_EN),
                        VI,
                        problem("lesson-file-missing", COURSE, 19, "không có tệp bài học " + shown(LESSON_2_EN))),
                mistake(
                        "lesson_without_its_english_file_is_explained_in_english_too",
                        c -> c.delete(LESSON_2_EN),
                        Locale.ENGLISH,
                        problem(
                                "lesson-file-missing",
                                COURSE,
                                19,
                                "the lesson file " + shown(LESSON_2_EN) + " does not exist")),
                mistake(
                        "lesson_that_does_not_start_with_a_title_is_refused",
                        c -> c.replace(LESSON_2_VI, "# Mật khẩu mạnh", "Mật khẩu mạnh"),
                        VI,
                        problem(
                                "lesson-title",
                                LESSON_2_VI,
                                1,
                                "dòng đầu tiên của bài học phải là tiêu đề dạng \"# Tiêu đề\"")),
                mistake(
                        "raw_html_in_a_lesson_is_refused_with_its_line",
                        c -> c.replace(
                                LESSON_2_VI,
                                "Mật khẩu mạnh dài ít nhất 12 ký tự.",
                                "<center>Mật khẩu mạnh dài ít nhất 12 ký tự.</center>"),
                        VI,
                        problem("lesson-html", LESSON_2_VI, 3, html)),
                mistake(
                        "html_on_the_second_line_of_a_paragraph_is_refused_with_that_line",
                        c -> c.replace(
                                LESSON_2_VI,
                                "Mật khẩu mạnh dài ít nhất 12 ký tự.",
                                "Mật khẩu mạnh dài\nít nhất 12 ký tự.<br>"),
                        VI,
                        problem("lesson-html", LESSON_2_VI, 4, html)),
                mistake(
                        "lesson_with_a_step_fewer_in_english_is_refused_showing_both_structures",
                        c -> c.replace(LESSON_1_EN, "3. Ask your family.\n", ""),
                        VI,
                        problem(
                                "lesson-structure",
                                LESSON_1_EN,
                                0,
                                "bản tiếng Anh khác bản tiếng Việt về các bước, hộp lưu ý hoặc hình ảnh. Tiếng Việt:"
                                        + " [steps:3, warning, image]; tiếng Anh: [steps:2, warning, image]")),
                mistake(
                        "image_without_a_description_is_refused",
                        c -> c.replace(LESSON_1_EN, "![A call from an unknown number]", "![]"),
                        VI,
                        problem(
                                "image-alt",
                                LESSON_1_EN,
                                12,
                                "hình \"../images/cuoc-goi.png\" thiếu lời mô tả: viết ![mô tả hình](…)")),
                mistake(
                        "image_that_is_not_in_the_images_folder_is_refused",
                        c -> c.replace(LESSON_1_VI, "../images/cuoc-goi.png", "../images/cuoc-goi-2.png"),
                        VI,
                        problem(
                                "image-missing",
                                LESSON_1_VI,
                                12,
                                "không tìm thấy hình \"../images/cuoc-goi-2.png\" trong thư mục images/")),
                mistake(
                        "image_over_300_kb_is_refused_in_each_lesson_file_that_shows_it",
                        c -> c.write(TestCourse.IMAGE, new byte[400 * 1024]),
                        VI,
                        problem("image-too-big", LESSON_1_VI, 12, tooBig400),
                        problem("image-too-big", LESSON_1_EN, 12, tooBig400)),
                mistake(
                        "image_just_over_300_kb_is_not_said_to_weigh_300_kb",
                        c -> c.write(TestCourse.IMAGE, new byte[300 * 1024 + 1]),
                        VI,
                        problem("image-too-big", LESSON_1_VI, 12, tooBig301),
                        problem("image-too-big", LESSON_1_EN, 12, tooBig301)),
                mistake(
                        "lesson_not_saved_as_utf8_is_refused",
                        c -> c.write(LESSON_2_VI, TestCourse.LESSON_2_VI.getBytes(Charset.forName("windows-1258"))),
                        VI,
                        problem("not-utf8", LESSON_2_VI, 0, notUtf8)),
                // questions.yaml
                mistake(
                        "question_id_used_twice_is_refused_on_the_second_question",
                        c -> c.replace(QUESTIONS, "- id: pay-by-qr", "- id: otp-secret"),
                        VI,
                        problem("question-duplicate", QUESTIONS, 42, "mã câu hỏi \"otp-secret\" bị trùng")),
                // line 8: the list of answers, which now starts with the remaining answer
                mistake(
                        "single_question_with_one_answer_is_refused_for_its_answer_count",
                        c -> c.replace(QUESTIONS, """
                                      - text: {vi: Đọc mã OTP cho họ, en: Read them the code}
                                        correct: false
                                        feedback: {vi: Sai. Kẻ gian sẽ rút tiền của bạn., en: Wrong. A scammer will take your money.}
                                """, ""),
                        VI,
                        problem("answer-count", QUESTIONS, 8, "câu hỏi có 1 đáp án; cần từ 2 đến 6")),
                mistake(
                        "single_question_with_two_right_answers_is_refused_with_its_line",
                        c -> c.replace(
                                QUESTIONS,
                                "Read them the code}\n        correct: false",
                                "Read them the code}\n        correct: true"),
                        VI,
                        problem(
                                "single-correct-count",
                                QUESTIONS,
                                2,
                                "câu hỏi SINGLE \"otp-secret\" có 2 đáp án đúng; phải có đúng 1")),
                mistake(
                        "single_question_with_two_right_answers_is_explained_in_english_too",
                        c -> c.replace(
                                QUESTIONS,
                                "Read them the code}\n        correct: false",
                                "Read them the code}\n        correct: true"),
                        Locale.ENGLISH,
                        problem(
                                "single-correct-count",
                                QUESTIONS,
                                2,
                                "SINGLE question \"otp-secret\" has 2 right answers; it needs exactly 1")),
                mistake(
                        "multiple_question_with_only_one_right_answer_is_refused",
                        c -> c.replace(
                                QUESTIONS,
                                "en: Toi-Thich-Com-Tam-2024}\n        correct: true",
                                "en: Toi-Thich-Com-Tam-2024}\n        correct: false"),
                        VI,
                        problem(
                                "multiple-correct-count",
                                QUESTIONS,
                                14,
                                "câu hỏi MULTIPLE \"strong-password\" có 1 đáp án đúng; cần ít nhất 2")),
                mistake(
                        "order_question_with_two_steps_is_refused",
                        c -> c.replace(QUESTIONS, """
                                      - text: {vi: Kiểm tra tên và số tiền, en: Check the name and the amount}
                                        feedback: {vi: Kiểm tra trước khi xác nhận., en: Check before you confirm.}
                                """, ""),
                        VI,
                        problem("step-count", QUESTIONS, 48, "câu hỏi sắp xếp có 2 bước; cần từ 3 đến 6")),
                mistake(
                        "scenario_mark_that_is_not_true_or_false_is_refused",
                        c -> c.replace(QUESTIONS, "  - id: otp-secret\n", "  - id: otp-secret\n    scenario: maybe\n"),
                        VI,
                        problem(
                                "not-a-boolean",
                                QUESTIONS,
                                3,
                                "\"scenario\" phải là true hoặc false, không phải \"maybe\"")));
    }

    // ---------------------------------------------------------------- course.yaml, beyond one mistake

    @Test
    void misspelt_field_is_refused_as_unknown_with_its_line_and_the_real_field_as_missing() {
        TestCourse course = TestCourse.create(tmp);
        course.replace(COURSE, "  passMark: 80", "  pasMark: 80");

        CourseReader.Result result = course.read();

        assertThat(result.problems())
                .extracting(ContentProblem::key, p -> p.file().toString(), ContentProblem::line)
                .containsExactly(
                        tuple("unknown-field", course.shown(COURSE), 12),
                        tuple("missing-field", course.shown(COURSE), 12));
        // The allowed fields are listed in no fixed order (the next test pins their order), so the
        // printed message is compared with the list taken as a set.
        List<String> printed = problemLines(course.check(VI));
        assertThat(printed).hasSize(2);
        String prefix = "  " + course.shown(COURSE) + ":12: không có trường \"pasMark\" trong assessment (gõ nhầm?)."
                + " Các trường được dùng: ";
        assertThat(printed.get(0)).startsWith(prefix);
        assertThat(printed.get(0).substring(prefix.length()).split(", "))
                .containsExactlyInAnyOrder("passMark", "questionsPerAttempt", "retake");
        assertThat(printed.get(1)).isEqualTo("  " + course.shown(COURSE) + ":12: thiếu trường \"passMark\"");
    }

    @Test
    void unknown_field_message_lists_the_allowed_fields_in_a_fixed_order() {
        TestCourse course = TestCourse.create(tmp);
        course.replace(COURSE, "  passMark: 80", "  pasMark: 80");

        assertThat(problemLines(course.check(VI)).getFirst())
                .isEqualTo("  " + course.shown(COURSE) + ":12: không có trường \"pasMark\" trong assessment (gõ nhầm?)."
                        + " Các trường được dùng: passMark, questionsPerAttempt, retake");
    }

    @Test
    void folder_name_with_capitals_or_underscores_is_refused() {
        TestCourse course = TestCourse.create(tmp, "An_Toan");

        assertRefused(
                course,
                VI,
                new Expected(
                        "folder-name",
                        "content/courses/An_Toan",
                        0,
                        "tên thư mục \"An_Toan\" chỉ được có chữ thường không dấu, số và dấu gạch ngang"));
    }

    @Test
    void field_written_twice_is_refused() {
        TestCourse course = TestCourse.create(tmp);
        course.replace(COURSE, "version: 1\n", "version: 1\nversion: 2\n");

        CourseReader.Result result = course.read();

        assertThat(result.valid()).isFalse();
        assertThat(result.problems())
                .extracting(ContentProblem::file, ContentProblem::line)
                .containsExactly(tuple(Path.of(course.shown(COURSE)), 3));
    }

    // ---------------------------------------------------------------- lessons, beyond one mistake

    @Test
    void image_of_exactly_300_kb_is_accepted() {
        TestCourse course = TestCourse.create(tmp);
        course.write(TestCourse.IMAGE, new byte[300 * 1024]);

        assertThat(course.read().problems()).isEmpty();
    }

    // ---------------------------------------------------------------- question bank warnings

    @Test
    void bank_whose_right_answer_is_usually_the_longest_is_published_with_a_warning() {
        TestCourse course = TestCourse.create(tmp);
        course.write(
                QUESTIONS,
                TestCourse.bank(
                        TestCourse.single("q1", true),
                        TestCourse.single("q2", true),
                        TestCourse.single("q3", true),
                        TestCourse.single("q4", false),
                        TestCourse.single("q5", false)));

        CourseReader.Result result = course.read();

        assertThat(result.valid()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings())
                .extracting(ContentProblem::key, p -> p.file().toString(), ContentProblem::line, ContentProblem::args)
                .containsExactly(tuple("longest-right", course.shown(QUESTIONS), 0, List.of(3, 5, 60, 40)));
        assertThat(ContentValidation.describe(result.warnings().getFirst(), new TranslationProvider(), VI))
                .isEqualTo(course.shown(QUESTIONS) + ": cảnh báo: đáp án đúng là đáp án dài nhất ở 3/5 câu hỏi chọn"
                        + " đáp án (60 %, quá 40 %). Người học chỉ cần chọn đáp án dài nhất là đúng, không cần đọc"
                        + " bài. Hãy viết lại một số đáp án. Khoá học vẫn được xuất bản.");
    }

    @Test
    void fewer_than_five_choice_questions_are_too_few_to_warn_about() {
        TestCourse course = TestCourse.create(tmp);
        course.write(
                QUESTIONS,
                TestCourse.bank(
                        TestCourse.single("q1", true),
                        TestCourse.single("q2", true),
                        TestCourse.single("q3", true),
                        TestCourse.single("q4", true)));

        CourseReader.Result result = course.read();

        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.bank().longestRightPercent()).isEqualTo(100);
    }

    @Test
    void true_false_questions_nearly_all_keyed_false_are_published_with_a_warning() {
        TestCourse course = TestCourse.create(tmp);
        course.write(
                QUESTIONS,
                TestCourse.bank(
                        TestCourse.trueFalse("t1", false),
                        TestCourse.trueFalse("t2", false),
                        TestCourse.trueFalse("t3", false),
                        TestCourse.trueFalse("t4", true)));

        CourseReader.Result result = course.read();

        assertThat(result.valid()).isTrue();
        assertThat(result.warnings())
                .extracting(ContentProblem::key, ContentProblem::args)
                .containsExactly(tuple("true-false-mostly-false", List.of(3, 4, 75, 70)));
        assertThat(ContentValidation.describe(result.warnings().getFirst(), new TranslationProvider(), Locale.ENGLISH))
                .isEqualTo(course.shown(QUESTIONS) + ": warning: 3 of 4 true/false questions are keyed \"False\" (75 %,"
                        + " over 70 %). A learner can pass by always answering \"False\" without reading the lessons."
                        + " Add statements that are true. The course is still published.");
    }

    @Test
    void warnings_of_a_bank_do_not_hide_errors_elsewhere_in_the_course() {
        TestCourse course = TestCourse.create(tmp);
        course.write(
                QUESTIONS,
                TestCourse.bank(
                        TestCourse.trueFalse("t1", false),
                        TestCourse.trueFalse("t2", false),
                        TestCourse.trueFalse("t3", false),
                        TestCourse.trueFalse("t4", false)));
        course.delete(LESSON_2_EN);

        CourseReader.Result result = course.read();

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).extracting(ContentProblem::key).containsExactly("lesson-file-missing");
        assertThat(result.warnings()).extracting(ContentProblem::key).containsExactly("true-false-mostly-false");
    }

    @Test
    void scenario_mark_is_counted_and_not_published() {
        TestCourse course = TestCourse.create(tmp);
        course.replace(QUESTIONS, "  - id: otp-secret\n", "  - id: otp-secret\n    scenario: true\n");
        course.replace(QUESTIONS, "  - id: pay-by-qr\n", "  - id: pay-by-qr\n    scenario: false\n");

        CourseReader.Result result = course.read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.bank()).isEqualTo(new QuestionBankStats(4, 2, 1, 1, 0, 1, 0, 1));
        assertThat(result.bank().scenarioPercent()).isEqualTo(25);
        assertThat(result.course())
                .isEqualTo(TestCourse.create(tmp.resolve("unmarked")).read().course());
    }

    @Test
    void answers_of_equal_length_count_as_the_right_one_being_longest() {
        Question tie = new Question(
                "tie",
                QuestionType.SINGLE,
                new Text("?", "?"),
                List.of(
                        new Choice(new Text("Khóa màn hình", "a"), true, new Text("", "")),
                        new Choice(new Text("Để nguyên máy", "bbbbbbbbbbbbbbbbbbbbbbb"), false, new Text("", ""))));
        Question multipleLongestWrong = new Question(
                "multiple",
                QuestionType.MULTIPLE,
                new Text("?", "?"),
                List.of(
                        new Choice(new Text("Ngắn", "a"), true, new Text("", "")),
                        new Choice(new Text("Ngắn nữa", "a"), true, new Text("", "")),
                        new Choice(new Text("Một câu sai dài hơn cả", "a"), false, new Text("", ""))));

        assertThat(QuestionBankStats.longestIsRight(tie)).isTrue();
        assertThat(QuestionBankStats.longestIsRight(multipleLongestWrong)).isFalse();
    }

    // ---------------------------------------------------------------- an option written twice

    @Test
    void answer_repeated_in_vietnamese_is_published_with_a_warning_at_the_second_one() {
        TestCourse course = TestCourse.create(tmp);
        // other case, decomposed diacritics and extra spaces: still the same option to a reader
        String decomposed = java.text.Normalizer.normalize("  đọc mã  OTP cho HỌ ", java.text.Normalizer.Form.NFD);
        course.replace(QUESTIONS, "{vi: Cúp máy, en: Hang up}", "{vi: \"" + decomposed + "\", en: Hang up}");

        CourseReader.Result result = course.read();

        assertThat(result.valid()).isTrue();
        int second = lineOf(course.read(QUESTIONS), "Hang up}");
        assertThat(result.warnings())
                .extracting(ContentProblem::key, p -> p.file().toString(), ContentProblem::line, ContentProblem::args)
                .containsExactly(tuple(
                        "option-repeated",
                        course.shown(QUESTIONS),
                        second,
                        List.of("otp-secret", "đọc mã  OTP cho HỌ", "vi")));
        assertThat(ContentValidation.describe(result.warnings().getFirst(), new TranslationProvider(), VI))
                .isEqualTo(course.shown(QUESTIONS) + ":" + second
                        + ": cảnh báo: câu hỏi \"otp-secret\" có hai lựa chọn giống nhau \"đọc mã  OTP cho HỌ\""
                        + " (bản \"vi\"). Người học sẽ thấy như một lựa chọn; hãy viết lại hoặc bỏ một lựa chọn."
                        + " Khoá học vẫn được xuất bản.");
    }

    @Test
    void step_repeated_in_english_is_published_with_a_warning_naming_the_language() {
        TestCourse course = TestCourse.create(tmp);
        course.replace(QUESTIONS, "en: Check the name and the amount}", "en: open the bank app}");

        CourseReader.Result result = course.read();

        assertThat(result.valid()).isTrue();
        assertThat(result.warnings())
                .extracting(ContentProblem::key, ContentProblem::line, ContentProblem::args)
                .containsExactly(tuple(
                        "option-repeated",
                        lineOf(course.read(QUESTIONS), "en: open the bank app}"),
                        List.of("pay-by-qr", "open the bank app", "en")));
        assertThat(ContentValidation.describe(result.warnings().getFirst(), new TranslationProvider(), Locale.ENGLISH))
                .endsWith(": warning: question \"pay-by-qr\" has two options reading \"open the bank app\""
                        + " (the \"en\" text). Learners see them as one option; rewrite or remove one of them."
                        + " The course is still published.");
    }

    @Test
    void options_that_differ_only_in_one_language_warn_for_that_language_alone() {
        TestCourse course = TestCourse.create(tmp);
        // the same password in both languages is normal; two answers both "123456" in English only are not
        course.replace(
                QUESTIONS, "{vi: Hoa-Sen-No-Thang-6, en: Hoa-Sen-No-Thang-6}", "{vi: Hoa-Sen-No-Thang-6, en: 123456}");

        CourseReader.Result result = course.read();

        assertThat(result.warnings())
                .extracting(ContentProblem::key, ContentProblem::args)
                .containsExactly(tuple("option-repeated", List.of("strong-password", "123456", "en")));
    }

    @Test
    void the_valid_course_repeats_no_option_and_true_false_choices_are_not_checked() {
        TestCourse course = TestCourse.create(tmp);

        assertThat(course.read().warnings()).isEmpty();
        assertThat(CourseReader.sameOption(" Cúp\u00A0 MÁY ")).isEqualTo(CourseReader.sameOption("cúp máy"));
    }

    private static int lineOf(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part + " not found");
    }

    /** A question bank, and the warnings it is published with (none, or their keys). */
    record Bank(String name, String questions, List<String> warnings) {

        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("banks")
    void a_bank_is_published_with_the_warnings_its_balance_calls_for(Bank bank) {
        TestCourse course = TestCourse.create(tmp);
        course.write(QUESTIONS, bank.questions());

        CourseReader.Result result = course.read();

        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).extracting(ContentProblem::key).containsExactlyElementsOf(bank.warnings());
    }

    static Stream<Bank> banks() {
        return Stream.of(
                new Bank(
                        "right_answer_longest_in_two_of_five_questions_is_no_warning",
                        TestCourse.bank(
                                TestCourse.single("q1", true),
                                TestCourse.single("q2", true),
                                TestCourse.single("q3", false),
                                TestCourse.single("q4", false),
                                TestCourse.single("q5", false)),
                        List.of()),
                new Bank(
                        "true_false_questions_nearly_all_keyed_true_are_warned_about_too",
                        TestCourse.bank(
                                TestCourse.trueFalse("t1", true),
                                TestCourse.trueFalse("t2", true),
                                TestCourse.trueFalse("t3", true),
                                TestCourse.trueFalse("t4", true)),
                        List.of("true-false-mostly-true")),
                new Bank(
                        "three_true_two_false_is_balanced_enough",
                        TestCourse.bank(
                                TestCourse.trueFalse("t1", true),
                                TestCourse.trueFalse("t2", true),
                                TestCourse.trueFalse("t3", true),
                                TestCourse.trueFalse("t4", false),
                                TestCourse.trueFalse("t5", false)),
                        List.of()),
                new Bank(
                        "three_true_false_questions_are_too_few_to_warn_about",
                        TestCourse.bank(
                                TestCourse.trueFalse("t1", false),
                                TestCourse.trueFalse("t2", false),
                                TestCourse.trueFalse("t3", false),
                                TestCourse.single("q1", false)),
                        List.of()));
    }

    // ---------------------------------------------------------------- helpers

    /** The course made an officials' course with this deadline. */
    private static TestCourse official(TestCourse course, String deadline) {
        course.replace(
                COURSE,
                "skill: CYBER_SAFETY\naudience: [RESIDENT, STUDENT]\n",
                "category: OFFICIAL\ncreditHours: 4\ndeadline: \"" + deadline + "\"\naudience: [OFFICIAL]\n");
        return course;
    }

    /** A problem expected in a file of the test course; the message as printed after "file:line: ". */
    record Expected(String key, String file, int line, String message) {

        String printed() {
            return "  " + (line > 0 ? file + ":" + line : file) + ": " + message;
        }
    }

    private static Expected problem(String key, String fileInCourse, int line, String message) {
        return new Expected(key, shown(fileInCourse), line, message);
    }

    /** How problems name a file of the test course. */
    private static String shown(String fileInCourse) {
        return "content/courses/" + TestCourse.ID + "/" + fileInCourse;
    }

    /**
     * The course is refused with exactly these problems (key, file, line), and the trainers' check
     * prints exactly these messages. In Vietnamese the whole output is compared, header and summary too.
     */
    static void assertRefused(TestCourse course, Locale locale, Expected... expected) {
        CourseReader.Result result = course.read();
        assertThat(result.valid()).isFalse();
        assertThat(result.course()).isNull();
        assertThat(result.problems())
                .extracting(ContentProblem::key, p -> p.file().toString(), ContentProblem::line)
                .containsExactly(Arrays.stream(expected)
                        .map(e -> tuple(e.key(), e.file(), e.line()))
                        .toArray(Tuple[]::new));

        TestCourse.Check check = course.check(locale);
        assertThat(check.exitCode()).isEqualTo(1);
        List<String> printed = Arrays.stream(expected).map(Expected::printed).toList();
        if (!TranslationProvider.isEnglish(locale)) {
            List<String> all = new ArrayList<>();
            all.add("✗ " + course.folderName() + ": KHÔNG xuất bản được, " + expected.length + " lỗi:");
            all.addAll(printed);
            all.add("Tổng cộng: 0 khoá học hợp lệ, 1 khoá học có lỗi.");
            assertThat(check.lines()).containsExactlyElementsOf(all);
        } else {
            assertThat(problemLines(check)).containsExactlyElementsOf(printed);
        }
    }

    /** The printed problem lines (indented under their course). */
    static List<String> problemLines(TestCourse.Check check) {
        return check.lines().stream().filter(l -> l.startsWith("  ")).toList();
    }
}
