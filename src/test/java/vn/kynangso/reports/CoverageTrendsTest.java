package vn.kynangso.reports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.base.ui.FiguresTable;
import vn.kynangso.base.ui.KnsChart;
import vn.kynangso.catalog.Skill;
import vn.kynangso.people.Household;
import vn.kynangso.people.HouseholdSkillService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.reports.CoverageTrends.Series;
import vn.kynangso.reports.CoverageTrends.Trend;
import vn.kynangso.reports.CoverageTrends.Week;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.AccountService.NewAccount;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;
import vn.kynangso.visits.VisitOutcome;
import vn.kynangso.visits.VisitService;

/**
 * Coverage week by week on a commune of the test's own, its weeks far from the demo's and from
 * each other test's. A closed week is closed once for the whole database, so the tests run in the
 * order of their weeks: none registers households in a week an earlier one closed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoverageTrendsTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    CoverageTrends trends;

    @Autowired
    CoverageWeekCloser closer;

    @Autowired
    VisitService visits;

    @Autowired
    CampaignEffects effects;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private record Commune(long id, long hamletA, long hamletB, String admin) {}

    private Commune commune(String name) {
        return SystemRunner.runAsSystem(() -> {
            Place province = places.create(null, PlaceKind.PROVINCE, "Tỉnh " + name, null);
            Place commune = places.create(province.getId(), PlaceKind.COMMUNE, "Xã " + name, null);
            Place a = places.create(commune.getId(), PlaceKind.VILLAGE, "Thôn Thượng " + name, null);
            Place b = places.create(commune.getId(), PlaceKind.VILLAGE, "Thôn Hạ " + name, null);
            String admin = "qt." + name.toLowerCase().replace(' ', '.');
            accounts.create(new NewAccount(
                    admin,
                    null,
                    "Quản trị " + name,
                    DEMO_PASSWORD,
                    Set.of(Roles.COMMUNE_ADMIN),
                    Set.of(commune.getId()),
                    null));
            return new Commune(commune.getId(), a.getId(), b.getId(), admin);
        });
    }

    /** A Monday {@code weeks} after the test clock's start: a week nobody else's test uses. */
    private LocalDate mondayAfter(int weeks) {
        return clock.today()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(weeks);
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(10, 0));
    }

    private Household household(long hamlet, String address) {
        return SystemRunner.runAsSystem(() -> people.registerHousehold(hamlet, address));
    }

    private long member(Household household, String name) {
        return SystemRunner.runAsSystem(
                () -> people.addMember(household.getId(), name, 1960, null).getId());
    }

    private void gains(long person, Skill skill, Set<Skill> now) {
        new SkillFacts(transactions, jdbc, events, clock).gains(person, skill, now);
    }

    private static List<Long> households(Series series) {
        return series.weeks().stream().map(w -> w.figures().households()).toList();
    }

    @Test
    @Order(1)
    void a_closed_weeks_figures_stay_as_they_were_and_the_running_week_is_live() {
        Commune c = commune("Tuần Một");
        LocalDate w0 = mondayAfter(100);
        at(w0.plusDays(1));
        Household a1 = household(c.hamletA(), "Số 1");
        household(c.hamletA(), "Số 2");
        household(c.hamletB(), "Số 3");
        long lan = member(a1, "Lò Thị Lan");
        gains(lan, Skill.PUBLIC_SERVICES, EnumSet.of(Skill.PUBLIC_SERVICES));

        at(w0.plusWeeks(1).plusDays(2));
        household(c.hamletA(), "Số 4");
        EnumSet<Skill> held = EnumSet.of(Skill.PUBLIC_SERVICES);
        for (Skill skill :
                List.of(Skill.ONLINE_SHOPPING, Skill.ONLINE_PAYMENT, Skill.CYBER_SAFETY, Skill.DIGITAL_PLATFORMS)) {
            held.add(skill);
            gains(lan, skill, EnumSet.copyOf(held));
        }

        at(w0.plusWeeks(2).plusDays(3));
        assertThat(SystemRunner.runAsSystem(closer::closeEndedWeeks)).isPositive();
        assertThat(SystemRunner.runAsSystem(closer::closeEndedWeeks))
                .as("each week closed once")
                .isZero();

        login(c.admin());
        Trend trend = trends.weekly(c.id(), 3);
        Series commune = trend.place();
        assertThat(commune.weeks()).extracting(Week::start).containsExactly(w0, w0.plusWeeks(1), w0.plusWeeks(2));
        assertThat(commune.weeks()).extracting(Week::running).containsExactly(false, false, true);
        assertThat(households(commune)).containsExactly(3L, 4L, 4L);
        assertThat(commune.weeks()).extracting(w -> w.figures().covered()).containsExactly(0L, 1L, 1L);
        assertThat(commune.weeks().get(0).figures().skill(Skill.PUBLIC_SERVICES))
                .isEqualTo(1);
        assertThat(commune.weeks().get(0).figures().skill(Skill.DIGITAL_PLATFORMS))
                .isZero();
        assertThat(commune.weeks().get(1).figures().skill(Skill.DIGITAL_PLATFORMS))
                .isEqualTo(1);
        assertThat(trend.below())
                .extracting(Series::name)
                .containsExactlyInAnyOrder("Thôn Thượng Tuần Một", "Thôn Hạ Tuần Một");
        Series a = trend.below().stream()
                .filter(s -> s.placeId() == c.hamletA())
                .findFirst()
                .orElseThrow();
        Series b = trend.below().stream()
                .filter(s -> s.placeId() == c.hamletB())
                .findFirst()
                .orElseThrow();
        assertThat(households(a)).containsExactly(2L, 3L, 3L);
        assertThat(households(b)).containsExactly(1L, 1L, 1L);

        // later facts change the running week, never a closed one: a new household, a household gone
        household(c.hamletB(), "Số 5");
        jdbc.update("UPDATE household SET hamlet_id = ? WHERE id = ?", c.hamletB(), a1.getId());
        Trend later = trends.weekly(c.id(), 3);
        assertThat(households(later.place())).containsExactly(3L, 4L, 5L);
        Series aLater = later.below().stream()
                .filter(s -> s.placeId() == c.hamletA())
                .findFirst()
                .orElseThrow();
        assertThat(households(aLater).subList(0, 2)).containsExactly(2L, 3L);
        // back where the live summaries have it, for the tests after this one
        jdbc.update("UPDATE household SET hamlet_id = ? WHERE id = ?", c.hamletA(), a1.getId());

        // the week that was running closes when it has ended, from its own end
        at(w0.plusWeeks(3).plusDays(1));
        assertThat(SystemRunner.runAsSystem(closer::closeEndedWeeks)).isEqualTo(1);
        Trend next = trends.weekly(c.id(), 4);
        assertThat(households(next.place())).containsExactly(3L, 4L, 5L, 5L);
        assertThat(next.place().weeks()).extracting(Week::running).containsExactly(false, false, false, true);
        assertThat(SystemRunner.runAsSystem(coverage::rebuild).differing())
                .as("the live summaries still agree with the facts")
                .isZero();
    }

    @Test
    @Order(2)
    void the_campaigns_in_the_places_hamlets_are_marked_and_nobody_sees_another_area() {
        Commune c = commune("Tuần Hai");
        Commune other = commune("Tuần Ba");
        LocalDate w0 = mondayAfter(200);
        at(w0);
        household(c.hamletA(), "Số 1");
        login(c.admin());
        visits.createCampaign("Gõ cửa từng nhà", w0.plusDays(2), w0.plusDays(9), List.of(c.hamletA()));
        login(other.admin());
        visits.createCampaign("Chiến dịch xã bên", w0.plusDays(2), w0.plusDays(9), List.of(other.hamletA()));

        login(c.admin());
        Trend trend = trends.weekly(c.id(), 2);
        assertThat(trend.campaigns())
                .extracting(CoverageTrends.CampaignPeriod::name)
                .containsExactly("Gõ cửa từng nhà");
        assertThat(trends.weekly(c.hamletB(), 2).campaigns())
                .as("not in this hamlet")
                .isEmpty();
        assertThat(trend.campaigns().getFirst().startsOn()).isEqualTo(w0.plusDays(2));

        assertThatThrownBy(() -> trends.weekly(other.id(), 2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trends.weekly(other.hamletA(), 2)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Order(3)
    void the_weeks_screen_draws_both_charts_with_their_numbers_and_a_tap_on_a_bar_opens_that_place() {
        Commune c = commune("Tuần Bốn");
        LocalDate w0 = mondayAfter(300);
        at(w0.plusDays(1));
        household(c.hamletA(), "Số 1");
        household(c.hamletA(), "Số 2");
        Household b1 = household(c.hamletB(), "Số 3");
        long hoa = member(b1, "Vi Thị Hoa");
        EnumSet<Skill> held = EnumSet.noneOf(Skill.class);
        for (Skill skill : Skill.values()) {
            held.add(skill);
            gains(hoa, skill, EnumSet.copyOf(held));
        }
        at(w0.plusWeeks(1).plusDays(1));
        SystemRunner.runAsSystem(closer::closeEndedWeeks);

        login(c.admin());
        UI.getCurrent().navigate("coverage/" + c.id());
        String link = _get(Anchor.class, spec -> spec.withId("coverage-weeks-" + c.id()))
                .getHref();
        UI.getCurrent().navigate(link);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("coverage/" + c.id() + "/weeks");

        KnsChart weeks = _get(KnsChart.class, spec -> spec.withId("trend-chart"));
        String config = weeks.getElement().getProperty("config");
        assertThat(config)
                .contains("\"type\":\"line\"")
                .contains(w0.format(DateTimeFormatter.ofPattern("dd/MM")))
                .contains("Tuần này")
                .contains("33.3"); // 1 of 3 households covered
        assertThat(weeks.getElement().getAttribute("aria-label")).contains("Xã Tuần Bốn");
        FiguresTable table = _get(FiguresTable.class, spec -> spec.withId("trend-table"));
        assertThat(table.getElement().getTextRecursively()).contains("1 (33,3%)");

        KnsChart compared = _get(KnsChart.class, spec -> spec.withId("compare-chart"));
        assertThat(compared.getElement().getProperty("config"))
                // highest share first; a name longer than a line beside its bar on two lines
                .contains("\"labels\":[[\"Thôn Hạ Tuần Bốn\"],[\"Thôn Thượng Tuần\",\"Bốn\"]]")
                .contains("100.0");
        // a tap on the first bar, as the browser reports it
        compared.getElement()
                .getNode()
                .getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(
                        compared.getElement(),
                        "kns-bar-click",
                        tools.jackson.databind.json.JsonMapper.builder()
                                .build()
                                .createObjectNode()
                                .put("event.detail.index", 0)));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("coverage/" + c.hamletB() + "/weeks");
    }

    @Test
    @Order(4)
    void many_weeks_in_one_pass_give_the_same_tallies_as_each_week_on_its_own() {
        Commune c = commune("Tuần Năm");
        LocalDate w0 = mondayAfter(400);
        for (int week = 0; week < 6; week++) {
            at(w0.plusWeeks(week).plusDays(week % 7));
            Household h = household(week % 2 == 0 ? c.hamletA() : c.hamletB(), "Số " + week);
            long person = member(h, "Người " + week);
            EnumSet<Skill> held = EnumSet.noneOf(Skill.class);
            for (Skill skill : Skill.values()) {
                if (skill.ordinal() <= week) {
                    held.add(skill);
                    gains(person, skill, EnumSet.copyOf(held));
                }
            }
        }
        List<java.time.Instant> ends = new java.util.ArrayList<>();
        for (int week = -1; week <= 7; week++) {
            ends.add(w0.plusWeeks(week + 1L).atStartOfDay(clock.getZone()).toInstant());
        }
        List<java.util.Map<Long, HouseholdSkillService.HamletTally>> onePass =
                SystemRunner.runAsSystem(() -> householdSkills.talliesAt(ends));
        for (int i = 0; i < ends.size(); i++) {
            java.time.Instant end = ends.get(i);
            assertThat(onePass.get(i))
                    .as("as of %s", end)
                    .isEqualTo(SystemRunner.runAsSystem(() -> householdSkills.talliesAsOf(end)));
        }
        assertThat(onePass.getLast().get(c.hamletA()).households()).isEqualTo(3);
        assertThat(onePass.getLast().get(c.hamletB()).covered()).isEqualTo(1); // week 5: all five skills
    }

    @Autowired
    HouseholdSkillService householdSkills;

    @Autowired
    CoverageService coverage;

    @Test
    @Order(5)
    void a_campaign_counts_the_households_it_met_that_gained_a_skill_within_30_days_against_the_others() {
        Commune c = commune("Tuần Sáu");
        Commune other = commune("Tuần Bảy");
        LocalDate w0 = mondayAfter(500);
        at(w0);
        Household met = household(c.hamletA(), "Số 1");
        Household notHome = household(c.hamletA(), "Số 2");
        Household metLate = household(c.hamletA(), "Số 3");
        household(c.hamletA(), "Số 4");
        Household coveredBefore = household(c.hamletA(), "Số 5");
        household(c.hamletB(), "Số 6"); // outside the campaign's hamlets
        long full = member(coveredBefore, "Hà Thị Đủ");
        EnumSet<Skill> held = EnumSet.noneOf(Skill.class);
        for (Skill skill : Skill.values()) {
            held.add(skill);
            gains(full, skill, EnumSet.copyOf(held));
        }
        login(c.admin());
        long campaign = visits.createCampaign("Gõ cửa mùa khô", w0.plusDays(2), w0.plusDays(9), List.of(c.hamletA()));

        at(w0.plusDays(3));
        visits.record(met.getId(), w0.plusDays(3), VisitOutcome.HELPED, Set.of(Skill.PUBLIC_SERVICES), null, null);
        visits.record(notHome.getId(), w0.plusDays(3), VisitOutcome.NOT_HOME, Set.of(), null, null);
        at(w0.plusDays(4));
        gains(member(notHome, "Lò Văn Vắng"), Skill.CYBER_SAFETY, EnumSet.of(Skill.CYBER_SAFETY));
        at(w0.plusDays(5));
        visits.record(metLate.getId(), w0.plusDays(5), VisitOutcome.COME_BACK, Set.of(), null, null);
        at(w0.plusDays(10));
        gains(member(met, "Lò Thị Gặp"), Skill.PUBLIC_SERVICES, EnumSet.of(Skill.PUBLIC_SERVICES));
        at(w0.plusDays(40)); // 35 days after its visit: too late to count
        gains(member(metLate, "Lò Văn Muộn"), Skill.ONLINE_PAYMENT, EnumSet.of(Skill.ONLINE_PAYMENT));

        at(w0.plusDays(20));
        CampaignEffects.Effect running =
                effects.in(c.id(), w0, w0.plusDays(60), 12).getFirst();
        assertThat(running.counting()).as("30 days have not passed").isTrue();

        at(w0.plusDays(50));
        List<CampaignEffects.Effect> found = effects.in(c.id(), w0, w0.plusDays(60), 12);
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.campaignId()).isEqualTo(campaign);
            assertThat(e.visited())
                    .as("met: Số 1 gained in time, Số 3 too late")
                    .isEqualTo(new HouseholdSkillService.Gains(2, 1));
            assertThat(e.notVisited())
                    .as("not met: Số 2 (nobody at home) gained, Số 4 did not; Số 5 was covered before")
                    .isEqualTo(new HouseholdSkillService.Gains(2, 1));
            assertThat(e.counting()).isFalse();
        });
        assertThat(effects.in(c.hamletA(), w0, w0.plusDays(60), 12))
                .extracting(CampaignEffects.Effect::visited)
                .containsExactly(new HouseholdSkillService.Gains(2, 1));
        assertThat(effects.in(c.hamletB(), w0, w0.plusDays(60), 12)).isEmpty();
        assertThat(effects.in(c.id(), w0.plusDays(10), w0.plusDays(60), 12))
                .as("ended before the period")
                .isEmpty();

        UI.getCurrent().navigate("coverage/" + c.id() + "/weeks");
        KnsChart chart = _get(KnsChart.class, spec -> spec.withId("effect-chart"));
        assertThat(chart.getElement().getProperty("config"))
                .contains("\"labels\":[[\"Gõ cửa mùa khô\"]]")
                .contains("Hộ được thăm")
                .contains("Hộ chưa được thăm")
                .contains("[50.0]");
        assertThat(_get(FiguresTable.class, spec -> spec.withId("effect-table"))
                        .getElement()
                        .getTextRecursively())
                .contains("Gõ cửa mùa khô")
                .contains("1 (50,0%)");

        login(other.admin());
        assertThatThrownBy(() -> effects.in(c.id(), w0, w0.plusDays(60), 12)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> effects.in(c.hamletA(), w0, w0.plusDays(60), 12))
                .isInstanceOf(AccessDeniedException.class);
    }
}
