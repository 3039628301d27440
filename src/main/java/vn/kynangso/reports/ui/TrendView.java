package vn.kynangso.reports.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.base.ui.FiguresTable;
import vn.kynangso.base.ui.KnsChart;
import vn.kynangso.catalog.Skill;
import vn.kynangso.people.HouseholdSkillService.Gains;
import vn.kynangso.reports.CampaignEffects;
import vn.kynangso.reports.CampaignEffects.Effect;
import vn.kynangso.reports.Coverage;
import vn.kynangso.reports.CoverageTrends;
import vn.kynangso.reports.CoverageTrends.CampaignPeriod;
import vn.kynangso.reports.CoverageTrends.Series;
import vn.kynangso.reports.CoverageTrends.Trend;
import vn.kynangso.reports.CoverageTrends.Week;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;

/**
 * Coverage of a place week by week: the share of households covered and proficient per skill,
 * with its campaigns and the target; then the places one level down compared this week, a tap on
 * one opening its own weeks. Every chart has its numbers as a table.
 */
@Route("coverage/:place/weeks")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
class TrendView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Weeks shown: half a year, the running one included. */
    static final int WEEKS = 26;

    /** Campaigns whose effect is shown: the newest of the period. */
    static final int MAX_CAMPAIGNS = 12;

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String COVERED_COLOR = "#0d47a1";
    private static final Map<Skill, String> SKILL_COLORS = Map.of(
            Skill.PUBLIC_SERVICES, "#2e7d32",
            Skill.ONLINE_SHOPPING, "#ef6c00",
            Skill.ONLINE_PAYMENT, "#6a1b9a",
            Skill.CYBER_SAFETY, "#00838f",
            Skill.DIGITAL_PLATFORMS, "#ad1457");

    private static final String NOT_VISITED_COLOR = "#9e9e9e";

    private final CoverageTrends trends;
    private final CampaignEffects effects;
    private final CurrentUser currentUser;
    private final int targetPercent;
    private String title = "";

    TrendView(
            CoverageTrends trends,
            CampaignEffects effects,
            CurrentUser currentUser,
            @Value("${kns.coverage.target-percent:100}") int targetPercent) {
        this.trends = trends;
        this.effects = effects;
        this.currentUser = currentUser;
        this.targetPercent = targetPercent;
        addClassNames("kns-page", "kns-trend");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long placeId = event.getRouteParameters().getLong("place").orElse(-1L);
        Trend trend;
        try {
            trend = trends.weekly(placeId, WEEKS);
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Series place = trend.place();
        SignedInUser me = currentUser.require();
        boolean canReport = me.hasRole(Roles.COMMUNE_ADMIN) || me.hasRole(Roles.PROVINCE_ADMIN);
        title = getTranslation("coverage.weeks.title", place.name());
        Anchor back = new Anchor("coverage/" + place.placeId(), getTranslation("coverage.title"));
        back.setId("trend-back");
        Div links = new Div(back);
        links.addClassName("kns-links");
        if (!trend.below().isEmpty() && canReport) {
            Anchor report = new Anchor("coverage/" + place.placeId() + "/month", getTranslation("report.month.link"));
            report.setId("trend-report");
            links.add(report);
        }
        add(new H1(title), links);
        add(weeks(place, trend.campaigns()));
        if (!trend.below().isEmpty()) {
            add(compared(place.name(), trend.below()));
        }
        // the weeks shown, closed or not yet: from WEEKS - 1 weeks before the running one to its end
        LocalDate runningWeek = place.weeks().getLast().start();
        add(campaignEffects(
                place.name(),
                effects.in(placeId, runningWeek.minusWeeks(WEEKS - 1L), runningWeek.plusDays(6), MAX_CAMPAIGNS)));
    }

    /**
     * Each campaign of the period: the share of the households it met that gained a skill within 30
     * days, beside the share of those it did not meet.
     */
    private Div campaignEffects(String placeName, List<Effect> campaigns) {
        Div part = new Div(new H2(getTranslation("coverage.effect.title")));
        part.addClassName("kns-card");
        part.setId("effect");
        if (campaigns.isEmpty()) {
            part.add(new Paragraph(getTranslation("coverage.effect.none")));
            return part;
        }
        KnsChart chart = new KnsChart("effect-chart");
        chart.setWidthFull();
        chart.bars(
                getTranslation("coverage.effect.chart", placeName),
                campaigns.stream().map(this::campaignLabel).toList(),
                List.of(
                        new KnsChart.Series(
                                getTranslation("coverage.effect.visited"),
                                campaigns.stream()
                                        .map(e -> gainedShare(e.visited()))
                                        .toList(),
                                COVERED_COLOR),
                        new KnsChart.Series(
                                getTranslation("coverage.effect.not-visited"),
                                campaigns.stream()
                                        .map(e -> gainedShare(e.notVisited()))
                                        .toList(),
                                NOT_VISITED_COLOR)),
                null);
        Paragraph note = new Paragraph(getTranslation("coverage.effect.note"));
        note.addClassName("kns-muted");
        FiguresTable table = new FiguresTable(
                "effect-table",
                getTranslation("coverage.weeks.table"),
                getTranslation("coverage.effect.chart", placeName),
                List.of(
                        getTranslation("coverage.effect.campaign"),
                        getTranslation("coverage.effect.days"),
                        getTranslation("coverage.effect.visited"),
                        getTranslation("coverage.effect.gained"),
                        getTranslation("coverage.effect.not-visited"),
                        getTranslation("coverage.effect.gained")),
                campaigns.stream()
                        .map(e -> List.of(
                                campaignLabel(e),
                                getTranslation(
                                        "coverage.effect.period", DATE.format(e.startsOn()), DATE.format(e.endsOn())),
                                String.valueOf(e.visited().households()),
                                count(e.visited().gained(), e.visited().households()),
                                String.valueOf(e.notVisited().households()),
                                count(e.notVisited().gained(), e.notVisited().households())))
                        .toList());
        part.add(chart, note, table);
        return part;
    }

    private String campaignLabel(Effect effect) {
        return effect.counting() ? getTranslation("coverage.effect.counting", effect.name()) : effect.name();
    }

    private static @Nullable Double gainedShare(Gains gains) {
        return gains.households() == 0 ? null : Coverage.share(gains.gained(), gains.households());
    }

    private Div weeks(Series place, List<CampaignPeriod> campaigns) {
        List<Week> weeks = place.weeks();
        List<String> labels = weeks.stream().map(this::label).toList();
        List<KnsChart.Series> lines = new ArrayList<>();
        lines.add(new KnsChart.Series(
                getTranslation("coverage.weeks.covered"), shares(weeks, Coverage::covered), COVERED_COLOR));
        for (Skill skill : Skill.values()) {
            lines.add(new KnsChart.Series(
                    getTranslation(skill.nameKey()), shares(weeks, c -> c.skill(skill)), SKILL_COLORS.get(skill)));
        }
        List<KnsChart.Band> bands = new ArrayList<>();
        List<Paragraph> campaignLines = new ArrayList<>();
        int number = 0;
        for (CampaignPeriod campaign : campaigns) {
            number++;
            // the band is named by its number (names side by side over a chart run into each other)
            int from = firstWeekEndingAfter(weeks, campaign.startsOn());
            int to = lastWeekStartingBy(weeks, campaign.endsOn());
            if (from >= 0 && to >= from) {
                bands.add(new KnsChart.Band(from, to, getTranslation("coverage.weeks.band", number)));
            }
            campaignLines.add(new Paragraph(getTranslation(
                    "coverage.weeks.campaign-numbered",
                    number,
                    campaign.name(),
                    DATE.format(campaign.startsOn()),
                    DATE.format(campaign.endsOn()))));
        }
        KnsChart chart = new KnsChart("trend-chart");
        chart.setWidthFull();
        chart.setHeight("320px");
        chart.lines(getTranslation("coverage.weeks.chart", place.name()), labels, lines, bands, target());

        List<String> headers = new ArrayList<>(List.of(
                getTranslation("coverage.weeks.week"),
                getTranslation("coverage.weeks.households"),
                getTranslation("coverage.weeks.covered-short")));
        for (Skill skill : Skill.values()) {
            headers.add(getTranslation(skill.nameKey()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Week week : weeks) {
            Coverage c = week.figures();
            List<String> row = new ArrayList<>(
                    List.of(label(week), String.valueOf(c.households()), count(c.covered(), c.households())));
            for (Skill skill : Skill.values()) {
                row.add(count(c.skill(skill), c.households()));
            }
            rows.add(row);
        }
        FiguresTable table = new FiguresTable(
                "trend-table",
                getTranslation("coverage.weeks.table"),
                getTranslation("coverage.weeks.table-caption", place.name()),
                headers,
                rows);
        Paragraph note = new Paragraph(getTranslation("coverage.weeks.note"));
        note.addClassName("kns-muted");
        Div part = new Div(chart);
        campaignLines.forEach(part::add);
        part.add(note, table);
        part.addClassName("kns-card");
        return part;
    }

    /** This week's share covered of each place below, highest first; a tap opens that place's weeks. */
    private Div compared(String placeName, List<Series> below) {
        List<Series> sorted = below.stream()
                .sorted(Comparator.comparing((Series s) -> -share(running(s))).thenComparing(Series::name))
                .toList();
        KnsChart chart = new KnsChart("compare-chart");
        chart.setWidthFull();
        chart.bars(
                getTranslation("coverage.compare.chart", placeName),
                sorted.stream().map(Series::name).toList(),
                new KnsChart.Series(
                        getTranslation("coverage.weeks.covered"),
                        sorted.stream().map(s -> (Double) share(running(s))).toList(),
                        COVERED_COLOR),
                target());
        chart.onBarClick(index -> {
            if (index >= 0 && index < sorted.size()) {
                getUI().ifPresent(ui ->
                        ui.navigate("coverage/" + sorted.get(index).placeId() + "/weeks"));
            }
        });
        FiguresTable table = new FiguresTable(
                "compare-table",
                getTranslation("coverage.weeks.table"),
                getTranslation("coverage.compare.chart", placeName),
                List.of(
                        getTranslation("coverage.compare.place"),
                        getTranslation("coverage.weeks.households"),
                        getTranslation("coverage.compare.percent")),
                sorted.stream()
                        .map(s -> List.of(
                                s.name(),
                                String.valueOf(running(s).households()),
                                count(running(s).covered(), running(s).households())))
                        .toList());
        Div part = new Div(new H2(getTranslation("coverage.compare.title")), chart, table);
        part.addClassName("kns-card");
        return part;
    }

    private KnsChart.Target target() {
        return new KnsChart.Target(targetPercent, getTranslation("coverage.weeks.target", targetPercent));
    }

    private String label(Week week) {
        return week.running() ? getTranslation("coverage.weeks.running") : DAY_MONTH.format(week.start());
    }

    private static Coverage running(Series series) {
        return series.weeks().getLast().figures();
    }

    /** The share in percent with one decimal; none for a week without households. */
    private static List<@Nullable Double> shares(List<Week> weeks, ToLongFunction<Coverage> count) {
        List<@Nullable Double> shares = new ArrayList<>();
        for (Week week : weeks) {
            Coverage c = week.figures();
            shares.add(c.households() == 0 ? null : Coverage.share(count.applyAsLong(c), c.households()));
        }
        return shares;
    }

    private static double share(Coverage c) {
        return Coverage.share(c.covered(), c.households());
    }

    /** "12 (40,0%)": the count and its share, as the table shows it. */
    private String count(long part, long whole) {
        return whole == 0
                ? String.valueOf(part)
                : getTranslation("coverage.weeks.count", part, Coverage.share(part, whole));
    }

    /** The first week shown that ends after {@code day}; -1 when none does. */
    private static int firstWeekEndingAfter(List<Week> weeks, LocalDate day) {
        for (int i = 0; i < weeks.size(); i++) {
            if (weeks.get(i).start().plusWeeks(1).isAfter(day)) {
                return i;
            }
        }
        return -1;
    }

    /** The last week shown that starts on or before {@code day}; -1 when none does. */
    private static int lastWeekStartingBy(List<Week> weeks, LocalDate day) {
        for (int i = weeks.size() - 1; i >= 0; i--) {
            if (!weeks.get(i).start().isAfter(day)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
