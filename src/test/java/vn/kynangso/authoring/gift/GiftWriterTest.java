package vn.kynangso.authoring.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.kynangso.authoring.gift.GiftImport.Imported;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Text;

/**
 * Writing a bank as GIFT: the text Moodle reads, the comment-line extensions it skips, and a round
 * trip through {@link GiftReader} that gives back the same questions in the chosen language.
 */
class GiftWriterTest {

    private static final Locale VI = TranslationProvider.VIETNAMESE;

    private static Choice choice(String vi, String en, boolean correct, String feedbackVi, String feedbackEn) {
        return new Choice(new Text(vi, en), correct, new Text(feedbackVi, feedbackEn));
    }

    private static final Question SINGLE = new Question(
            "otp-secret",
            QuestionType.SINGLE,
            new Text(
                    "Người lạ gọi điện xin mã OTP để “hoàn tiền”. Bạn làm gì?",
                    "A stranger calls asking for your OTP to “refund” you. What do you do?"),
            List.of(
                    choice(
                            "Đọc mã OTP cho họ",
                            "Read them the OTP",
                            false,
                            "Sai. Có mã OTP, kẻ gian rút được tiền.",
                            "Wrong. With the OTP a scammer takes your money."),
                    choice(
                            "Cúp máy, gọi ngân hàng theo số trên thẻ",
                            "Hang up, call the bank on the card's number",
                            true,
                            "Đúng. Không ai có quyền xin mã OTP.",
                            "Right. Nobody may ask for your OTP.")));

    private static final Question MULTIPLE = new Question(
            "scam-signs",
            QuestionType.MULTIPLE,
            new Text("Dấu hiệu lừa đảo: chọn mọi ý đúng.", "Signs of a scam: tick all that apply."),
            List.of(
                    choice("Giục chuyển tiền ngay", "Hurries you to pay now", true, "Đúng.", "Right."),
                    choice("Đường link lạ", "A strange link", true, "Đúng.", "Right."),
                    choice("Xin mã OTP", "Asks for the OTP", true, "Đúng.", "Right."),
                    choice(
                            "Gọi từ số tổng đài in trên thẻ",
                            "Calls from the number on your card",
                            false,
                            "Số in trên thẻ là số thật.",
                            "The number on the card is real.")));

    private static final Question TRUE_STATEMENT = new Question(
            "lock-card",
            QuestionType.TRUE_FALSE,
            new Text("Có thể khoá thẻ ngay trong ứng dụng ngân hàng.", "You can lock your card in the bank app."),
            List.of(
                    choice(
                            "Đúng",
                            "True",
                            true,
                            "Đúng: hãy khoá ngay khi mất thẻ.",
                            "Right: lock it as soon as it is lost."),
                    choice(
                            "Sai",
                            "False",
                            false,
                            "Chưa đúng: ứng dụng có nút khoá thẻ.",
                            "Not right: the app has a lock button.")));

    private static final Question FALSE_STATEMENT = new Question(
            "bank-never-asks-otp",
            QuestionType.TRUE_FALSE,
            new Text("Ngân hàng có thể gọi điện xin mã OTP.", "A bank may call and ask for your OTP."),
            List.of(
                    choice(
                            "Đúng",
                            "True",
                            false,
                            "Chưa đúng. Ngân hàng không bao giờ xin mã OTP.",
                            "Not right. Banks never ask for it."),
                    choice(
                            "Sai",
                            "False",
                            true,
                            "Đúng. Ai xin mã OTP là kẻ gian.",
                            "Right. Whoever asks is a scammer.")));

    private static final Question ORDER = new Question(
            "pay-by-qr-steps",
            QuestionType.ORDER,
            new Text("Sắp xếp các bước thanh toán bằng mã QR.", "Put the steps of paying by QR in order."),
            List.of(
                    choice(
                            "Mở ứng dụng ngân hàng",
                            "Open the bank app",
                            true,
                            "Luôn bắt đầu từ ứng dụng chính thức.",
                            "Start from the official app."),
                    choice(
                            "Quét mã QR của người bán",
                            "Scan the seller's QR code",
                            true,
                            "Mã dán tại quầy.",
                            "The code at the counter."),
                    choice(
                            "Kiểm tra tên người nhận -> số tiền > 0",
                            "Check the name -> amount > 0",
                            true,
                            "Trước khi xác nhận.",
                            "Before confirming."),
                    choice("Xác nhận bằng mã PIN", "Confirm with your PIN", true, "Bước cuối.", "The last step.")));

    /** Every character GIFT gives a meaning, and texts that look like a format or a weight. */
    private static final Question AWKWARD = new Question(
            "awkward-text",
            QuestionType.SINGLE,
            new Text(
                    "Tin nhắn: “{mã} #1 = ~ :: \\n” \\ hết.\nDòng hai — đọc kỹ!",
                    "Message: “{code} #1 = ~ :: \\n” \\ end.\nLine two."),
            List.of(
                    choice(
                            "[html]<b>không</b> phải thẻ",
                            "[html]<b>not</b> a tag",
                            true,
                            "[markdown] giữ nguyên",
                            "[markdown] kept"),
                    choice("%50% giảm giá", "%50% off", false, "", ""),
                    choice("a -> b", "a -> b", false, "// không phải chú thích", "// not a comment")));

    private static final List<Question> BANK =
            List.of(SINGLE, MULTIPLE, TRUE_STATEMENT, FALSE_STATEMENT, ORDER, AWKWARD);

    @Test
    void a_pick_one_question_is_titled_with_its_code_in_plain_text_with_feedback_on_every_answer() {
        assertThat(GiftWriter.write(List.of(SINGLE), Set.of(), VI)).isEqualTo("""
                        ::otp-secret:: [plain]Người lạ gọi điện xin mã OTP để “hoàn tiền”. Bạn làm gì? {
                        ~Đọc mã OTP cho họ #Sai. Có mã OTP, kẻ gian rút được tiền.
                        =Cúp máy, gọi ngân hàng theo số trên thẻ #Đúng. Không ai có quyền xin mã OTP.
                        }
                        """);
    }

    @Test
    void tick_all_answers_share_100_equally_and_wrong_ones_take_a_share_away() {
        assertThat(GiftWriter.write(List.of(MULTIPLE), Set.of(), Locale.ENGLISH))
                .isEqualTo("""
                        ::scam-signs:: [plain]Signs of a scam\\: tick all that apply. {
                        ~%33.33333%Hurries you to pay now #Right.
                        ~%33.33333%A strange link #Right.
                        ~%33.33334%Asks for the OTP #Right.
                        ~%-33.33333%Calls from the number on your card #The number on the card is real.
                        }
                        """);
    }

    @Test
    void true_false_puts_the_wrong_answers_feedback_first_and_the_right_answers_second() {
        assertThat(GiftWriter.write(List.of(TRUE_STATEMENT, FALSE_STATEMENT), Set.of(), VI))
                .isEqualTo("""
                        ::lock-card:: [plain]Có thể khoá thẻ ngay trong ứng dụng ngân hàng. \
                        {T#Chưa đúng\\: ứng dụng có nút khoá thẻ.#Đúng\\: hãy khoá ngay khi mất thẻ.}

                        ::bank-never-asks-otp:: [plain]Ngân hàng có thể gọi điện xin mã OTP. \
                        {F#Chưa đúng. Ngân hàng không bao giờ xin mã OTP.#Đúng. Ai xin mã OTP là kẻ gian.}
                        """);
    }

    @Test
    void ordering_questions_are_comment_lines_moodle_skips_and_scenarios_a_marker_line() {
        String gift = GiftWriter.write(List.of(ORDER, SINGLE), Set.of("pay-by-qr-steps", "otp-secret"), VI);

        assertThat(gift).startsWith("""
                        // @kns-scenario
                        // @kns-order
                        // ::pay-by-qr-steps:: [plain]Sắp xếp các bước thanh toán bằng mã QR. {
                        // >Mở ứng dụng ngân hàng #Luôn bắt đầu từ ứng dụng chính thức.
                        // >Quét mã QR của người bán #Mã dán tại quầy.
                        // >Kiểm tra tên người nhận -\\> số tiền \\> 0 #Trước khi xác nhận.
                        // >Xác nhận bằng mã PIN #Bước cuối.
                        // }

                        // @kns-scenario
                        ::otp-secret::""");
        String orderParagraph = gift.substring(0, gift.indexOf("\n\n"));
        assertThat(orderParagraph.lines()).allSatisfy(line -> assertThat(line).startsWith("//"));
    }

    @Test
    void special_characters_are_escaped_and_new_lines_written_as_backslash_n() {
        String gift = GiftWriter.write(List.of(AWKWARD), Set.of(), VI);

        assertThat(gift).isEqualTo("""
                        ::awkward-text:: [plain]Tin nhắn\\: “\\{mã\\} \\#1 \\= \\~ \\:\\: \\\\n” \\\\ hết.\\nDòng hai — đọc kỹ! {
                        =[plain][html]<b>không</b> phải thẻ #[plain][markdown] giữ nguyên
                        ~[plain]%50% giảm giá
                        ~a -> b #// không phải chú thích
                        }
                        """);
    }

    @Test
    void a_bank_written_and_read_back_is_the_same_in_vietnamese() {
        roundTrip(VI, text -> new Text(text.vi(), ""));
    }

    @Test
    void a_bank_written_and_read_back_is_the_same_in_english() {
        roundTrip(Locale.ENGLISH, text -> new Text("", text.en()));
    }

    private static void roundTrip(Locale language, Function<Text, Text> oneLanguage) {
        Set<String> scenarios = Set.of("otp-secret", "pay-by-qr-steps");

        GiftImport read = GiftReader.read(GiftWriter.write(BANK, scenarios, language), language, Set.of());

        assertThat(read.refused()).isEmpty();
        assertThat(read.questions())
                .extracting(Imported::question)
                .containsExactlyElementsOf(BANK.stream()
                        .map(question -> inOneLanguage(question, oneLanguage))
                        .toList());
        assertThat(read.questions())
                .filteredOn(Imported::scenario)
                .extracting(i -> i.question().code())
                .containsExactlyInAnyOrderElementsOf(scenarios);
        assertThat(read.questions())
                .filteredOn(i -> !i.question().code().equals("awkward-text"))
                .allSatisfy(i -> assertThat(i.notes()).isEmpty());
    }

    /** The question as the reader gives it back: texts in one language, true/false labels in both. */
    private static Question inOneLanguage(Question question, Function<Text, Text> oneLanguage) {
        boolean trueFalse = question.type() == QuestionType.TRUE_FALSE;
        return new Question(
                question.code(),
                question.type(),
                oneLanguage.apply(question.prompt()),
                question.choices().stream()
                        .map(c -> new Choice(
                                trueFalse ? c.text() : oneLanguage.apply(c.text()),
                                c.correct(),
                                oneLanguage.apply(c.feedback())))
                        .toList());
    }
}
