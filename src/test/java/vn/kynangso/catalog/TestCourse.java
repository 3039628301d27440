package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A small, fully valid course written into {@code <tmp>/content/courses/<folder>/}, for tests that
 * break exactly one thing in it. The file texts below are numbered as the validator counts lines,
 * so tests can name the line a problem must point at.
 */
final class TestCourse {

    static final String ID = "an-toan-co-ban";

    /*
     *  1 id
     *  2 version
     *  3 skill
     *  4 audience
     *  5 title:          6 vi   7 en
     *  8 summary:        9 vi  10 en
     * 11 assessment:    12 passMark  13 questionsPerAttempt  14 retake:  15 waitMinutes  16 reviewLessons
     * 17 lessons:       18 01-nhan-biet-lua-dao  19 02-mat-khau-manh
     */
    static final String COURSE_YAML = """
            id: %s
            version: 1
            skill: CYBER_SAFETY
            audience: [RESIDENT, STUDENT]
            title:
              vi: An toàn cơ bản
              en: Basic safety
            summary:
              vi: Nhận biết lừa đảo và giữ bí mật mã OTP.
              en: Spot scams and keep OTP codes secret.
            assessment:
              passMark: 80
              questionsPerAttempt: 4
              retake:
                waitMinutes: 30
                reviewLessons: true
            lessons:
              - 01-nhan-biet-lua-dao
              - 02-mat-khau-manh
            """;

    /*
     *  2 otp-secret (SINGLE)          7 answers:  8 first answer (wrong)  11 second answer (right)
     * 14 strong-password (MULTIPLE)  19 answers: 20 wrong  23 right  26 right (27 its "correct")
     * 29 bank-never-asks-otp (TRUE_FALSE), unquoted true:/false: feedback keys
     * 42 pay-by-qr (ORDER)           47 steps:   48, 50, 52 the steps in the right order
     */
    static final String QUESTIONS_YAML = """
            questions:
              - id: otp-secret
                type: SINGLE
                prompt:
                  vi: Người lạ gọi điện xin mã OTP. Bạn làm gì?
                  en: A stranger calls asking for your OTP. What do you do?
                answers:
                  - text: {vi: Đọc mã OTP cho họ, en: Read them the code}
                    correct: false
                    feedback: {vi: Sai. Kẻ gian sẽ rút tiền của bạn., en: Wrong. A scammer will take your money.}
                  - text: {vi: Cúp máy, en: Hang up}
                    correct: true
                    feedback: {vi: Đúng. Không ai được xin mã OTP., en: Right. Nobody may ask for your OTP.}
              - id: strong-password
                type: MULTIPLE
                prompt:
                  vi: Mật khẩu nào mạnh?
                  en: Which passwords are strong?
                answers:
                  - text: {vi: "123456", en: "123456"}
                    correct: false
                    feedback: {vi: Quá dễ đoán., en: Too easy to guess.}
                  - text: {vi: Hoa-Sen-No-Thang-6, en: Hoa-Sen-No-Thang-6}
                    correct: true
                    feedback: {vi: Đúng. Dài và khó đoán., en: Right. Long and hard to guess.}
                  - text: {vi: Toi-Thich-Com-Tam-2024, en: Toi-Thich-Com-Tam-2024}
                    correct: true
                    feedback: {vi: Đúng. Một câu dễ nhớ., en: Right. An easy sentence to remember.}
              - id: bank-never-asks-otp
                type: TRUE_FALSE
                prompt:
                  vi: Ngân hàng có thể gọi điện xin mã OTP.
                  en: A bank may call you and ask for your OTP.
                correct: false
                feedback:
                  true:
                    vi: Chưa đúng. Ngân hàng không bao giờ xin mã OTP.
                    en: Not right. Banks never ask for your OTP.
                  false:
                    vi: Đúng. Ai xin mã OTP là kẻ gian.
                    en: Right. Whoever asks for it is a scammer.
              - id: pay-by-qr
                type: ORDER
                prompt:
                  vi: Sắp xếp các bước thanh toán bằng mã QR.
                  en: Put the steps of paying by QR code in order.
                steps:
                  - text: {vi: Mở ứng dụng ngân hàng, en: Open the bank app}
                    feedback: {vi: Luôn bắt đầu từ ứng dụng chính thức., en: Always start from the official app.}
                  - text: {vi: Quét mã QR của người bán, en: Scan the seller's QR code}
                    feedback: {vi: Quét sau khi mở ứng dụng., en: Scan once the app is open.}
                  - text: {vi: Kiểm tra tên và số tiền, en: Check the name and the amount}
                    feedback: {vi: Kiểm tra trước khi xác nhận., en: Check before you confirm.}
            """;

    /* 1 title, 5-7 three steps, 9-10 warning box, 12 image */
    static final String LESSON_1_VI = """
            # Nhận biết lừa đảo

            Kẻ gian thường giục bạn làm ngay.

            1. Dừng lại.
            2. Gọi lại bằng số đã lưu.
            3. Hỏi người thân.

            > [!WARNING]
            > Công an không bao giờ gọi điện bảo bạn chuyển tiền.

            ![Màn hình cuộc gọi lạ](../images/cuoc-goi.png)
            """;

    static final String LESSON_1_EN = """
            # Spotting scams

            Scammers usually rush you.

            1. Stop.
            2. Call back on the number you saved.
            3. Ask your family.

            > [!WARNING]
            > The police never call to tell you to send money.

            ![A call from an unknown number](../images/cuoc-goi.png)
            """;

    static final String LESSON_2_VI = """
            # Mật khẩu mạnh

            Mật khẩu mạnh dài ít nhất 12 ký tự.

            > [!TIP]
            > Dùng một câu dễ nhớ làm mật khẩu.
            """;

    static final String LESSON_2_EN = """
            # Strong passwords

            A strong password has at least 12 characters.

            > [!TIP]
            > Use a sentence you remember easily.
            """;

    /** A question bank made of these questions (written by {@link #single} and {@link #trueFalse}). */
    static String bank(String... questions) {
        return "questions:\n" + String.join("", questions);
    }

    /**
     * A SINGLE question with a right answer of 12 characters and a wrong one of 24 (or, with
     * {@code rightIsLongest}, the other way round).
     */
    static String single(String id, boolean rightIsLongest) {
        String shortText = "Cúp máy ngay"; // 12 characters
        String longText = "Đọc mã OTP cho người gọi"; // 24 characters
        return """
                  - id: %s
                    type: SINGLE
                    prompt: {vi: "Người lạ xin mã OTP. Bạn làm gì?", en: "A stranger asks for your OTP. What do you do?"}
                    answers:
                      - text: {vi: %s, en: Right}
                        correct: true
                        feedback: {vi: Đúng., en: Right.}
                      - text: {vi: %s, en: Wrong}
                        correct: false
                        feedback: {vi: Sai., en: Wrong.}
                """.formatted(id, rightIsLongest ? longText : shortText, rightIsLongest ? shortText : longText);
    }

    /** A TRUE_FALSE question whose statement is {@code key}. */
    static String trueFalse(String id, boolean key) {
        return """
                  - id: %s
                    type: TRUE_FALSE
                    prompt: {vi: Ngân hàng có thể xin mã OTP., en: A bank may ask for your OTP.}
                    correct: %s
                    feedback:
                      true: {vi: "Đúng là vậy?", en: "Is it?"}
                      false: {vi: "Sai là vậy?", en: "Is it not?"}
                """.formatted(id, key);
    }

    static final String LESSON_1 = "lessons/01-nhan-biet-lua-dao";
    static final String LESSON_2 = "lessons/02-mat-khau-manh";
    static final String IMAGE = "images/cuoc-goi.png";

    final Path contentRoot;
    final Path folder;

    private TestCourse(Path contentRoot, Path folder) {
        this.contentRoot = contentRoot;
        this.folder = folder;
    }

    /** The valid course in {@code <tmp>/content/courses/an-toan-co-ban/}. */
    static TestCourse create(Path tmp) {
        return create(tmp, ID);
    }

    /** The valid course in a folder of that name, its id the same. */
    static TestCourse create(Path tmp, String folderName) {
        TestCourse course = new TestCourse(tmp.resolve("content"), tmp.resolve("content/courses/" + folderName));
        course.write("course.yaml", COURSE_YAML.formatted(folderName));
        course.write("questions.yaml", QUESTIONS_YAML);
        course.write(LESSON_1 + ".vi.md", LESSON_1_VI);
        course.write(LESSON_1 + ".en.md", LESSON_1_EN);
        course.write(LESSON_2 + ".vi.md", LESSON_2_VI);
        course.write(LESSON_2 + ".en.md", LESSON_2_EN);
        course.write(IMAGE, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        return course;
    }

    String folderName() {
        return folder.getFileName().toString();
    }

    /** How problems name a file of this course: relative to the content folder's parent. */
    String shown(String relative) {
        return "content/courses/" + folderName() + "/" + relative;
    }

    Path file(String relative) {
        return folder.resolve(relative);
    }

    String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestCourse write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    TestCourse write(String relative, byte[] bytes) {
        try {
            Path file = file(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces text that occurs exactly once in the file (so a test cannot break more than it says). */
    TestCourse replace(String relative, String old, String replacement) {
        String text = read(relative);
        assertThat(text.split(Pattern.quote(old), -1))
                .as("\"%s\" must occur exactly once in %s", old, relative)
                .hasSize(2);
        return write(relative, text.replace(old, replacement));
    }

    TestCourse delete(String relative) {
        try {
            Files.delete(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    CourseReader.Result read() {
        return new CourseReader(contentRoot).read(folder);
    }

    /** What the trainers' check prints for the whole content folder, line by line, and its exit code. */
    static Check check(Path contentRoot, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            exit = ContentValidation.run(contentRoot, locale, out);
        }
        return new Check(exit, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    Check check(Locale locale) {
        return check(contentRoot, locale);
    }

    record Check(int exitCode, List<String> lines) {}
}
