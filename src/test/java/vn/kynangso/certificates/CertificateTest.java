package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.Skill;
import vn.kynangso.certificates.CertificateService.Verification.Status;
import vn.kynangso.learning.CourseCompleted;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.Household;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

class CertificateTest extends KaribuTest {

    static final String COURSE = "tu-bao-ve-tren-khong-gian-mang";
    static final List<String> SKILL_COURSES = List.of(
            "dich-vu-cong-truc-tuyen",
            "mua-sam-truc-tuyen",
            "thanh-toan-truc-tuyen",
            "tu-bao-ve-tren-khong-gian-mang",
            "nen-tang-so-khac");

    @Autowired
    CertificateService certificates;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private static int next;

    /** A resident with every Vietnamese diacritic a name can have, in the tests' own hamlet. */
    private String huong;

    @BeforeEach
    void aResidentNamedWithDiacritics() {
        huong = newResident("Nguyễn Thị Thu Hương");
    }

    private String newResident(String name) {
        String phone = String.format("0966%06d", (ProcessHandle.current().pid() % 1000) * 1000 + ++next);
        return SystemRunner.runAsSystem(() -> {
            long hamlet = TestArea.ensure(places, accounts).hamlet();
            Household household = people.registerHousehold(hamlet, "Số " + next + ", ngõ Chứng Nhận");
            Person person = people.addMember(household.getId(), name, 1958, phone);
            accounts.create(new AccountService.NewAccount(
                    null, phone, name, "mat-khau-hoc", Set.of(Roles.RESIDENT), Set.of(), person.getId()));
            return phone;
        });
    }

    private Certificate passAndGetCertificate() {
        login(huong);
        Learners.passCourse(learning, catalog, COURSE);
        return certificates.mine().stream()
                .filter(c -> COURSE.equals(c.courseCode()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void completingACourseIssuesOneCertificateAndReissuingMakesNoDuplicate() {
        Certificate certificate = passAndGetCertificate();
        assertThat(certificate.kind()).isEqualTo(Certificate.Kind.COURSE);
        assertThat(certificate.holderName()).isEqualTo("Nguyễn Thị Thu Hương");
        assertThat(certificate.birthYear()).isEqualTo(1958);
        assertThat(certificate.skill()).isEqualTo(Skill.CYBER_SAFETY);
        assertThat(certificate.issuer()).isEqualTo("Xã Kiểm Thử, Tỉnh Kiểm Thử");
        assertThat(certificate.code()).matches("[0-9A-HJKMNP-TV-Z]{26}");

        long person =
                jdbc.queryForObject("SELECT person_id FROM certificate WHERE id = ?", Long.class, certificate.id());
        long version = jdbc.queryForObject(
                "SELECT course_version_id FROM certificate WHERE id = ?", Long.class, certificate.id());
        transactions.executeWithoutResult(tx -> certificates.on(new CourseCompleted(
                person, 0, COURSE, version, CourseCategory.SKILL, Skill.CYBER_SAFETY, clock.instant())));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM certificate WHERE person_id = ? AND course_version_id = ?",
                        Long.class,
                        person,
                        version))
                .isOne();
        assertThat(certificates.mine()).hasSize(1);
    }

    @Autowired
    CertificateBackfill backfill;

    @Test
    void completionsFromBeforeCertificatesExistedGetTheirCertificatesAtStart() throws Exception {
        Certificate certificate = passAndGetCertificate();
        jdbc.update("DELETE FROM certificate WHERE id = ?", certificate.id());
        assertThat(certificates.mine()).isEmpty();
        newSession();
        backfill.run(null);
        login(huong);
        assertThat(certificates.mine()).singleElement().satisfies(c -> {
            assertThat(c.courseCode()).isEqualTo(COURSE);
            assertThat(c.code()).isNotEqualTo(certificate.code());
        });
    }

    @Test
    void thePdfCarriesTheNameExactlyWithASubsetEmbeddedFontMetadataAndAQrCodeToTheVerificationPage() throws Exception {
        Certificate certificate = passAndGetCertificate();
        byte[] pdf = certificates.pdf(certificate.id(), TranslationProvider.VIETNAMESE);
        assertThat(pdf.length).as("bytes").isLessThan(40 * 1024);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isOne();
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("Nguyễn Thị Thu Hương", "GIẤY CHỨNG NHẬN", "Năm sinh: 1958", "Xã Kiểm Thử, Tỉnh Kiểm Thử");
        assertThat(text).contains(CertificateService.display(certificate.code()));
        assertThat(reader.getInfo()).containsEntry("Title", "Giấy chứng nhận – Nguyễn Thị Thu Hương");
        assertThat(reader.getInfo().get("Author")).contains("Xã Kiểm Thử");

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

    /** Reads the QR code the way a phone would: draws the page's small filled squares and decodes them. */
    static String qrIn(byte[] content) throws Exception {
        Matcher re = Pattern.compile("(-?[\\d.]+) (-?[\\d.]+) ([\\d.]+) ([\\d.]+) re")
                .matcher(new String(content, java.nio.charset.StandardCharsets.ISO_8859_1));
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
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
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
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))))
                .getText();
    }

    @Test
    void theVerificationPageTellsValidRevokedUnknownAndMalformedApart() {
        Certificate certificate = passAndGetCertificate();
        var valid = certificates.verify(
                CertificateService.display(certificate.code()).toLowerCase(Locale.ROOT));
        assertThat(valid.status()).isEqualTo(Status.VALID);
        assertThat(valid.certificate().holderName()).isEqualTo("Nguyễn Thị Thu Hương");
        assertThat(certificates.verify("0".repeat(26)).status()).isEqualTo(Status.UNKNOWN);
        assertThat(certificates.verify("ABC-123").status()).isEqualTo(Status.MALFORMED);
        assertThat(certificates.verify("U".repeat(26)).status())
                .as("U is not in the alphabet")
                .isEqualTo(Status.MALFORMED);

        login("quantrixa"); // another commune's admin
        assertThatThrownBy(() -> certificates.revoke(certificate.code(), "sai tên"))
                .isInstanceOf(AccessDeniedException.class);
        login(huong);
        assertThatThrownBy(() -> certificates.revoke(certificate.code(), "tự thu hồi"))
                .isInstanceOf(AccessDeniedException.class);

        login(TestArea.ADMIN);
        certificates.revoke(certificate.code(), "Cấp nhầm người");
        var revoked = certificates.verify(certificate.code());
        assertThat(revoked.status()).isEqualTo(Status.REVOKED);
        assertThat(revoked.certificate().revokeReason()).isEqualTo("Cấp nhầm người");
    }

    @Test
    void onlyTheHolderAndTheirAreasTeamMayDownloadTheCertificate() {
        Certificate certificate = passAndGetCertificate();
        login(newResident("Trần Văn Khác"));
        assertThatThrownBy(() -> certificates.pdf(certificate.id(), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        login("tocongnghe"); // the demo hamlet's team
        assertThatThrownBy(() -> certificates.pdf(certificate.id(), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        login(TestArea.TEAM_MEMBER);
        assertThat(certificates.pdf(certificate.id(), Locale.ENGLISH)).isNotEmpty();
    }

    @Test
    void aHouseholdCoveredGetsItsDigitalHouseholdCertificateOnce() {
        login(huong);
        for (String course : SKILL_COURSES) {
            Learners.passCourse(learning, catalog, course);
        }
        List<Certificate> mine = certificates.mine();
        assertThat(mine).filteredOn(c -> c.kind() == Certificate.Kind.COURSE).hasSize(5);
        Certificate household = mine.stream()
                .filter(c -> c.kind() == Certificate.Kind.HOUSEHOLD)
                .findFirst()
                .orElseThrow();
        assertThat(household.holderName()).isEqualTo("Nguyễn Thị Thu Hương");
        assertThat(household.title(Locale.ROOT)).contains("ngõ Chứng Nhận");
        byte[] pdf = certificates.pdf(household.id(), TranslationProvider.VIETNAMESE);
        assertThat(pdf).isNotEmpty();
    }
}
