package vn.kynangso.monthly;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.Skill;
import vn.kynangso.officials.OfficialYear;
import vn.kynangso.officials.TrainingStanding;
import vn.kynangso.people.HouseholdSkillService;
import vn.kynangso.people.HouseholdSkillService.HamletTally;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.reports.CampaignEffects;
import vn.kynangso.reports.CampaignEffects.Effect;
import vn.kynangso.reports.Coverage;
import vn.kynangso.reports.CoverageService;
import vn.kynangso.reports.CoverageTrends;
import vn.kynangso.security.CurrentUser;

/**
 * A commune's or province's report for one month, to send up the chain: for each place one level
 * down and in all, the households and how many were covered and proficient in each skill at the
 * month's start and at its end (the closed months, DD015, or the dated facts they are made from,
 * so a past month's figures never change); the
 * campaigns with days in the month and what they did ({@link CampaignEffects}); and where the
 * officials stood on the year's mandatory courses at the month's end. The month running now is
 * reported up to today.
 */
@Service
public class MonthlyReports {

    /** Campaigns a report lists at most (a province's month rarely has more than one per commune). */
    static final int MAX_CAMPAIGNS = 500;

    /** A place's figures at the month's start and at its end (or now, for the month running). */
    public record PlaceMonth(long placeId, String name, Coverage start, Coverage end) {}

    /**
     * Officials of a unit (in a commune's report) or a commune (in a province's) on the year's
     * mandatory courses at the month's end. Officials with nothing required are not counted.
     *
     * @param onTime every required course completed, each by its deadline
     * @param late every required course completed, one after its deadline
     * @param overdue a deadline passed without the course completed
     * @param notYet a course still to do, no deadline passed
     */
    public record OfficialsMonth(String name, int officials, int onTime, int late, int overdue, int notYet) {}

    /**
     * The whole report: the month's days, who made it and when, and its three tables.
     *
     * @param officialsByUnit a commune's officials are counted by unit, a province's by commune
     */
    public record Report(
            long placeId,
            String placeName,
            YearMonth month,
            LocalDate from,
            LocalDate to,
            boolean running,
            String generatedBy,
            Instant generatedAt,
            List<PlaceMonth> places,
            PlaceMonth total,
            List<Effect> campaigns,
            boolean officialsByUnit,
            List<OfficialsMonth> officials) {}

    private final CoverageService coverage;
    private final HouseholdSkillService householdSkills;
    private final PlaceService places;
    private final CampaignEffects effects;
    private final CoverageTrends trends;
    private final TrainingStanding training;
    private final CurrentUser currentUser;
    private final Clock clock;

    MonthlyReports(
            CoverageService coverage,
            HouseholdSkillService householdSkills,
            PlaceService places,
            CampaignEffects effects,
            CoverageTrends trends,
            TrainingStanding training,
            CurrentUser currentUser,
            Clock clock) {
        this.coverage = coverage;
        this.householdSkills = householdSkills;
        this.places = places;
        this.effects = effects;
        this.trends = trends;
        this.training = training;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The report of a commune or province (or a district of old data) in the signed-in admin's area
     * for a month that has begun.
     *
     * @throws IllegalArgumentException for a hamlet, or a month not begun yet
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Report of(long placeId, YearMonth month) {
        List<Coverage> below = coverage.breakdown(placeId); // checks the area
        Place place = places.find(placeId).orElseThrow();
        if (place.getLevel() == PlaceLevel.HAMLET) {
            throw new IllegalArgumentException("a hamlet has no monthly report");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (month.atDay(1).isAfter(today)) {
            throw new IllegalArgumentException("month not begun: " + month);
        }
        boolean running = !month.atEndOfMonth().isBefore(today);
        LocalDate to = running ? today : month.atEndOfMonth();
        Instant startAt = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant endAt = running
                ? now
                : month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        // the start: the month before as closed (DD015), or from the dated facts when it is not
        Map<Long, Coverage> atStart =
                trends.closedMonth(placeId, month.minusMonths(1)).orElseGet(() -> fromFacts(place, below, startAt));
        // the end: the month as closed; the month running: the live figures the screens show
        Map<Long, Coverage> atEnd;
        if (running) {
            atEnd = new HashMap<>();
            for (Coverage child : below) {
                atEnd.put(child.placeId(), child);
            }
            atEnd.put(placeId, coverage.place(placeId));
        } else {
            atEnd = trends.closedMonth(placeId, month).orElseGet(() -> fromFacts(place, below, endAt));
        }
        List<PlaceMonth> rows = new ArrayList<>();
        for (Coverage child : below) {
            rows.add(new PlaceMonth(
                    child.placeId(),
                    child.name(),
                    named(atStart.get(child.placeId()), child),
                    named(atEnd.get(child.placeId()), child)));
        }
        Coverage self = Coverage.empty(placeId, place.getName());
        PlaceMonth total = new PlaceMonth(
                placeId, place.getName(), named(atStart.get(placeId), self), named(atEnd.get(placeId), self));
        List<Effect> campaigns = effects.in(placeId, month.atDay(1), to, MAX_CAMPAIGNS);
        return new Report(
                placeId,
                place.getName(),
                month,
                month.atDay(1),
                to,
                running,
                currentUser.require().getDisplayName(),
                now,
                rows,
                total,
                campaigns,
                place.getLevel() == PlaceLevel.COMMUNE,
                officials(place, month.getYear(), to));
    }

    /** Figures of the place and each place below as they stood just before {@code at}, from the dated facts. */
    private Map<Long, Coverage> fromFacts(Place place, List<Coverage> below, Instant at) {
        Map<Long, HamletTally> tallies = householdSkills.talliesWithin(place.getId(), at);
        Map<Long, Coverage> figures = new HashMap<>();
        for (Coverage child : below) {
            List<Long> hamlets = places.idsWithin(List.of(child.placeId()), PlaceLevel.HAMLET);
            figures.put(child.placeId(), sum(child.placeId(), child.name(), hamlets, tallies));
        }
        figures.put(place.getId(), sum(place.getId(), place.getName(), tallies.keySet(), tallies));
        return figures;
    }

    /** The figures under the place's name; none (no households then): zeros. */
    private static Coverage named(@Nullable Coverage figures, Coverage place) {
        return figures == null
                ? Coverage.empty(place.placeId(), place.name())
                : new Coverage(
                        place.placeId(), place.name(), figures.households(), figures.covered(), figures.perSkill());
    }

    private static Coverage sum(long placeId, String name, Iterable<Long> hamlets, Map<Long, HamletTally> tallies) {
        long households = 0;
        long covered = 0;
        Map<Skill, Long> perSkill = new EnumMap<>(Skill.class);
        for (long hamlet : hamlets) {
            HamletTally tally = tallies.get(hamlet);
            if (tally != null) {
                households += tally.households();
                covered += tally.covered();
                tally.perSkill().forEach((skill, n) -> perSkill.merge(skill, n, Long::sum));
            }
        }
        return new Coverage(placeId, name, households, covered, perSkill);
    }

    /** A commune's officials by unit; a province's (or district's) by commune. */
    private List<OfficialsMonth> officials(Place place, int year, LocalDate day) {
        List<OfficialsMonth> rows = new ArrayList<>();
        if (place.getLevel() == PlaceLevel.COMMUNE) {
            Map<String, List<OfficialYear>> byUnit = new java.util.TreeMap<>();
            for (OfficialYear official : training.compliance(year, place.getId())) {
                byUnit.computeIfAbsent(official.unit() == null ? "" : official.unit(), u -> new ArrayList<>())
                        .add(official);
            }
            byUnit.forEach((unit, officials) -> rows.add(count(unit, officials, day)));
        } else {
            Set<Long> within = Set.copyOf(places.idsWithin(List.of(place.getId()), PlaceLevel.COMMUNE));
            for (Place commune : training.myCommunes()) {
                if (within.contains(commune.getId())) {
                    rows.add(count(commune.getName(), training.compliance(year, commune.getId()), day));
                }
            }
        }
        return rows;
    }

    /** Where a group of officials stood at the end of {@code day}. */
    private static OfficialsMonth count(String name, List<OfficialYear> officials, LocalDate day) {
        int counted = 0;
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int notYet = 0;
        for (OfficialYear official : officials) {
            if (official.requirements().isEmpty()) {
                continue;
            }
            counted++;
            if (official.completedBy(day)) {
                if (official.anyLate()) {
                    late++;
                } else {
                    onTime++;
                }
            } else if (official.overdueOn(day)) {
                overdue++;
            } else {
                notYet++;
            }
        }
        return new OfficialsMonth(name, counted, onTime, late, overdue, notYet);
    }
}
