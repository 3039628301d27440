package vn.kynangso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.learning.CourseStatus;
import vn.kynangso.officials.OfficialYear;
import vn.kynangso.officials.TrainingStanding;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.reports.CoverageWeekCloser;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.AccountService.NewAccount;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * The demo season grown into a commune of the test's own (the shared demo commune keeps the
 * figures other tests check), on the test clock's day.
 */
class DemoSeasonTest extends KaribuTest {

    private static final String PREFIX = "mua.";
    private static final String ADMIN = "mua.quantrixa";
    private static final int HOUSEHOLDS = 120;

    @Autowired
    Season season;

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    TrainingStanding standing;

    @Autowired
    CoverageWeekCloser closer;

    @Autowired
    JdbcTemplate jdbc;

    private long commune;

    @BeforeEach
    void grown() {
        season.grow(PREFIX, this::plot);
        commune = SystemRunner.runAsSystem(
                () -> places.findByCode("MUA-COMMUNE").orElseThrow().getId());
    }

    private Season.Plot plot() {
        return SystemRunner.runAsSystem(() -> {
            Place province = places.create(null, PlaceKind.PROVINCE, "Tỉnh Mùa Vụ", "MUA-PROVINCE");
            Place created = places.create(province.getId(), PlaceKind.COMMUNE, "Xã Mùa Vụ", "MUA-COMMUNE");
            List<Place> hamlets = List.of(
                    places.create(created.getId(), PlaceKind.VILLAGE, "Thôn Mùa Xuân", null),
                    places.create(created.getId(), PlaceKind.VILLAGE, "Thôn Mùa Hạ", null),
                    places.create(created.getId(), PlaceKind.VILLAGE, "Thôn Mùa Thu", null));
            accounts.create(new NewAccount(
                    ADMIN,
                    null,
                    "Quản Trị Mùa Vụ",
                    DEMO_PASSWORD,
                    Set.of(Roles.COMMUNE_ADMIN),
                    Set.of(created.getId()),
                    null));
            return new Season.Plot(PREFIX, ADMIN, created.getId(), hamlets, HOUSEHOLDS, List.of(), 0, null);
        });
    }

    private static final String IN_COMMUNE =
            " FROM household h JOIN place p ON p.id = h.hamlet_id WHERE p.parent_id = ?";

    @Test
    void households_are_registered_week_after_week_over_the_past_months_and_none_in_the_future() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + IN_COMMUNE, Long.class, commune))
                .isEqualTo(HOUSEHOLDS);
        Timestamp earliest = jdbc.queryForObject("SELECT MIN(h.created_at)" + IN_COMMUNE, Timestamp.class, commune);
        Timestamp latest = jdbc.queryForObject("SELECT MAX(h.created_at)" + IN_COMMUNE, Timestamp.class, commune);
        LocalDate today = clock.today();
        assertThat(earliest.toInstant())
                .isAfterOrEqualTo(today.minusDays(Season.DAYS)
                        .atStartOfDay(clock.getZone())
                        .toInstant());
        assertThat(earliest.toInstant())
                .isBefore(today.minusMonths(5).atStartOfDay(clock.getZone()).toInstant());
        assertThat(latest.toInstant()).isBefore(clock.instant());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT YEARWEEK(h.created_at, 3))" + IN_COMMUNE, Long.class, commune))
                .as("weeks with registrations")
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void some_households_are_covered_more_are_part_of_the_way_and_many_not_started() {
        long covered = jdbc.queryForObject(
                "SELECT COUNT(*)" + IN_COMMUNE + " AND h.covered_at IS NOT NULL", Long.class, commune);
        long withSkills = jdbc.queryForObject(
                "SELECT COUNT(*)" + IN_COMMUNE
                        + " AND EXISTS (SELECT 1 FROM household_skill s WHERE s.household_id = h.id)",
                Long.class,
                commune);
        assertThat(covered).isPositive();
        assertThat(withSkills - covered).as("partly covered").isPositive();
        assertThat(HOUSEHOLDS - withSkills).as("not started").isGreaterThan(HOUSEHOLDS / 4);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM certificate WHERE commune_id = ? AND kind = 'HOUSEHOLD'",
                        Long.class,
                        commune))
                .as("a household certificate for every covered household")
                .isEqualTo(covered);
    }

    @Test
    void one_course_certificate_is_revoked_with_its_reason() {
        assertThat(jdbc.queryForList(
                        "SELECT revoke_reason FROM certificate WHERE commune_id = ? AND revoked_at IS NOT NULL",
                        String.class,
                        commune))
                .singleElement()
                .asString()
                .isNotBlank();
    }

    @Test
    void the_communes_officials_are_on_time_late_and_not_started() {
        login(ADMIN);
        List<OfficialYear> officials = standing.compliance(clock.today().getYear(), commune);
        assertThat(officials)
                .extracting(OfficialYear::status)
                .contains(CourseStatus.COMPLETED, CourseStatus.COMPLETED_LATE, CourseStatus.OVERDUE);
        // one course's deadline has passed: an official who has not started is overdue on it, and
        // has not started the others
        assertThat(officials)
                .filteredOn(o -> o.completed() == 0)
                .anySatisfy(o -> assertThat(o.requirements())
                        .extracting(r -> r.status())
                        .containsOnly(CourseStatus.OVERDUE, CourseStatus.NOT_STARTED)
                        .contains(CourseStatus.NOT_STARTED));
        assertThat(officials).extracting(OfficialYear::unit).doesNotContainNull();
    }

    @Test
    void campaign_visits_fall_inside_their_campaigns_and_some_households_are_not_visited() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign WHERE commune_id = ?", Long.class, commune))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM visit v JOIN campaign c ON c.id = v.campaign_id WHERE c.commune_id = ?",
                        Long.class,
                        commune))
                .isGreaterThan(HOUSEHOLDS / 2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM visit v JOIN campaign c ON c.id = v.campaign_id"
                                + " WHERE c.commune_id = ? AND v.visited_on NOT BETWEEN c.starts_on AND c.ends_on",
                        Long.class,
                        commune))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*)" + IN_COMMUNE
                                + " AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.household_id = h.id)",
                        Long.class,
                        commune))
                .as("never visited")
                .isPositive();
    }

    @Test
    void the_closed_weeks_show_coverage_rising() {
        SystemRunner.runAsSystem(closer::closeEndedWeeks);
        List<Long> covered = jdbc.queryForList(
                "SELECT covered FROM coverage_week WHERE place_id = ? ORDER BY week_start", Long.class, commune);
        assertThat(covered).hasSizeGreaterThanOrEqualTo(15);
        assertThat(covered).isSorted();
        assertThat(covered.getLast()).isGreaterThan(covered.getFirst());
        List<Long> households = jdbc.queryForList(
                "SELECT households FROM coverage_week WHERE place_id = ? ORDER BY week_start", Long.class, commune);
        assertThat(households).isSorted();
        assertThat(households.getLast()).isGreaterThan(households.getFirst());
    }

    @Test
    void started_in_early_january_the_year_just_ended_has_its_officials_on_time_late_and_not_started() {
        clock.set(LocalDate.of(clock.today().getYear() + 1, 1, 10).atTime(9, 30));
        int ended = clock.today().getYear() - 1;
        season.grow(
                "dong.",
                () -> SystemRunner.runAsSystem(() -> {
                    Place province = places.create(null, PlaceKind.PROVINCE, "Tỉnh Đông Chí", null);
                    Place created = places.create(province.getId(), PlaceKind.COMMUNE, "Xã Đông Chí", "DONG-COMMUNE");
                    Place hamlet = places.create(created.getId(), PlaceKind.VILLAGE, "Thôn Đông Chí", null);
                    accounts.create(new NewAccount(
                            "dong.quantrixa",
                            null,
                            "Quản Trị Đông Chí",
                            DEMO_PASSWORD,
                            Set.of(Roles.COMMUNE_ADMIN),
                            Set.of(created.getId()),
                            null));
                    return new Season.Plot(
                            "dong.", "dong.quantrixa", created.getId(), List.of(hamlet), 10, List.of(), 0, null);
                }));
        long winter = SystemRunner.runAsSystem(
                () -> places.findByCode("DONG-COMMUNE").orElseThrow().getId());

        login("dong.quantrixa");
        assertThat(standing.compliance(ended, winter))
                .extracting(OfficialYear::status)
                .contains(CourseStatus.COMPLETED, CourseStatus.COMPLETED_LATE, CourseStatus.OVERDUE);
    }

    @Test
    void growing_again_adds_nothing() {
        long households = jdbc.queryForObject("SELECT COUNT(*) FROM household", Long.class);
        long certificates = jdbc.queryForObject("SELECT COUNT(*) FROM certificate", Long.class);
        assertThat(season.grow(PREFIX, this::plot)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household", Long.class))
                .isEqualTo(households);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certificate", Long.class))
                .isEqualTo(certificates);
    }
}
