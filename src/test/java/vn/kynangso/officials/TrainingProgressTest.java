package vn.kynangso.officials;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.ui.FiguresTable;
import vn.kynangso.base.ui.KnsChart;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.officials.TrainingProgress.Month;
import vn.kynangso.officials.TrainingProgress.UnitMonths;
import vn.kynangso.officials.TrainingProgress.YearProgress;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * A commune's officials' year month by month, on a commune of the test's own: one mandatory course
 * due at the end of June, two officials in a unit and one in none, completions on days the tests
 * name. Each test names the days it runs on.
 */
class TrainingProgressTest extends KaribuTest {

    static final String SECURITY = OfficialsTest.SECURITY;
    static final String ADMIN = "quantri.tiendo";
    static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

    @Autowired
    TrainingProgress progress;

    @Autowired
    TrainingStanding officials;

    @Autowired
    MandatoryCourses courses;

    @Autowired
    OfficialUnits units;

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
    private String an = "";
    private String binh = "";
    private String cuc = "";

    /**
     * A ward with its admin; An and Bình in the unit "Văn phòng", Cúc in none; from March the only
     * mandatory course of 2026 is the security course, due on 30 June.
     */
    @BeforeEach
    void aCommuneWithThreeOfficials() {
        long province = TestArea.ensure(places, accounts).province();
        next++;
        commune = SystemRunner.runAsSystem(() -> {
            Place place = places.create(province, PlaceKind.WARD, "Phường Tiến Độ " + next, "TEST-PROGRESS-" + next);
            accounts.create(new AccountService.NewAccount(
                    ADMIN + next,
                    null,
                    "Quản Trị Tiến Độ",
                    "mat-khau-kiem-thu",
                    Set.of(Roles.COMMUNE_ADMIN),
                    Set.of(place.getId()),
                    null));
            return place.getId();
        });
        an = official("Trịnh Văn An");
        binh = official("Đoàn Thị Bình");
        cuc = official("Lý Thị Cúc");
        at(2026, 3, 2);
        login(ADMIN + next);
        for (String code : List.of(OfficialsTest.LAWS, OfficialsTest.PLATFORMS)) {
            courses.unassign(2026, commune, code);
        }
        courses.assign(2026, commune, SECURITY, DEADLINE);
        Unit office = units.createUnit(commune, "Văn phòng");
        for (OfficialYear o : officials.compliance(2026, commune)) {
            if (!o.name().equals("Lý Thị Cúc")) {
                units.setUnit(o.personId(), office.id());
            }
        }
    }

    private String official(String name) {
        String login = "canbo.tiendo." + next + "." + Math.abs(name.hashCode());
        SystemRunner.runAsSystem(() -> {
            Person person = people.registerPerson(commune, name, 1985);
            accounts.create(new AccountService.NewAccount(
                    login, null, name, "mat-khau-kiem-thu", Set.of(Roles.OFFICIAL), Set.of(), person.getId()));
        });
        return login;
    }

    /** Nine in the morning, Vietnam's time. */
    private void at(int year, int month, int day) {
        clock.set(LocalDateTime.of(year, month, day, 9, 0));
    }

    private void passes(String official) {
        login(official);
        Learners.passCourse(learning, catalog, SECURITY);
    }

    private static List<String> counts(List<Month> months) {
        return months.stream().map(m -> m.completed() + "/" + m.counted()).toList();
    }

    private static UnitMonths unit(YearProgress year, @Nullable String name) {
        return year.units().stream()
                .filter(u -> Objects.equals(u.unit(), name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_past_months_figure_stays_as_it_was_and_a_late_completion_counts_from_its_own_month() {
        at(2026, 3, 10);
        passes(an); // on time, in March
        at(2026, 4, 15);
        login(ADMIN + next);
        YearProgress april = progress.monthly(2026, commune);
        assertThat(april.months())
                .containsExactly(
                        YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        assertThat(counts(april.commune())).containsExactly("0/3", "0/3", "1/3", "1/3");
        assertThat(april.deadlines())
                .extracting(Assignment::courseCode, Assignment::deadline)
                .containsExactly(tuple(SECURITY, DEADLINE));
        assertThat(april.notCounted()).isZero();

        at(2026, 7, 5);
        passes(binh); // five days after the deadline: late
        at(2026, 8, 3);
        login(ADMIN + next);
        YearProgress august = progress.monthly(2026, commune);
        assertThat(august.commune().subList(0, 4)).as("the months already past").isEqualTo(april.commune());
        assertThat(counts(august.commune())).containsExactly("0/3", "0/3", "1/3", "1/3", "1/3", "1/3", "2/3", "2/3");
        assertThat(august.units()).extracting(UnitMonths::unit).containsExactly("Văn phòng", null);
        assertThat(counts(unit(august, "Văn phòng").months()))
                .containsExactly("0/2", "0/2", "1/2", "1/2", "1/2", "1/2", "2/2", "2/2");
        assertThat(counts(unit(august, null).months())).containsOnly("0/1");
        assertThat(august.commune().get(6).percent()).isCloseTo(66.67, Offset.offset(0.01));

        // the year ends and closes; Cúc completes in January, which no longer counts for 2026
        at(2027, 1, 12);
        passes(cuc);
        login(ADMIN + next);
        YearProgress ended = progress.monthly(2026, commune);
        assertThat(ended.months()).hasSize(12).endsWith(YearMonth.of(2026, 12));
        assertThat(ended.commune().subList(0, 8)).isEqualTo(august.commune());
        assertThat(counts(ended.commune()).subList(8, 12)).containsOnly("2/3");
        assertThat(ended.deadlines()).extracting(Assignment::deadline).containsExactly(DEADLINE);
        assertThat(progress.monthly(2027, commune).months()).containsExactly(YearMonth.of(2027, 1));
    }

    @Test
    void a_year_to_come_has_no_months_yet_and_nothing_required_counts_nobody() {
        at(2026, 3, 10);
        login(ADMIN + next);
        assertThat(progress.monthly(2027, commune).months()).isEmpty();
        courses.unassign(2026, commune, SECURITY);
        YearProgress none = progress.monthly(2026, commune);
        assertThat(none.notCounted()).isEqualTo(3);
        assertThat(none.units()).isEmpty();
        assertThat(counts(none.commune())).containsOnly("0/0");
        assertThat(none.commune().getFirst().percent()).isNull();
        assertThat(none.deadlines()).isEmpty();
    }

    @Test
    void the_evaluation_screen_draws_the_months_with_the_deadline_and_their_numbers_as_a_table() {
        at(2026, 3, 10);
        passes(an);
        at(2026, 7, 5);
        passes(binh);
        at(2026, 8, 3);
        login(ADMIN + next);
        UI.getCurrent().navigate("evaluation");

        KnsChart chart = _get(KnsChart.class, spec -> spec.withId("evaluation-chart"));
        JsonNode config =
                JsonMapper.builder().build().readTree(chart.getElement().getProperty("config"));
        assertThat(config.get("type").asString()).isEqualTo("line");
        assertThat(config.get("labels").values())
                .extracting(JsonNode::asString)
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8");
        assertThat(config.get("series").values())
                .extracting(s -> s.get("label").asString())
                .containsExactly("Cả xã/phường", "Văn phòng", "Chưa xếp đơn vị");
        assertThat(config.get("series").get(0).get("data").values())
                .extracting(JsonNode::asDouble)
                .containsExactly(0.0, 0.0, 33.3, 33.3, 33.3, 33.3, 66.7, 66.7);
        JsonNode band = config.get("bands").get(0);
        assertThat(band.get("from").asInt()).isEqualTo(5); // June
        assertThat(band.get("to").asInt()).isEqualTo(5);
        assertThat(band.get("label").asString()).isEqualTo("Hạn");
        assertThat(config.get("bands").size()).isOne();
        assertThat(config.get("target").asDouble()).isEqualTo(100.0);
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-chart-deadline-0"))
                        .getText())
                .startsWith("Hạn 30/06/2026: ");

        FiguresTable table = _get(FiguresTable.class, spec -> spec.withId("evaluation-chart-table"));
        List<List<String>> rows = _find(table, NativeTableRow.class).stream()
                .map(row -> row.getChildren()
                        .map(Component::getElement)
                        .map(Element::getTextRecursively)
                        .toList())
                .toList();
        assertThat(rows).hasSize(9);
        assertThat(rows.getFirst()).containsExactly("Tháng", "Cả xã/phường", "Văn phòng", "Chưa xếp đơn vị");
        assertThat(rows.get(3)).containsExactly("T3", "1/3 (33,3%)", "1/2 (50%)", "0/1 (0%)");
        assertThat(rows.get(7)).containsExactly("T7", "2/3 (66,7%)", "2/2 (100%)", "0/1 (0%)");
    }

    @Test
    void another_communes_admin_gets_no_figures() {
        at(2026, 3, 10);
        login("quantrixa");
        assertThatThrownBy(() -> progress.monthly(2026, commune)).isInstanceOf(AccessDeniedException.class);
    }
}
