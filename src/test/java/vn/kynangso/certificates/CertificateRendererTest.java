package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.kynangso.base.TextNormalizingFilter;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.Skill;
import vn.kynangso.certificates.Certificate.Kind;

/** What a certificate says in each language, and the PDF it is drawn as. */
class CertificateRendererTest extends CertificateKaribuTest {

    static final String CODE = "7K3QZM8P2XR4T9WB6N1CH5JD0Y";

    @Autowired
    CertificateRenderer renderer;

    private static Certificate certificate(
            Kind kind,
            String holder,
            @Nullable Integer birthYear,
            String titleVi,
            String titleEn,
            @Nullable Skill skill,
            @Nullable Integer creditHours,
            @Nullable Instant erasedAt) {
        return new Certificate(
                1,
                CODE,
                kind,
                kind == Kind.COURSE ? 10L : null,
                kind == Kind.HOUSEHOLD ? 20L : null,
                kind == Kind.COURSE ? "khoa-hoc" : null,
                holder,
                birthYear,
                titleVi,
                titleEn,
                skill,
                creditHours,
                LocalDate.of(2026, 11, 25),
                30,
                "Xã Tiên Du",
                "Tỉnh Bắc Ninh",
                40L,
                50L,
                Instant.parse("2026-11-25T03:00:00Z"),
                null,
                null,
                erasedAt);
    }

    @Test
    void an_officials_certificate_says_its_credit_hours_and_completion_date() {
        Certificate c = certificate(
                Kind.COURSE,
                "Phạm Văn Đức",
                1980,
                "Chuyển đổi số trong cơ quan nhà nước",
                "Digital transformation in government",
                null,
                4,
                null);

        CertificatePdf.Content vi = renderer.content(c, TranslationProvider.VIETNAMESE);
        assertThat(vi.holderName()).isEqualTo("Phạm Văn Đức");
        assertThat(vi.birthLine()).isEqualTo("Năm sinh: 1980");
        assertThat(vi.detailLine()).isEqualTo("Chuyển đổi số trong cơ quan nhà nước");
        assertThat(vi.extraLine()).isEqualTo("Thời lượng: 4 giờ · hoàn thành ngày 25 tháng 11 năm 2026");
        assertThat(vi.issuerLine()).isEqualTo("Xã Tiên Du, Tỉnh Bắc Ninh");
        assertThat(vi.placeAndDate()).isEqualTo("Xã Tiên Du, ngày 25 tháng 11 năm 2026");
        assertThat(vi.code()).isEqualTo("7K3QZ-M8P2X-R4T9W-B6N1C-H5JD0Y");
        assertThat(vi.verifyUrl()).isEqualTo("http://localhost:8080/verify/" + CODE);
        assertThat(vi.documentTitle()).isEqualTo("Giấy chứng nhận – Phạm Văn Đức");
        assertThat(vi.language()).isEqualTo("vi");

        CertificatePdf.Content en = renderer.content(c, Locale.ENGLISH);
        assertThat(en.detailLine()).isEqualTo("Digital transformation in government");
        assertThat(en.extraLine()).isEqualTo("4 credit hours · completed 25/11/2026");
        assertThat(en.birthLine()).isEqualTo("born in 1980");
    }

    @Test
    void a_skill_is_named_only_when_the_course_title_does_not_say_it() {
        Certificate sameAsSkill = certificate(
                Kind.COURSE,
                "Lê Thị Mai",
                1990,
                "Tự bảo vệ trên không gian mạng",
                "Protecting yourself online",
                Skill.CYBER_SAFETY,
                null,
                null);
        assertThat(renderer.content(sameAsSkill, TranslationProvider.VIETNAMESE).extraLine())
                .isEqualTo("hoàn thành ngày 25 tháng 11 năm 2026");

        Certificate otherTitle = certificate(
                Kind.COURSE, "Lê Thị Mai", 1990, "Mật khẩu an toàn", "Safe passwords", Skill.CYBER_SAFETY, null, null);
        assertThat(renderer.content(otherTitle, TranslationProvider.VIETNAMESE).extraLine())
                .isEqualTo("Kỹ năng: Tự bảo vệ trên không gian mạng · hoàn thành ngày 25 tháng 11 năm 2026");
    }

    @Test
    void a_household_certificate_names_its_head_its_address_and_the_five_skills() {
        Certificate c = certificate(
                Kind.HOUSEHOLD, "Nguyễn Văn An", null, "Số 5, Thôn Đông Sơn", "Số 5, Thôn Đông Sơn", null, null, null);
        CertificatePdf.Content vi = renderer.content(c, TranslationProvider.VIETNAMESE);
        assertThat(vi.subtitle()).isEqualTo("HỘ GIA ĐÌNH SỐ");
        assertThat(vi.presentedTo()).isEqualTo("Chứng nhận hộ gia đình ông/bà");
        assertThat(vi.birthLine()).isEqualTo("Từ ngày 25 tháng 11 năm 2026");
        assertThat(vi.detailLine()).isEqualTo("có thành viên thành thạo cả 5 kỹ năng số cơ bản");
        assertThat(vi.extraLine()).isEqualTo("Số 5, Thôn Đông Sơn");
    }

    @Test
    void an_erased_holder_is_printed_as_erased_not_as_an_empty_name() {
        Certificate c = certificate(
                Kind.COURSE,
                "",
                null,
                "Thanh toán trực tuyến",
                "Paying online",
                Skill.ONLINE_PAYMENT,
                null,
                Instant.parse("2026-12-01T00:00:00Z"));
        CertificatePdf.Content vi = renderer.content(c, TranslationProvider.VIETNAMESE);
        assertThat(vi.holderName()).isEqualTo("(tên đã được xoá theo yêu cầu)");
        assertThat(vi.birthLine()).isEmpty();
        assertThat(vi.documentTitle()).isEqualTo("Giấy chứng nhận – (tên đã được xoá theo yêu cầu)");
    }

    @Test
    void a_name_a_phone_keyboard_sends_decomposed_is_printed_composed() throws Exception {
        String composed = "Trần Thị Huyền Trâm";
        MockHttpServletRequest typed = new MockHttpServletRequest("POST", "/");
        typed.setContentType("application/x-www-form-urlencoded");
        typed.setParameter("name", Normalizer.normalize(composed, Normalizer.Form.NFD));
        AtomicReference<String> received = new AtomicReference<>();
        new TextNormalizingFilter()
                .doFilter(typed, new MockHttpServletResponse(), (req, res) -> received.set(req.getParameter("name")));

        Certificate certificate = passAndGetCertificate(newResident(received.get()));
        String text = new PdfTextExtractor(
                        new PdfReader(certificates.pdf(certificate.id(), TranslationProvider.VIETNAMESE)))
                .getTextFromPage(1);

        assertThat(certificate.holderName()).isEqualTo(composed);
        assertThat(text).contains(composed);
        assertThat(text.codePoints().filter(c -> c >= 0x0300 && c <= 0x036F))
                .as("combining marks drawn beside their letters")
                .isEmpty();
    }

    @Test
    void the_pdf_carries_the_name_exactly_with_a_subset_embedded_font_metadata_and_a_qr_code_to_the_verification_page()
            throws Exception {
        Certificate certificate = passAndGetCertificate(newResident("Nguyễn Thị Thu Hương"));
        byte[] pdf = certificates.pdf(certificate.id(), TranslationProvider.VIETNAMESE);
        assertThat(pdf.length).as("bytes").isLessThan(40 * 1024);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isOne();
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("Nguyễn Thị Thu Hương", "GIẤY CHỨNG NHẬN", "Năm sinh: 1958", "Xã Kiểm Thử, Tỉnh Kiểm Thử");
        assertThat(text).contains(CertificateService.display(certificate.code()));
        assertThat(reader.getInfo()).containsEntry("Title", "Giấy chứng nhận – Nguyễn Thị Thu Hương");
        assertThat(reader.getInfo()).containsEntry("Author", "Xã Kiểm Thử, Tỉnh Kiểm Thử");

        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(key);
            assertThat(font.getAsName(PdfName.BASEFONT).toString())
                    .as("subset tag")
                    .matches("/[A-Z]{6}\\+.*");
            PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            assertThat(descendant.getAsDict(PdfName.FONTDESCRIPTOR).get(PdfName.FONTFILE2))
                    .as("embedded")
                    .isNotNull();
        }

        assertThat(qrIn(reader.getPageContent(1))).isEqualTo("http://localhost:8080/verify/" + certificate.code());

        byte[] english = certificates.pdf(certificate.id(), Locale.ENGLISH);
        assertThat(new PdfTextExtractor(new PdfReader(english)).getTextFromPage(1))
                .contains("CERTIFICATE", "Nguyễn Thị Thu Hương", "born in 1958");
    }

    /**
     * Reads the QR code back: draws the page's small filled squares and decodes them. The drawing is
     * a clean black-on-white image, so it is decoded as one (PURE_BARCODE); zxing's camera-picture
     * detector misses about 1 % of such drawings while zbar reads them all, and the PDFs rasterised
     * by pdftoppm decode as well.
     */
    static String qrIn(byte[] content) throws Exception {
        Matcher re = Pattern.compile("(-?[\\d.]+) (-?[\\d.]+) ([\\d.]+) ([\\d.]+) re")
                .matcher(new String(content, StandardCharsets.ISO_8859_1));
        List<float[]> squares = new ArrayList<>();
        while (re.find()) {
            float w = Float.parseFloat(re.group(3));
            float h = Float.parseFloat(re.group(4));
            if (h < 10) { // modules; the frame's rectangles are page-sized
                squares.add(new float[] {Float.parseFloat(re.group(1)), Float.parseFloat(re.group(2)), w, h});
            }
        }
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = 0, maxY = 0;
        for (float[] s : squares) {
            minX = Math.min(minX, s[0]);
            minY = Math.min(minY, s[1]);
            maxX = Math.max(maxX, s[0] + s[2]);
            maxY = Math.max(maxY, s[1] + s[3]);
        }
        int scale = 4, margin = 40;
        int width = (int) ((maxX - minX) * scale) + 2 * margin, height = (int) ((maxY - minY) * scale) + 2 * margin;
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, 0xFFFFFFFF);
        for (float[] s : squares) {
            int x0 = margin + Math.round((s[0] - minX) * scale), x1 = margin + Math.round((s[0] + s[2] - minX) * scale);
            int y0 = height - margin - Math.round((s[1] + s[3] - minY) * scale);
            int y1 = height - margin - Math.round((s[1] - minY) * scale);
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    pixels[y * width + x] = 0xFF000000;
                }
            }
        }
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }
}
