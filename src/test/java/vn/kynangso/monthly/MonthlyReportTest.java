package vn.kynangso.monthly;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.base.ui.FiguresTable;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Skill;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.officials.MandatoryCourses;
import vn.kynangso.officials.OfficialUnits;
import vn.kynangso.officials.TrainingStanding;
import vn.kynangso.people.Household;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.reports.Coverage;
import vn.kynangso.reports.CoverageService;
import vn.kynangso.reports.CoverageWeekCloser;
import vn.kynangso.reports.SkillFacts;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.AccountService.NewAccount;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;
import vn.kynangso.visits.VisitOutcome;
import vn.kynangso.visits.VisitService;

/**
 * The monthly report of a commune and a province of the test's own, on days of 2026 it names: the
 * screen, the XLSX and the PDF carry the same figures, and those are what the raw rows give.
 */
class MonthlyReportTest extends KaribuTest {

    static final String SECURITY = "can-bo-an-toan-thong-tin";

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    VisitService visits;

    @Autowired
    MonthlyReports reports;

    @Autowired
    CoverageWeekCloser closer;

    @Autowired
    MonthlyReportDocuments documents;

    @Autowired
    MandatoryCourses courses;

    @Autowired
    OfficialUnits units;

    @Autowired
    TrainingStanding training;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private void at(int month, int day) {
        clock.set(LocalDateTime.of(2026, month, day, 10, 0));
    }

    private Household household(long hamlet, String address) {
        return SystemRunner.runAsSystem(() -> people.registerHousehold(hamlet, address));
    }

    private long member(Household household, String name) {
        return SystemRunner.runAsSystem(
                () -> people.addMember(household.getId(), name, 1970, null).getId());
    }

    private void gains(long person, Skill... skills) {
        gains(person, EnumSet.noneOf(Skill.class), skills);
    }

    /** Skills gained one after another by someone who held {@code before}. */
    private void gains(long person, Set<Skill> before, Skill... skills) {
        EnumSet<Skill> held = before.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(before);
        for (Skill skill : skills) {
            held.add(skill);
            new SkillFacts(transactions, jdbc, events, clock).gains(person, skill, EnumSet.copyOf(held));
        }
    }

    private String account(String login, String role, long place, Long person) {
        SystemRunner.runAsSystem(() -> accounts.create(new NewAccount(
                login,
                null,
                "Người " + login,
                DEMO_PASSWORD,
                Set.of(role),
                place == 0 ? Set.of() : Set.of(place),
                person)));
        return login;
    }

    /** What the rows themselves say of a hamlet just before {@code before}: households, covered, per skill. */
    private List<Long> raw(long hamlet, Instant before) {
        Timestamp t = Timestamp.from(before);
        List<Long> figures = new ArrayList<>();
        figures.add(jdbc.queryForObject(
                "SELECT COUNT(*) FROM household WHERE hamlet_id = ? AND created_at < ?", Long.class, hamlet, t));
        figures.add(jdbc.queryForObject(
                "SELECT COUNT(*) FROM household WHERE hamlet_id = ? AND created_at < ? AND covered_at < ?",
                Long.class,
                hamlet,
                t,
                t));
        for (Skill skill : Skill.values()) {
            figures.add(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM household_skill hs JOIN household h ON h.id = hs.household_id"
                            + " WHERE h.hamlet_id = ? AND h.created_at < ? AND hs.skill = ? AND hs.first_at < ?",
                    Long.class,
                    hamlet,
                    t,
                    skill.name(),
                    t));
        }
        return figures;
    }

    private Instant startOf(int month) {
        return LocalDate.of(2026, month, 1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** A screen table's body rows, cell by cell, as shown. */
    private static List<List<String>> shown(String id) {
        Element table = _get(FiguresTable.class, spec -> spec.withId(id)).getElement();
        List<List<String>> rows = new ArrayList<>();
        collect(table, rows);
        return rows;
    }

    private static void collect(Element element, List<List<String>> rows) {
        if (element.isTextNode()) {
            return;
        }
        if ("tbody".equals(element.getTag())) {
            element.getChildren()
                    .forEach(tr -> rows.add(
                            tr.getChildren().map(Element::getTextRecursively).toList()));
            return;
        }
        element.getChildren().forEach(child -> collect(child, rows));
    }

    /** An XLSX sheet's rows below its header, each cell as its number or text. */
    private static List<List<Object>> sheetRows(byte[] xlsx, int sheet) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = book.getSheetAt(sheet);
            int header = -1;
            for (Row row : s) {
                if (row.getCell(1) != null
                        && row.getCell(1).getCellType() == CellType.STRING
                        && header < 0
                        && row.getRowNum() > 0) {
                    header = row.getRowNum();
                }
            }
            List<List<Object>> rows = new ArrayList<>();
            for (int r = header + 1; r <= s.getLastRowNum(); r++) {
                List<Object> cells = new ArrayList<>();
                for (Cell cell : s.getRow(r)) {
                    cells.add(
                            cell.getCellType() == CellType.NUMERIC
                                    ? (Object) cell.getNumericCellValue()
                                    : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void october_on_the_screen_in_the_xlsx_and_in_the_pdf_is_what_the_rows_say() throws Exception {
        var ids = SystemRunner.runAsSystem(() -> {
            Place province = places.create(null, PlaceKind.PROVINCE, "Tỉnh Báo Cáo", null);
            Place commune = places.create(province.getId(), PlaceKind.COMMUNE, "Xã Báo Cáo", null);
            Place a = places.create(commune.getId(), PlaceKind.VILLAGE, "Thôn Đông Báo", null);
            Place b = places.create(commune.getId(), PlaceKind.VILLAGE, "Thôn Tây Báo", null);
            return new long[] {province.getId(), commune.getId(), a.getId(), b.getId()};
        });
        long province = ids[0];
        long commune = ids[1];
        long a = ids[2];
        long b = ids[3];
        String admin = account("qt.baocao", Roles.COMMUNE_ADMIN, commune, null);
        String provinceAdmin = account("qt.tinh.baocao", Roles.PROVINCE_ADMIN, province, null);

        at(9, 10);
        Household h1 = household(a, "Số 1");
        Household h2 = household(a, "Số 2");
        Household h3 = household(b, "Số 3");
        long lan = member(h1, "Lò Thị Lan");
        gains(lan, Skill.PUBLIC_SERVICES);
        at(10, 5);
        household(b, "Số 4");
        login(admin);
        visits.createCampaign(
                "Chiến dịch tháng Mười", LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 12), List.of(a));
        at(10, 7);
        visits.record(
                h2.getId(), LocalDate.of(2026, 10, 7), VisitOutcome.HELPED, Set.of(Skill.ONLINE_SHOPPING), null, null);
        at(10, 15);
        gains(member(h2, "Lò Văn Mua"), Skill.ONLINE_SHOPPING);
        gains(
                lan,
                EnumSet.of(Skill.PUBLIC_SERVICES),
                Skill.ONLINE_SHOPPING,
                Skill.ONLINE_PAYMENT,
                Skill.CYBER_SAFETY,
                Skill.DIGITAL_PLATFORMS);
        at(11, 3);
        household(a, "Số 5");
        gains(member(h3, "Lò Thị Muộn"), Skill.CYBER_SAFETY);

        // officials: one course, due 20 October; one on time, one late, one not at all
        at(9, 15);
        Person an = SystemRunner.runAsSystem(() -> people.registerPerson(commune, "Trịnh Văn Ân", 1980));
        Person binh = SystemRunner.runAsSystem(() -> people.registerPerson(commune, "Đoàn Thị Bình", 1985));
        Person cuc = SystemRunner.runAsSystem(() -> people.registerPerson(commune, "Lý Thị Cúc", 1990));
        account("canbo.cuc.baocao", Roles.OFFICIAL, 0, cuc.getId());
        String anLogin = account("canbo.an.baocao", Roles.OFFICIAL, 0, an.getId());
        String binhLogin = account("canbo.binh.baocao", Roles.OFFICIAL, 0, binh.getId());
        login(admin);
        for (var assignment : courses.assignments(2026, commune)) {
            courses.unassign(2026, commune, assignment.courseCode());
        }
        courses.assign(2026, commune, SECURITY, LocalDate.of(2026, 10, 20));
        var office = units.createUnit(commune, "Văn phòng UBND");
        units.setUnit(an.getId(), office.id());
        at(10, 10);
        login(anLogin);
        Learners.passCourse(learning, catalog, SECURITY);
        at(10, 25);
        login(binhLogin);
        Learners.passCourse(learning, catalog, SECURITY);

        at(11, 20);
        login(admin);
        MonthlyReports.Report october = reports.of(commune, YearMonth.of(2026, 10));
        assertThat(october.running()).isFalse();
        assertThat(october.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(october.to()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(october.generatedBy()).isEqualTo("Người qt.baocao");

        // the raw rows: October's start and end, per hamlet
        List<Long> aStart = raw(a, startOf(10));
        List<Long> aEnd = raw(a, startOf(11));
        List<Long> bStart = raw(b, startOf(10));
        List<Long> bEnd = raw(b, startOf(11));
        assertThat(aEnd).as("Thôn Đông at October's end").containsExactly(2L, 1L, 1L, 2L, 1L, 1L, 1L);
        assertThat(bEnd).as("Số 3 gained its skill in November").containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 0L);

        // 1. the screen
        UI.getCurrent().navigate("coverage/" + commune + "/weeks");
        String link = _get(Anchor.class, spec -> spec.withId("trend-report")).getHref();
        UI.getCurrent().navigate(link); // the month ended last first
        assertThat(_get(H1.class).getText()).isEqualTo("Báo cáo tháng 10/2026 – Xã Báo Cáo");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("report-preamble"))
                        .getElement()
                        .getTextRecursively())
                .contains("Kỳ báo cáo: từ ngày 01/10/2026 đến ngày 31/10/2026")
                .contains("Người lập: Người qt.baocao");
        List<List<String>> coverageShown = shown("report-coverage");
        assertThat(coverageShown).hasSize(3);
        assertThat(coverageShown.get(0))
                .containsExactly(
                        "Thôn Đông Báo",
                        str(aStart.get(0)),
                        str(aEnd.get(0)),
                        str(aStart.get(1)),
                        str(aEnd.get(1)),
                        str(aEnd.get(1) - aStart.get(1)),
                        "50,0",
                        str(aEnd.get(2)),
                        str(aEnd.get(3)),
                        str(aEnd.get(4)),
                        str(aEnd.get(5)),
                        str(aEnd.get(6)));
        assertThat(coverageShown.get(1))
                .containsExactly(
                        "Thôn Tây Báo",
                        str(bStart.get(0)),
                        str(bEnd.get(0)),
                        "0",
                        "0",
                        "0",
                        "0,0",
                        "0",
                        "0",
                        "0",
                        "0",
                        "0");
        assertThat(coverageShown.get(2))
                .containsExactly("Tổng cộng (Xã Báo Cáo)", "3", "4", "0", "1", "1", "25,0", "1", "2", "1", "1", "1");
        assertThat(shown("report-campaigns"))
                .containsExactly(List.of(
                        "Chiến dịch tháng Mười", "06/10/2026", "12/10/2026", "1", "1", "100,0", "1", "1", "100,0", ""));
        assertThat(shown("report-officials"))
                .containsExactly(
                        List.of("(Chưa xếp đơn vị)", "2", "0", "1", "1", "0"),
                        List.of("Văn phòng UBND", "1", "1", "0", "0", "0"));

        @SuppressWarnings("unchecked")
        Select<YearMonth> picker = _get(Select.class, spec -> spec.withId("report-month"));
        _setValue(picker, YearMonth.of(2026, 9));
        assertThat(_get(H1.class).getText()).isEqualTo("Báo cáo tháng 09/2026 – Xã Báo Cáo");
        assertThat(shown("report-officials"))
                .as("at September's end nobody had finished, and the deadline was ahead")
                .containsExactly(
                        List.of("(Chưa xếp đơn vị)", "2", "0", "0", "0", "2"),
                        List.of("Văn phòng UBND", "1", "0", "0", "0", "1"));

        // 2. the XLSX: the same cells, numbers as numbers
        byte[] xlsx = documents.xlsx(october, TranslationProvider.VIETNAMESE);
        List<List<Object>> coverageSheet = sheetRows(xlsx, 0);
        assertThat(coverageSheet.get(0))
                .containsExactly("Thôn Đông Báo", 2.0, 2.0, 0.0, 1.0, 1.0, 50.0, 1.0, 2.0, 1.0, 1.0, 1.0);
        assertThat(coverageSheet.get(2).getFirst()).isEqualTo("Tổng cộng (Xã Báo Cáo)");
        assertThat(sheetRows(xlsx, 2))
                .containsExactly(
                        List.of("(Chưa xếp đơn vị)", 2.0, 0.0, 1.0, 1.0, 0.0),
                        List.of("Văn phòng UBND", 1.0, 1.0, 0.0, 0.0, 0.0));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Báo cáo tháng 10/2026 – Xã Báo Cáo");
        }

        // 3. the PDF: the same figures, the Vietnamese intact
        String pdf = new PdfTextExtractor(new PdfReader(documents.pdf(october, TranslationProvider.VIETNAMESE)))
                .getTextFromPage(1);
        assertThat(pdf)
                .contains("Báo cáo tháng 10/2026 – Xã Báo Cáo")
                .contains("Người lập: Người qt.baocao")
                .contains("Thôn Đông Báo")
                .contains("Tổng cộng (Xã Báo Cáo)")
                .contains("Chiến dịch tháng Mười")
                .contains("Văn phòng UBND")
                .contains("50,0");

        // once the ended months are closed, October is read from them: the same figures
        assertThat(SystemRunner.runAsSystem(closer::closeEndedMonths)).isPositive();
        assertThat(SystemRunner.runAsSystem(closer::closeEndedMonths))
                .as("each month closed once")
                .isZero();
        MonthlyReports.Report closedOctober = reports.of(commune, YearMonth.of(2026, 10));
        assertThat(closedOctober.places()).isEqualTo(october.places());
        assertThat(closedOctober.total()).isEqualTo(october.total());

        // the month running now: its end is now, as the live coverage screen has it
        MonthlyReports.Report november = reports.of(commune, YearMonth.of(2026, 11));
        assertThat(november.running()).isTrue();
        assertThat(november.to()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(november.total().end().households()).isEqualTo(5);
        assertThat(november.total().end())
                .isEqualTo(
                        named(coverageService().place(commune), november.total().end()));

        // a province's report: its communes
        login(provinceAdmin);
        MonthlyReports.Report provinceOctober = reports.of(province, YearMonth.of(2026, 10));
        assertThat(provinceOctober.places())
                .extracting(MonthlyReports.PlaceMonth::name)
                .containsExactly("Xã Báo Cáo");
        assertThat(provinceOctober.total().end())
                .isEqualTo(named(october.total().end(), provinceOctober.total().end()));
        assertThat(provinceOctober.officials()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Xã Báo Cáo");
            assertThat(o.officials()).isEqualTo(3);
        });

        // nobody else's, no hamlet, no month ahead
        assertThatThrownBy(() -> reports.of(a, YearMonth.of(2026, 10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reports.of(province, YearMonth.of(2026, 12)))
                .isInstanceOf(IllegalArgumentException.class);
        login("quantrixa");
        assertThatThrownBy(() -> reports.of(commune, YearMonth.of(2026, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    CoverageService coverage;

    private CoverageService coverageService() {
        return coverage;
    }

    private static Coverage named(Coverage figures, Coverage as) {
        return new Coverage(as.placeId(), as.name(), figures.households(), figures.covered(), figures.perSkill());
    }

    private static String str(long n) {
        return String.valueOf(n);
    }
}
