package vn.kynangso.officials;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.certificates.CertificateService;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.officials.OfficialsService.OfficialYear;
import vn.kynangso.officials.OfficialsService.Status;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/** A commune's officials through the year: assigned courses, completions, late, transcript, evaluation sheet. */
class OfficialsTest extends KaribuTest {

    static final String SECURITY = "can-bo-an-toan-thong-tin";
    static final String PLATFORMS = "can-bo-nen-tang-so-va-ai";
    static final String ADMIN = "quantri.boiduong";

    @Autowired
    OfficialsService officials;

    @Autowired
    TrainingDocuments documents;

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

    private static long commune;
    private static int next;
    private final int year = LocalDate.now().getYear();

    @BeforeEach
    void aCommuneOfItsOwn() {
        long province = TestArea.ensure(places, accounts).province();
        commune = SystemRunner.runAsSystem(() -> {
            Place place = places.findByCode("TEST-OFFICIALS-" + (++next))
                    .orElseGet(() -> places.create(
                            province, PlaceKind.WARD, "Phường Bồi Dưỡng " + next, "TEST-OFFICIALS-" + next));
            accounts.create(new AccountService.NewAccount(
                    ADMIN + next,
                    null,
                    "Quản Trị Bồi Dưỡng",
                    "mat-khau-kiem-thu",
                    Set.of(Roles.COMMUNE_ADMIN),
                    Set.of(place.getId()),
                    null));
            return place.getId();
        });
    }

    private String official(String name) {
        String login = "canbo.thu." + next + "." + name.hashCode();
        SystemRunner.runAsSystem(() -> {
            Person person = people.registerPerson(commune, name, 1980);
            accounts.create(new AccountService.NewAccount(
                    login, null, name, "mat-khau-kiem-thu", Set.of(Roles.OFFICIAL), Set.of(), person.getId()));
        });
        return login;
    }

    @Test
    void completionsAndLateCoursesShowUpInTheEvaluationTranscriptAndExports() throws Exception {
        String an = official("Trịnh Văn Ân");
        String binh = official("Đoàn Thị Bình");
        login(ADMIN + next);
        officials.assign(year, commune, SECURITY, null); // the content's own deadline
        officials.assign(year, commune, PLATFORMS, LocalDate.of(year, 1, 31)); // already past
        assertThat(officials.assignments(year, commune))
                .extracting(OfficialsService.Assignment::courseCode)
                .containsExactly(PLATFORMS, SECURITY);
        OfficialsService.Unit office = officials.createUnit(commune, "=1+1 Văn phòng");

        login(an);
        Learners.passCourse(learning, catalog, SECURITY);
        login(binh);
        Learners.passCourse(learning, catalog, SECURITY);
        Learners.passCourse(learning, catalog, PLATFORMS);

        login(ADMIN + next);
        List<OfficialYear> rows = officials.compliance(year, commune);
        OfficialYear anYear = rows.stream()
                .filter(r -> r.name().equals("Trịnh Văn Ân"))
                .findFirst()
                .orElseThrow();
        officials.setUnit(anYear.personId(), office.id());
        rows = officials.compliance(year, commune);
        anYear = rows.stream()
                .filter(r -> r.name().equals("Trịnh Văn Ân"))
                .findFirst()
                .orElseThrow();
        OfficialYear binhYear = rows.stream()
                .filter(r -> r.name().equals("Đoàn Thị Bình"))
                .findFirst()
                .orElseThrow();
        assertThat(anYear.status()).isEqualTo(Status.LATE);
        assertThat(anYear.completed()).isOne();
        assertThat(anYear.unit()).isEqualTo("=1+1 Văn phòng");
        assertThat(binhYear.status()).isEqualTo(Status.COMPLETED);
        assertThat(binhYear.hours()).isEqualTo(8);

        TrainingDocuments.Sheet sheet = documents.evaluationSheet(year, commune, TranslationProvider.VIETNAMESE);
        String csv = new String(sheet.csv(), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith(
                        "\uFEFFSTT,Họ và tên,Năm sinh,Đơn vị,Số khoá bắt buộc,Đã hoàn thành,Số giờ,Kết quả,Khoá chưa hoàn thành\r\n");
        assertThat(csv).contains("Trịnh Văn Ân,1980,'=1+1 Văn phòng,2,1,4,Trễ hạn,");
        assertThat(csv).contains("Đoàn Thị Bình,1980,,2,2,8,Đã hoàn thành,");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.xlsx()))) {
            Sheet s = workbook.getSheetAt(0);
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            var unitCell = s.getRow(1).getCell(3);
            assertThat(unitCell.getStringCellValue()).isEqualTo("=1+1 Văn phòng");
            assertThat(unitCell.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(s.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(4);
        }

        login(binh);
        byte[] pdf = documents.myTranscript(year, TranslationProvider.VIETNAMESE);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        String code = CertificateService.display(certificates.mine().stream()
                .filter(c -> SECURITY.equals(c.courseCode()))
                .findFirst()
                .orElseThrow()
                .code());
        assertThat(text)
                .contains(
                        "BẢNG KẾT QUẢ BỒI DƯỠNG NĂM " + year,
                        "Họ và tên: Đoàn Thị Bình",
                        code,
                        "Đã hoàn thành 2/2 khoá bắt buộc, tổng 8 giờ.");

        UI.getCurrent().navigate("training");
        assertThat(_get(Paragraph.class, spec -> spec.withId("training-summary"))
                        .getText())
                .isEqualTo("Đã hoàn thành 2/2 khoá, 8 giờ.");
        login(an);
        UI.getCurrent().navigate("training");
        assertThat(_get(Span.class, spec -> spec.withId("training-status-" + PLATFORMS))
                        .getText())
                .isEqualTo("Trễ hạn");
    }

    @Test
    void theEvaluationScreenAssignsAndSummarises() {
        official("Lý Thị Cúc");
        login(ADMIN + next);
        UI.getCurrent().navigate("evaluation");
        @SuppressWarnings("unchecked")
        var course = (com.vaadin.flow.component.select.Select<vn.kynangso.catalog.PublishedCourse>)
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("evaluation-course"));
        _setValue(
                course,
                officials.officialCourses().stream()
                        .filter(c -> c.code().equals(SECURITY))
                        .findFirst()
                        .orElseThrow());
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("evaluation-assign")));
        assertThat(officials.assignments(year, commune)).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-summary"))
                        .getText())
                .isEqualTo("1 cán bộ: 0 đã hoàn thành, 0 trễ hạn.");

        _setValue(
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("evaluation-unit-name")),
                "Văn phòng HĐND và UBND");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("evaluation-unit-add")));
        @SuppressWarnings("unchecked")
        var filter = (com.vaadin.flow.component.select.Select<String>)
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("evaluation-unit-filter"));
        _setValue(filter, "Văn phòng HĐND và UBND");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-summary"))
                        .getText())
                .as("nobody in the new unit yet")
                .isEqualTo("0 cán bộ: 0 đã hoàn thành, 0 trễ hạn.");
    }

    @Test
    void anotherCommunesAdminSeesNothing() {
        login("quantrixa");
        assertThatThrownBy(() -> officials.compliance(year, commune)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officials.assign(year, commune, SECURITY, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.evaluationSheet(year, commune, TranslationProvider.VIETNAMESE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
