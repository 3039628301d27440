package vn.kynangso.authoring.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.kynangso.authoring.gift.GiftImport.Imported;
import vn.kynangso.authoring.gift.GiftImport.Refused;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.CourseSource.QuestionSource;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Text;

/**
 * Reading GIFT files written here from the format's rules: what is imported and how, what is
 * refused and on which line. Texts are in Vietnamese unless a test says English.
 */
class GiftReaderTest {

    private static final Locale VI = TranslationProvider.VIETNAMESE;
    private static final String OTP = "Người dân không bao giờ đọc mã OTP cho người lạ — kể cả “công an”.";

    private static GiftImport read(String gift) {
        return GiftReader.read(gift, VI, Set.of());
    }

    private static Question only(String gift) {
        GiftImport result = read(gift);
        assertThat(result.refused()).isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().getFirst().question();
    }

    private static Text vi(String text) {
        return new Text(text, "");
    }

    @Test
    void pick_one_question_keeps_every_vietnamese_diacritic_and_leaves_english_to_translate() {
        Question question = only("""
                ::OTP::%s {
                =Đúng vậy, kể cả người xưng là “công an” #Chính xác. Không ai được xin mã OTP của bạn.
                ~Được đọc cho công an xã #Sai. Công an không bao giờ gọi điện xin mã OTP.
                ~Chỉ đọc cho người quen #Sai. Tài khoản người quen có thể đã bị chiếm.
                }
                """.formatted(OTP));

        assertThat(question.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(question.prompt()).isEqualTo(vi(OTP));
        assertThat(question.choices())
                .containsExactly(
                        new Choice(
                                vi("Đúng vậy, kể cả người xưng là “công an”"),
                                true,
                                vi("Chính xác. Không ai được xin mã OTP của bạn.")),
                        new Choice(
                                vi("Được đọc cho công an xã"),
                                false,
                                vi("Sai. Công an không bao giờ gọi điện xin mã OTP.")),
                        new Choice(
                                vi("Chỉ đọc cho người quen"),
                                false,
                                vi("Sai. Tài khoản người quen có thể đã bị chiếm.")));
    }

    @Test
    void an_english_file_fills_english_and_leaves_vietnamese_empty() {
        GiftImport result = GiftReader.read(
                "Which code must you never share? {=The OTP #Right. ~The bank's name #It is public.}",
                Locale.ENGLISH,
                Set.of());

        Question question = result.questions().getFirst().question();
        assertThat(question.prompt()).isEqualTo(new Text("", "Which code must you never share?"));
        assertThat(question.choices().getFirst())
                .isEqualTo(new Choice(new Text("", "The OTP"), true, new Text("", "Right.")));
    }

    @Test
    void questions_are_split_at_blank_lines_and_an_answer_block_may_span_lines() {
        GiftImport result = read("""
                // Ngân hàng câu hỏi: an toàn số

                ::q-one::
                Mật khẩu nào mạnh nhất?
                {
                  ~123456 #Quá dễ đoán.
                  =Ngựa-Xanh-Ăn-Cỏ-2024 #Dài và khó đoán.
                }

                Mã QR trên tờ rơi dán ở cột điện luôn an toàn. {F}
                """);

        assertThat(result.questions())
                .extracting(
                        Imported::line,
                        i -> i.question().code(),
                        i -> i.question().type())
                .containsExactly(tuple(3, "q-one", QuestionType.SINGLE), tuple(10, "gift-10", QuestionType.TRUE_FALSE));
        assertThat(result.questions().getFirst().question().prompt()).isEqualTo(vi("Mật khẩu nào mạnh nhất?"));
    }

    @Test
    void partial_credit_without_an_equals_sign_is_a_tick_all_question_whose_positive_answers_are_right() {
        Imported imported = read("""
                Dấu hiệu nào cho thấy tin nhắn là lừa đảo? {
                ~%50%Giục chuyển tiền ngay #Đúng, kẻ gian luôn hối thúc.
                ~%50%Đường link lạ #Đúng, link giả mạo trang ngân hàng.
                ~%-50%Có tên người gửi #Tên người gửi không chứng minh điều gì.
                }
                """).questions().getFirst();

        Question question = imported.question();
        assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(question.choices()).extracting(Choice::correct).containsExactly(true, true, false);
        assertThat(imported.notes()).isEmpty();
    }

    @Test
    void unequal_positive_weights_and_other_penalties_are_imported_with_notes_saying_how_they_are_scored() {
        Imported unequal =
                read("Chọn các ý đúng {~%70%a ~%30%b ~%-100%c}").questions().getFirst();
        Imported noPenalty =
                read("Chọn các ý đúng {~%50%a ~%50%b ~c}").questions().getFirst();

        assertThat(unequal.question().type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(unequal.notes()).contains("gift.note.unequal-weights", "gift.note.wrong-weights");
        assertThat(noPenalty.notes()).contains("gift.note.wrong-weights").doesNotContain("gift.note.unequal-weights");
    }

    @Test
    void one_positive_weight_in_a_tick_all_block_is_a_pick_one_question_with_a_note() {
        Imported imported = read("Chọn ý đúng {~%100%a ~b ~c}").questions().getFirst();

        assertThat(imported.question().type()).isEqualTo(QuestionType.SINGLE);
        assertThat(imported.question().choices()).extracting(Choice::correct).containsExactly(true, false, false);
        assertThat(imported.notes()).contains("gift.note.one-right");
    }

    @Test
    void partial_credit_beside_the_right_answer_of_a_pick_one_question_counts_as_wrong_with_a_note() {
        Imported imported = read("Chọn ý đúng {=a ~%50%b ~c}").questions().getFirst();

        assertThat(imported.question().type()).isEqualTo(QuestionType.SINGLE);
        assertThat(imported.question().choices()).extracting(Choice::correct).containsExactly(true, false, false);
        assertThat(imported.notes()).contains("gift.note.partial-dropped");
    }

    @Test
    void a_true_statement_gives_its_first_feedback_to_false_and_its_second_to_true() {
        Question question = only(
                "Có thể khoá thẻ ngân hàng ngay trong ứng dụng. {T#Chưa đúng: ứng dụng có nút khoá thẻ.#Đúng: hãy khoá ngay khi mất thẻ.}");

        assertThat(question.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(question.choices())
                .containsExactly(
                        new Choice(new Text("Đúng", "True"), true, vi("Đúng: hãy khoá ngay khi mất thẻ.")),
                        new Choice(new Text("Sai", "False"), false, vi("Chưa đúng: ứng dụng có nút khoá thẻ.")));
    }

    @Test
    void a_false_statement_gives_its_first_feedback_to_true_and_its_second_to_false() {
        Question question = only(
                "Ngân hàng có thể gọi điện xin mã OTP. {FALSE#Chưa đúng. Ngân hàng không bao giờ xin mã OTP.#Đúng. Ai xin mã OTP là kẻ gian.}");

        assertThat(question.choices())
                .containsExactly(
                        new Choice(
                                new Text("Đúng", "True"), false, vi("Chưa đúng. Ngân hàng không bao giờ xin mã OTP.")),
                        new Choice(new Text("Sai", "False"), true, vi("Đúng. Ai xin mã OTP là kẻ gian.")));
    }

    @Test
    void every_spelling_of_true_and_false_is_read_and_missing_feedback_is_noted() {
        GiftImport result = read("Câu một. {T}\n\nCâu hai. {TRUE}\n\nCâu ba. {F}\n\nCâu bốn. {FALSE}");

        assertThat(result.questions())
                .extracting(i -> i.question().choices().getFirst().correct())
                .containsExactly(true, true, false, false);
        assertThat(result.questions()).allSatisfy(i -> assertThat(i.notes()).contains("gift.note.missing-feedback"));
    }

    @Test
    void general_feedback_is_added_to_the_end_of_every_answers_feedback() {
        Imported imported = read("Chọn một {=a #Đúng. ~b #Sai. ~c ####Xem lại bài 2.}")
                .questions()
                .getFirst();

        assertThat(imported.question().choices())
                .extracting(c -> c.feedback().vi())
                .containsExactly("Đúng.\nXem lại bài 2.", "Sai.\nXem lại bài 2.", "Xem lại bài 2.");
        assertThat(imported.notes()).containsExactly("gift.note.general-feedback");
    }

    @Test
    void titles_become_ascii_codes_unique_in_the_course_and_in_the_file() {
        GiftImport result = GiftReader.read("""
                ::Đọc mã OTP\\: Được không?::Câu một {T}

                ::Đọc mã OTP: được không::Câu hai {T}

                ::doc-ma-otp-duoc-khong::Câu ba {T}

                ::Người lạ gọi điện xưng là nhân viên ngân hàng và đề nghị cập nhật thông tin tài khoản ngay::Câu bốn {F}

                ::???::Câu năm {F}

                Câu sáu {F}
                """, VI, Set.of("doc-ma-otp-duoc-khong"));

        assertThat(result.questions())
                .extracting(i -> i.question().code())
                .containsExactly(
                        "doc-ma-otp-duoc-khong-2",
                        "doc-ma-otp-duoc-khong-3",
                        "doc-ma-otp-duoc-khong-4",
                        "nguoi-la-goi-dien-xung-la-nhan-vien-ngan-hang-va-de-nghi-cap",
                        "gift-9",
                        "gift-11");
        assertThat(result.questions().get(3).question().code()).hasSizeLessThanOrEqualTo(60);
        assertThat(result.questions().getFirst().title()).isEqualTo("Đọc mã OTP: Được không?");
        assertThat(result.questions().get(5).title()).isNull();
    }

    @Test
    void comment_lines_are_skipped_and_the_category_above_each_question_is_remembered() {
        GiftImport result = read("""
                // Tệp mẫu
                $CATEGORY: $course$/top/An toàn trên mạng

                // câu đầu tiên
                Câu một {T}

                Câu hai {F}

                $CATEGORY: $course$/top/Thanh toán

                Câu ba {T}
                """);

        assertThat(result.questions())
                .extracting(Imported::line, Imported::category)
                .containsExactly(
                        tuple(5, "$course$/top/An toàn trên mạng"),
                        tuple(7, "$course$/top/An toàn trên mạng"),
                        tuple(11, "$course$/top/Thanh toán"));
        assertThat(result.questions().getFirst().question().prompt()).isEqualTo(vi("Câu một"));
    }

    @Test
    void escaped_characters_are_text_and_backslash_n_is_a_new_line() {
        Question question = only("""
                ::Kí hiệu\\:\\: lạ:: Trong tin nhắn\\: \\{mã\\} \\#123 \\= \\~ 5\\nDòng hai {
                =Dấu \\~ và \\= #Vì \\#1 \\{đúng\\}
                ~Không có gì\\: #Sai
                }
                """);

        assertThat(question.code()).isEqualTo("ki-hieu-la");
        assertThat(question.prompt().vi()).isEqualTo("Trong tin nhắn: {mã} #123 = ~ 5\nDòng hai");
        assertThat(question.choices().getFirst()).isEqualTo(new Choice(vi("Dấu ~ và ="), true, vi("Vì #1 {đúng}")));
        assertThat(question.choices().get(1).text().vi()).isEqualTo("Không có gì:");
    }

    @Test
    void markdown_plain_and_moodle_texts_are_kept_as_written() {
        GiftImport result = read("""
                [markdown]Chọn **một** ý {=[plain]Có *sao* #[moodle]Đúng <b>vậy</b> ~Không}

                [plain]Văn bản <i>thường</i> {T}

                [moodle]Văn bản Moodle {T}
                """);

        assertThat(result.questions())
                .extracting(i -> i.question().prompt().vi())
                .containsExactly("Chọn **một** ý", "Văn bản <i>thường</i>", "Văn bản Moodle");
        assertThat(result.questions().getFirst().question().choices().getFirst())
                .isEqualTo(new Choice(vi("Có *sao*"), true, vi("Đúng <b>vậy</b>")));
    }

    @Test
    void html_is_reduced_to_its_words_with_breaks_as_new_lines_and_no_script_or_attribute_left() {
        Imported imported = read("""
                [html]<p>Tin nhắn <b>lạ</b> gửi&nbsp;đến:</p><p>“Nhấn vào link”<br>để nhận quà</p>\
                <script>alert('x')</script><img src="x" onerror="alert(1)"> {
                =<span onclick\\="steal()">Xoá tin nhắn</span> #<em>Đúng</em><script>document.cookie</script>
                ~Nhấn vào link #Sai
                }
                """).questions().getFirst();

        Question question = imported.question();
        assertThat(question.prompt().vi()).isEqualTo("Tin nhắn lạ gửi\u00a0đến:\n“Nhấn vào link”\nđể nhận quà");
        assertThat(question.choices().getFirst()).isEqualTo(new Choice(vi("Xoá tin nhắn"), true, vi("Đúng")));
        String everything = question.toString();
        assertThat(everything).doesNotContain("script", "alert", "onerror", "onclick", "cookie", "<", ">");
        assertThat(imported.notes()).contains("gift.note.html-reduced");
    }

    @Test
    void a_file_exported_by_moodle_with_html_escaped_attributes_and_category_blocks_is_read() {
        GiftImport result = read("""
                // question: 0  name: Switch category to $course$/top/Kỹ năng số
                $CATEGORY: $course$/top/Kỹ năng số


                // question: 41  name: Tin nhắn trúng thưởng
                ::Tin nhắn trúng thưởng::[html]<p dir\\="ltr">Bạn nhận tin “trúng thưởng 50 triệu”.</p>{
                	~%50%<p>Không bấm link</p>#<p>Đúng.</p>
                	~%50%<p>Báo cho người thân</p>#<p>Đúng.</p>
                	~%-50%<p>Gửi số tài khoản để nhận thưởng</p>#<p>Sai\\: đó là lừa đảo.</p>
                }

                // question: 42  name: OTP
                ::OTP::[html]<p>Ngân hàng không bao giờ xin mã OTP.</p>{TRUE#<p>Sai.</p>#<p>Đúng.</p>}
                """);

        assertThat(result.refused()).isEmpty();
        assertThat(result.questions())
                .extracting(
                        Imported::line,
                        Imported::category,
                        i -> i.question().code(),
                        i -> i.question().type())
                .containsExactly(
                        tuple(6, "$course$/top/Kỹ năng số", "tin-nhan-trung-thuong", QuestionType.MULTIPLE),
                        tuple(13, "$course$/top/Kỹ năng số", "otp", QuestionType.TRUE_FALSE));
        Question multiple = result.questions().getFirst().question();
        assertThat(multiple.prompt()).isEqualTo(vi("Bạn nhận tin “trúng thưởng 50 triệu”."));
        assertThat(multiple.choices().get(2))
                .isEqualTo(new Choice(vi("Gửi số tài khoản để nhận thưởng"), false, vi("Sai: đó là lừa đảo.")));
    }

    @Test
    void decomposed_vietnamese_is_stored_composed() {
        String decomposed = Normalizer.normalize(OTP, Normalizer.Form.NFD);

        Question question = only(decomposed + " {T}");

        assertThat(question.prompt().vi()).isEqualTo(OTP).isNotEqualTo(decomposed);
    }

    @Test
    void types_this_app_does_not_have_are_refused_with_their_first_line() {
        GiftImport result = read("""
                Ai phải giữ mã OTP? {=Chính tôi =Bản thân tôi}

                Số điện thoại đường dây nóng chống lừa đảo? {=156}

                Bao nhiêu ngày thì đổi mật khẩu?
                {#90:30}

                // ghép đôi
                Ghép mỗi ứng dụng với việc của nó. {
                =VNeID -> định danh điện tử
                =Zalo -> nhắn tin
                }

                Kể lại một lần bạn suýt bị lừa. {}

                Kẻ gian thường giả làm {=công an ~người bán rau} để doạ người dân.

                Phần này chỉ là lời giới thiệu, không có câu trả lời.

                ::ổn:: Câu này được nhập. {T}
                """);

        assertThat(result.refused())
                .extracting(Refused::line, Refused::key)
                .containsExactly(
                        tuple(1, "short-answer"),
                        tuple(3, "short-answer"),
                        tuple(5, "numeric"),
                        tuple(9, "matching"),
                        tuple(14, "essay"),
                        tuple(16, "missing-word"),
                        tuple(18, "description"));
        assertThat(result.questions()).extracting(i -> i.question().code()).containsExactly("on");
    }

    @Test
    void malformed_questions_are_refused_with_their_line_and_reason() {
        GiftImport result = read("""
                Ngoặc chưa đóng {=a ~b

                Không có đáp án đúng {~a ~b ~c}

                Chỉ một đáp án {~%100%a}

                Bảy đáp án {=1 ~2 ~3 ~4 ~5 ~6 ~7}

                Hai đáp án đúng hoàn toàn {=a =b ~c}

                ::chưa đóng tên Câu hỏi {T}

                {=a ~b}

                Đáp án trống {=a ~ ~c}
                """);

        assertThat(result.refused())
                .extracting(Refused::line, Refused::key, Refused::args)
                .containsExactly(
                        tuple(1, "braces", List.of()),
                        tuple(3, "no-right-answer", List.of()),
                        tuple(5, "answer-count", List.of(1)),
                        tuple(7, "answer-count", List.of(7)),
                        tuple(9, "several-right", List.of()),
                        tuple(11, "title-unclosed", List.of()),
                        tuple(13, "empty-prompt", List.of()),
                        tuple(15, "empty-answer", List.of()));
        assertThat(result.questions()).isEmpty();
    }

    @Test
    void ordering_and_scenario_marks_are_read_and_step_counts_checked() {
        GiftImport result = read("""
                // @kns-scenario
                Bà Tư nhận cuộc gọi xưng là công an. Bà nên làm gì? {=Cúp máy, gọi 113 ~Làm theo}

                // @kns-scenario
                // @kns-order
                // ::qr-steps:: Sắp xếp các bước thanh toán QR. {
                // >Mở ứng dụng ngân hàng #Bắt đầu từ ứng dụng chính thức.
                // >Quét mã QR #Mã của người bán.
                // >Kiểm tra tên và số tiền \\> 0 #Trước khi xác nhận.
                // }

                // @kns-order
                // Hai bước thôi {>a >b}

                // @kns-order
                // Bảy bước {>1 >2 >3 >4 >5 >6 >7}

                // @kns-order
                // Không có dấu bước {a #b}
                """);

        assertThat(result.questions())
                .extracting(i -> i.question().type(), Imported::scenario, Imported::line)
                .containsExactly(tuple(QuestionType.SINGLE, true, 2), tuple(QuestionType.ORDER, true, 6));
        assertThat(result.sources()).extracting(QuestionSource::scenario).containsExactly(true, true);
        assertThat(result.questions().get(1).question().choices())
                .containsExactly(
                        new Choice(vi("Mở ứng dụng ngân hàng"), true, vi("Bắt đầu từ ứng dụng chính thức.")),
                        new Choice(vi("Quét mã QR"), true, vi("Mã của người bán.")),
                        new Choice(vi("Kiểm tra tên và số tiền > 0"), true, vi("Trước khi xác nhận.")));
        assertThat(result.refused())
                .extracting(Refused::line, Refused::key, Refused::args)
                .containsExactly(
                        tuple(13, "step-count", List.of(2)),
                        tuple(16, "step-count", List.of(7)),
                        tuple(19, "order-malformed", List.of()));
    }

    @Test
    void at_most_five_hundred_questions_are_read_and_the_rest_refused_once() {
        String gift =
                IntStream.rangeClosed(1, 502).mapToObj(i -> "Câu " + i + " {T}").collect(Collectors.joining("\n\n"));

        GiftImport result = read(gift);

        assertThat(result.questions()).hasSize(500);
        assertThat(result.refused())
                .extracting(Refused::line, Refused::key, Refused::args)
                .containsExactly(tuple(1001, "too-many-questions", List.of(500)));
    }

    @Test
    void decode_strips_a_byte_order_mark_and_refuses_other_encodings_and_large_files() {
        byte[] utf8 = OTP.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        assertThat(GiftReader.decode(withBom)).isEqualTo(OTP);
        assertThat(GiftReader.decode(utf8)).isEqualTo(OTP);
        assertThatThrownBy(() -> GiftReader.decode("Người dân".getBytes(Charset.forName("windows-1258"))))
                .isInstanceOfSatisfying(
                        GiftFileException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("gift.problem.not-utf8"));
        assertThatThrownBy(() -> GiftReader.decode("Người dân".getBytes(StandardCharsets.UTF_16)))
                .isInstanceOf(GiftFileException.class);
        assertThatThrownBy(() -> GiftReader.decode(new byte[GiftReader.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(GiftFileException.class, e -> {
                    assertThat(e.translationKey()).isEqualTo("gift.problem.too-large");
                    assertThat(e.args()).containsExactly(1);
                });
        assertThatThrownBy(() -> read("a".repeat(GiftReader.MAX_BYTES + 1))).isInstanceOf(GiftFileException.class);
    }

    @Test
    void every_problem_and_note_has_a_message_in_both_languages_naming_the_line() throws IOException {
        List<String> keys = List.of(
                "short-answer",
                "numeric",
                "matching",
                "essay",
                "missing-word",
                "description",
                "braces",
                "no-right-answer",
                "answer-count",
                "several-right",
                "title-unclosed",
                "empty-prompt",
                "empty-answer",
                "step-count",
                "order-malformed",
                "too-many-questions");
        List<String> notes = List.of(
                "gift.note.html-reduced",
                "gift.note.missing-feedback",
                "gift.note.general-feedback",
                "gift.note.partial-dropped",
                "gift.note.one-right",
                "gift.note.unequal-weights",
                "gift.note.wrong-weights");
        for (String file : List.of("translations.properties", "translations_en.properties")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : keys) {
                String message = bundle.getProperty(new Refused(12, key, List.of()).translationKey());
                assertThat(message).as(file + " " + key).isNotNull().contains("{0,number,#}");
            }
            assertThat(notes)
                    .allSatisfy(note -> assertThat(bundle.getProperty(note))
                            .as(file + " " + note)
                            .isNotBlank());
            assertThat(bundle.getProperty("gift.problem.not-utf8")).isNotBlank();
            assertThat(bundle.getProperty("gift.problem.too-large")).contains("{0}");
        }
        assertThat(new Refused(12, "answer-count", List.of(7)).params()).containsExactly(12, 7);
    }
}
