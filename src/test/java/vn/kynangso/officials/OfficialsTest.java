package vn.kynangso.officials;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import vn.kynangso.base.ui.ResponsiveTable;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.certificates.CertificateService;
import vn.kynangso.learning.CourseStatus;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * A commune's officials through the year and across its end: the commune's own list of courses
 * (the catalog's until it changes it, DD011), completions on time and late, overdue courses, the
 * transcript, the evaluation screen and sheet, and the year's closing. Each test names the days it runs on; the suite's own day does not matter.
 */
class OfficialsTest extends KaribuTest {

    static final String SECURITY = "can-bo-an-toan-thong-tin";
    static final String PLATFORMS = "can-bo-nen-tang-so-va-ai";
    static final String LAWS = "can-bo-luat-so-2026";
    static final String ADMIN = "quantri.boiduong";
    static final String LATE = "Hoàn thành trễ hạn";

    @Autowired
    TrainingStanding officials;

    @Autowired
    MandatoryCourses courses;

    @Autowired
    OfficialUnits units;

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

    /** Vietnam's wall time (the app's zone), e.g. the last minute before a deadline ends. */
    private void at(int year, int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(year, month, day, hour, minute));
    }

    /** The commune's own list for the year starts from the catalog's: these courses leave it. */
    private void remove(int year, String... codes) {
        for (String code : codes) {
            courses.unassign(year, commune, code);
        }
    }

    private int hours(String course) {
        return catalog.current(course).orElseThrow().content().creditHours();
    }

    private static OfficialYear row(List<OfficialYear> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void completed_late_reads_the_same_on_the_officials_screen_the_evaluation_the_sheet_and_the_transcript()
            throws Exception {
        String an = official("Trịnh Văn Ân");
        String binh = official("Đoàn Thị Bình");
        String cuc = official("Lý Thị Cúc");
        at(2026, 11, 20, 9, 0); // ten days before the officials' courses' own deadline (30 November)
        login(ADMIN + next);
        remove(2026, LAWS);
        courses.assign(2026, commune, SECURITY, null); // the content's own deadline
        courses.assign(2026, commune, PLATFORMS, LocalDate.of(2026, 11, 25));
        assertThat(courses.assignments(2026, commune))
                .extracting(Assignment::courseCode, Assignment::deadline)
                .containsExactly(
                        tuple(PLATFORMS, LocalDate.of(2026, 11, 25)), tuple(SECURITY, LocalDate.of(2026, 11, 30)));
        Unit office = units.createUnit(commune, "=1+1 Văn phòng");

        login(an);
        Learners.passCourse(learning, catalog, SECURITY); // 20 November: on time
        login(cuc);
        Learners.passCourse(learning, catalog, SECURITY);
        Learners.passCourse(learning, catalog, PLATFORMS);
        at(2026, 12, 2, 10, 0); // both deadlines have passed
        login(an);
        Learners.passCourse(learning, catalog, PLATFORMS); // a week after its 25 November deadline
        login(binh);
        Learners.passCourse(learning, catalog, SECURITY); // two days after 30 November; platforms never

        login(ADMIN + next);
        units.setUnit(row(officials.compliance(2026, commune), "Trịnh Văn Ân").personId(), office.id());
        List<OfficialYear> rows = officials.compliance(2026, commune);
        OfficialYear anYear = row(rows, "Trịnh Văn Ân");
        assertThat(anYear.requirements())
                .extracting(r -> r.course().courseCode(), Requirement::status)
                .containsExactly(
                        tuple(PLATFORMS, CourseStatus.COMPLETED_LATE), tuple(SECURITY, CourseStatus.COMPLETED));
        assertThat(anYear.status()).isEqualTo(CourseStatus.COMPLETED_LATE);
        assertThat(anYear.completed()).isEqualTo(2);
        assertThat(anYear.hours()).isEqualTo(hours(SECURITY) + hours(PLATFORMS));
        assertThat(anYear.unit()).isEqualTo("=1+1 Văn phòng");
        OfficialYear binhYear = row(rows, "Đoàn Thị Bình");
        assertThat(binhYear.requirements())
                .extracting(Requirement::status)
                .containsExactly(CourseStatus.OVERDUE, CourseStatus.COMPLETED_LATE);
        assertThat(binhYear.status()).isEqualTo(CourseStatus.OVERDUE);
        assertThat(binhYear.completed()).isOne();
        assertThat(row(rows, "Lý Thị Cúc").status()).isEqualTo(CourseStatus.COMPLETED);

        // 1. the evaluation screen
        UI.getCurrent().navigate("evaluation");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-summary"))
                        .getText())
                .isEqualTo("3 cán bộ: 1 đã hoàn thành, 1 hoàn thành trễ hạn, 1 quá hạn.");
        ResponsiveTable table = _get(ResponsiveTable.class, spec -> spec.withId("evaluation-grid"));
        Div anOnScreen = table.rows().get(rows.indexOf(anYear));
        assertThat(anOnScreen.getElement().getTextRecursively()).contains("Trịnh Văn Ân");
        assertThat(_get(anOnScreen, Span.class, spec -> spec.withClasses("kns-badge"))
                        .getText())
                .isEqualTo(LATE);

        // 2. the evaluation sheet, CSV and XLSX
        TrainingDocuments.Sheet sheet = documents.evaluationSheet(2026, commune, TranslationProvider.VIETNAMESE);
        String csv = new String(sheet.csv(), StandardCharsets.UTF_8);
        String platformsTitle =
                catalog.current(PLATFORMS).orElseThrow().content().title().vi();
        String securityTitle =
                catalog.current(SECURITY).orElseThrow().content().title().vi();
        assertThat(csv)
                .startsWith("\uFEFFSTT,Họ và tên,Năm sinh,Đơn vị,Số khoá bắt buộc,Đã hoàn thành,Số giờ,Kết quả,"
                        + "Khoá hoàn thành trễ hạn,Khoá chưa hoàn thành\r\n");
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.get(rows.indexOf(anYear) + 1).values())
                .containsExactly(
                        "1",
                        "Trịnh Văn Ân",
                        "1980",
                        "'=1+1 Văn phòng",
                        "2",
                        "2",
                        String.valueOf(anYear.hours()),
                        LATE,
                        platformsTitle,
                        "");
        assertThat(records.get(rows.indexOf(binhYear) + 1).values())
                .containsExactly(
                        String.valueOf(rows.indexOf(binhYear) + 1),
                        "Đoàn Thị Bình",
                        "1980",
                        "",
                        "2",
                        "1",
                        String.valueOf(hours(SECURITY)),
                        "Quá hạn",
                        securityTitle,
                        platformsTitle);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.xlsx()))) {
            Sheet s = workbook.getSheetAt(0);
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            int anRow = rows.indexOf(anYear) + 1;
            var unitCell = s.getRow(anRow).getCell(3);
            assertThat(unitCell.getStringCellValue()).isEqualTo("=1+1 Văn phòng");
            assertThat(unitCell.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(s.getRow(anRow).getCell(7).getStringCellValue()).isEqualTo(LATE);
            assertThat(s.getRow(anRow).getCell(6).getNumericCellValue()).isEqualTo(anYear.hours());
        }

        // 3. the transcript
        login(an);
        byte[] pdf = documents.myTranscript(2026, TranslationProvider.VIETNAMESE);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        String code = CertificateService.display(certificates.mine().stream()
                .filter(c -> PLATFORMS.equals(c.courseCode()))
                .findFirst()
                .orElseThrow()
                .code());
        assertThat(text)
                .contains(
                        "BẢNG KẾT QUẢ BỒI DƯỠNG NĂM 2026",
                        "Họ và tên: Trịnh Văn Ân",
                        code,
                        "25/11/2026",
                        "02/12/2026",
                        LATE,
                        "Kết quả: " + LATE);

        // 4. the official's own screen
        UI.getCurrent().navigate("training");
        assertThat(_get(Span.class, spec -> spec.withId("training-status-" + PLATFORMS))
                        .getText())
                .isEqualTo(LATE);
        assertThat(_get(Span.class, spec -> spec.withId("training-status-" + SECURITY))
                        .getText())
                .isEqualTo("Đã hoàn thành");
        assertThat(_get(Paragraph.class, spec -> spec.withId("training-result")).getText())
                .isEqualTo("Kết quả: " + LATE);
        login(binh);
        UI.getCurrent().navigate("training");
        assertThat(_get(Span.class, spec -> spec.withId("training-status-" + PLATFORMS))
                        .getText())
                .isEqualTo("Quá hạn");
    }

    @Test
    void the_deadline_ends_at_midnight_in_vietnam_not_in_utc() {
        String early = official("Hà Văn Sớm");
        String late = official("Hà Thị Muộn");
        at(2026, 11, 1, 8, 0);
        login(ADMIN + next);
        remove(2026, LAWS, PLATFORMS);
        courses.assign(2026, commune, SECURITY, null);
        at(2026, 11, 30, 23, 59); // 16:59 UTC
        login(early);
        Learners.passCourse(learning, catalog, SECURITY);
        at(2026, 12, 1, 0, 1); // 17:01 UTC, still 30 November there
        login(late);
        Learners.passCourse(learning, catalog, SECURITY);

        login(ADMIN + next);
        List<OfficialYear> rows = officials.compliance(2026, commune);
        assertThat(row(rows, "Hà Văn Sớm").status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(row(rows, "Hà Văn Sớm").requirements().getFirst().completedOn())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(row(rows, "Hà Thị Muộn").status()).isEqualTo(CourseStatus.COMPLETED_LATE);
        assertThat(row(rows, "Hà Thị Muộn").requirements().getFirst().completedOn())
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void on_new_years_day_the_evaluation_opens_on_the_new_year_and_last_year_stays_as_it_ended() {
        String dao = official("Đào Văn Tết");
        at(2026, 11, 2, 9, 0);
        login(ADMIN + next);
        remove(2026, LAWS, PLATFORMS);
        courses.assign(2026, commune, SECURITY, null);

        at(2027, 1, 1, 0, 30); // half past midnight on New Year's Day in Vietnam (17:30 UTC on 31 December)
        UI.getCurrent().navigate("evaluation");
        assertThat(_get(Button.class, spec -> spec.withId("evaluation-year-2027"))
                        .getElement()
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-summary"))
                        .getText())
                .isEqualTo("1 cán bộ: 0 đã hoàn thành, 0 hoàn thành trễ hạn, 0 quá hạn.");
        _get(Button.class, spec -> spec.withId("evaluation-assign")); // the new year is open

        // last year, one tap away: closed, and nothing to assign or remove
        _click(_get(Button.class, spec -> spec.withId("evaluation-year-2026")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-summary"))
                        .getText())
                .isEqualTo("1 cán bộ: 0 đã hoàn thành, 0 hoàn thành trễ hạn, 1 quá hạn.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-closed"))
                        .getText())
                .startsWith("Năm 2026 đã kết thúc. Kết quả đã chốt ngày 01/01/2027");
        _assertNone(Button.class, spec -> spec.withId("evaluation-assign"));
        _assertNone(Button.class, spec -> spec.withId("evaluation-unassign-" + SECURITY));
        assertThatThrownBy(() -> courses.assign(2026, commune, PLATFORMS, null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> courses.unassign(2026, commune, SECURITY)).isInstanceOf(IllegalStateException.class);

        // January: the official completes the course late, and a new official arrives
        at(2027, 1, 5, 9, 0);
        login(dao);
        Learners.passCourse(learning, catalog, SECURITY);
        official("Mai Thị Mới");
        login(ADMIN + next);
        List<OfficialYear> ended = officials.compliance(2026, commune);
        assertThat(ended).extracting(OfficialYear::name).containsExactly("Đào Văn Tết");
        assertThat(ended.getFirst().status()).isEqualTo(CourseStatus.OVERDUE);
        assertThat(ended.getFirst().requirements().getFirst().completedOn()).isNull();

        // it counts for the new year, which follows the catalog's list until the commune changes it
        assertThat(courses.followsCatalog(2027, commune)).isTrue();
        OfficialYear newYear = row(officials.compliance(2027, commune), "Đào Văn Tết");
        Requirement security = newYear.requirements().stream()
                .filter(r -> r.course().courseCode().equals(SECURITY))
                .findFirst()
                .orElseThrow();
        assertThat(security.status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(security.completedOn()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(security.course().deadline()).isEqualTo(LocalDate.of(2027, 11, 30));

        // the official's own screen: the new year first, last year's transcript one tap away
        login(dao);
        UI.getCurrent().navigate("training");
        assertThat(_get(Span.class, spec -> spec.withId("training-status-" + SECURITY))
                        .getText())
                .isEqualTo("Đã hoàn thành");
        _click(_get(Button.class, spec -> spec.withId("training-year-2026")));
        assertThat(_get(Span.class, spec -> spec.withId("training-status-" + SECURITY))
                        .getText())
                .isEqualTo("Quá hạn");
    }

    @Test
    void closing_at_the_turn_of_the_year_keeps_the_figures_of_31_december() {
        String tu = official("Tô Văn Chốt");
        at(2026, 12, 20, 9, 0);
        login(ADMIN + next);
        remove(2026, LAWS, PLATFORMS);
        courses.assign(2026, commune, SECURITY, LocalDate.of(2026, 12, 31));
        login(tu);
        learning.lessonRead(SECURITY, 0); // started, not completed

        at(2027, 1, 1, 0, 5); // the scheduled closing, five minutes into the new year
        officials.closeEndedYears();
        officials.closeEndedYears(); // twice changes nothing
        login(ADMIN + next);
        assertThat(officials.closedAt(2026, commune)).isPresent();
        OfficialYear closed = officials.compliance(2026, commune).getFirst();
        assertThat(closed.status()).isEqualTo(CourseStatus.OVERDUE);

        at(2027, 2, 1, 9, 0);
        login(tu);
        Learners.passCourse(learning, catalog, SECURITY);
        login(ADMIN + next);
        Unit unit = units.createUnit(commune, "Văn phòng mới");
        units.setUnit(closed.personId(), unit.id());
        assertThat(officials.compliance(2026, commune)).containsExactly(closed);
    }

    @Test
    void a_deadline_must_fall_in_its_year() {
        at(2026, 3, 1, 9, 0);
        login(ADMIN + next);
        assertThatThrownBy(() -> courses.assign(2026, commune, SECURITY, LocalDate.of(2027, 1, 15)))
                .isInstanceOf(IllegalArgumentException.class);
        UI.getCurrent().navigate("evaluation");
        var deadline = _get(DatePicker.class, spec -> spec.withId("evaluation-deadline"));
        assertThat(deadline.getMin()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(deadline.getMax()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(deadline.getI18n().getMaxErrorMessage()).isEqualTo("Hạn phải là một ngày trong năm 2026.");
    }

    @Test
    void the_evaluation_screen_assigns_and_summarises() {
        official("Lý Thị Cúc");
        at(2026, 5, 4, 9, 0); // early May: every deadline of the year is ahead
        login(ADMIN + next);
        UI.getCurrent().navigate("evaluation");
        // the catalog's list applies until the commune changes it, and says so
        _get(Paragraph.class, spec -> spec.withId("evaluation-required-catalog"));
        _click(_get(Button.class, spec -> spec.withId("evaluation-unassign-" + LAWS)));
        _click(_get(Button.class, spec -> spec.withId("evaluation-unassign-" + SECURITY)));
        _assertNone(Paragraph.class, spec -> spec.withId("evaluation-required-catalog"));
        assertThat(courses.assignments(2026, commune))
                .extracting(Assignment::courseCode)
                .containsExactly(PLATFORMS);
        @SuppressWarnings("unchecked")
        Select<PublishedCourse> course = _get(Select.class, spec -> spec.withId("evaluation-course"));
        _setValue(
                course,
                courses.officialCourses().stream()
                        .filter(c -> c.code().equals(SECURITY))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("evaluation-assign")));
        assertThat(courses.assignments(2026, commune))
                .extracting(Assignment::courseCode, Assignment::deadline)
                .containsExactly(
                        tuple(SECURITY, LocalDate.of(2026, 11, 30)), tuple(PLATFORMS, LocalDate.of(2026, 11, 30)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-summary"))
                        .getText())
                .isEqualTo("1 cán bộ: 0 đã hoàn thành, 0 hoàn thành trễ hạn, 0 quá hạn.");

        _setValue(_get(TextField.class, spec -> spec.withId("evaluation-unit-name")), "Văn phòng HĐND và UBND");
        _click(_get(Button.class, spec -> spec.withId("evaluation-unit-add")));
        @SuppressWarnings("unchecked")
        Select<String> filter = _get(Select.class, spec -> spec.withId("evaluation-unit-filter"));
        _setValue(filter, "Văn phòng HĐND và UBND");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-summary"))
                        .getText())
                .as("nobody in the new unit yet")
                .isEqualTo("0 cán bộ: 0 đã hoàn thành, 0 hoàn thành trễ hạn, 0 quá hạn.");
    }

    @Test
    void another_communes_admin_sees_nothing() {
        int year = clock.today().getYear();
        login("quantrixa");
        assertThatThrownBy(() -> officials.compliance(year, commune)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officials.closedAt(year - 1, commune)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.assign(year, commune, SECURITY, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.followsCatalog(year, commune)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.evaluationSheet(year, commune, TranslationProvider.VIETNAMESE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
