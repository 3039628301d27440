package vn.kynangso.reports;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.places.Place;
import vn.kynangso.reports.CoverageWeekStore.WeekRow;
import vn.kynangso.visits.Campaign;
import vn.kynangso.visits.VisitService;

/**
 * Coverage week by week: for a place in the signed-in person's area and each place one level down,
 * the figures at the end of every closed week (stored once, never changed: {@link
 * CoverageWeekCloser}) and the week running now, live; with the door-to-door campaigns that ran
 * there.
 */
@Service
public class CoverageTrends {

    /** One week of a place: its figures at the week's end, or so far for the week running now. */
    public record Week(LocalDate start, Coverage figures, boolean running) {}

    /** A place's weeks, oldest first. A week not closed yet (the closing has not run) is left out. */
    public record Series(long placeId, String name, List<Week> weeks) {

        public Series {
            weeks = List.copyOf(weeks);
        }
    }

    /** A campaign's days, as a period to mark on the weeks. */
    public record CampaignPeriod(String name, LocalDate startsOn, LocalDate endsOn) {}

    /** The place's weeks, the weeks of each place one level down, and the campaigns in the period. */
    public record Trend(Series place, List<Series> below, List<CampaignPeriod> campaigns) {

        public Trend {
            below = List.copyOf(below);
            campaigns = List.copyOf(campaigns);
        }
    }

    private final CoverageService coverage;
    private final CoverageWeekStore weeks;
    private final VisitService visits;
    private final Clock clock;

    CoverageTrends(CoverageService coverage, CoverageWeekStore weeks, VisitService visits, Clock clock) {
        this.coverage = coverage;
        this.weeks = weeks;
        this.visits = visits;
        this.clock = clock;
    }

    /** The last {@code count} weeks (the running one included) of a place in the signed-in person's area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Trend weekly(long placeId, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("weeks: " + count);
        }
        Place place = coverage.mine(placeId);
        LocalDate running = CoverageWeekCloser.weekOf(LocalDate.now(clock));
        LocalDate from = running.minusWeeks(count - 1L);
        Set<LocalDate> closed = weeks.closedSince(CoveragePeriod.WEEK, from);
        Coverage live = coverage.of(place);
        List<Coverage> liveBelow = coverage.breakdown(place);
        // closed weeks never change: read once, kept until a newer week closes (the key names the newest)
        String key = placeId + "/" + from + "/" + closed.size() + "/"
                + closed.stream()
                        .max(Comparator.naturalOrder())
                        .map(LocalDate::toString)
                        .orElse("-");
        ClosedWeeks past = closedWeeks.get(key, k -> readClosed(place, liveBelow, from, running, closed));
        Series own = new Series(placeId, place.getName(), withRunning(past.own(), running, live));
        List<Series> below = new ArrayList<>();
        for (Coverage child : liveBelow) {
            List<Week> childWeeks = past.below().get(child.placeId());
            if (childWeeks == null) { // a place added below since: no rows, nothing then
                childWeeks = closedWeeks(child.placeId(), child.name(), from, running, closed, Map.of());
            }
            below.add(new Series(child.placeId(), child.name(), withRunning(childWeeks, running, child)));
        }
        return new Trend(own, below, campaigns(place, from));
    }

    /**
     * A closed month's figures as they stood at its end ({@link CoverageWeekCloser#closeEndedMonths}),
     * of a place in the signed-in person's area and of each place one level down that had
     * households then, by place; empty when the month is not closed (not ended, or the closing has
     * not run yet).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<Map<Long, Coverage>> closedMonth(long placeId, YearMonth month) {
        coverage.mine(placeId);
        LocalDate start = month.atDay(1);
        if (!weeks.closedSince(CoveragePeriod.MONTH, start).contains(start)) {
            return Optional.empty();
        }
        Map<Long, Coverage> figures = new HashMap<>();
        weeks.placeAndBelow(CoveragePeriod.MONTH, placeId, start)
                .forEach(row -> figures.put(row.figures().placeId(), row.figures()));
        return Optional.of(figures);
    }

    /** A place's closed weeks and those of each place below, as stored. */
    private record ClosedWeeks(List<Week> own, Map<Long, List<Week>> below) {

        int weeks() {
            return own.size() + below.values().stream().mapToInt(List::size).sum();
        }
    }

    private final Cache<String, ClosedWeeks> closedWeeks = Caffeine.newBuilder()
            .maximumWeight(200_000) // weeks: a province's year is about 10,500
            .weigher((String key, ClosedWeeks value) -> value.weeks())
            .build();

    private ClosedWeeks readClosed(
            Place place, List<Coverage> liveBelow, LocalDate from, LocalDate running, Set<LocalDate> closed) {
        List<Week> own = closedWeeks(
                place.getId(),
                place.getName(),
                from,
                running,
                closed,
                byWeek(weeks.ofPlace(CoveragePeriod.WEEK, place.getId(), from)));
        Map<Long, Map<LocalDate, Coverage>> rows = new HashMap<>();
        for (WeekRow row : weeks.below(CoveragePeriod.WEEK, place.getId(), from)) {
            rows.computeIfAbsent(row.figures().placeId(), id -> new HashMap<>()).put(row.weekStart(), row.figures());
        }
        Map<Long, List<Week>> below = new HashMap<>();
        for (Coverage child : liveBelow) {
            below.put(
                    child.placeId(),
                    closedWeeks(
                            child.placeId(),
                            child.name(),
                            from,
                            running,
                            closed,
                            rows.getOrDefault(child.placeId(), Map.of())));
        }
        return new ClosedWeeks(List.copyOf(own), Map.copyOf(below));
    }

    private static Map<LocalDate, Coverage> byWeek(List<WeekRow> rows) {
        Map<LocalDate, Coverage> found = new HashMap<>();
        rows.forEach(row -> found.put(row.weekStart(), row.figures()));
        return found;
    }

    /** The closed weeks from the rows (none for a week: the place had no households yet). */
    private static List<Week> closedWeeks(
            long placeId,
            String name,
            LocalDate from,
            LocalDate running,
            Set<LocalDate> closed,
            Map<LocalDate, Coverage> rows) {
        List<Week> list = new ArrayList<>();
        for (LocalDate week = from; week.isBefore(running); week = week.plusWeeks(1)) {
            if (closed.contains(week)) {
                Coverage figures = rows.get(week);
                list.add(new Week(
                        week, figures == null ? Coverage.empty(placeId, name) : named(figures, placeId, name), false));
            }
        }
        return list;
    }

    /** The closed weeks, then the running week, live. */
    private static List<Week> withRunning(List<Week> closed, LocalDate running, Coverage live) {
        List<Week> all = new ArrayList<>(closed.size() + 1);
        all.addAll(closed);
        all.add(new Week(running, live, true));
        return all;
    }

    private static Coverage named(Coverage figures, long placeId, String name) {
        return new Coverage(placeId, name, figures.households(), figures.covered(), figures.perSkill());
    }

    /** Campaigns in the place with days from {@code from} on, oldest first. */
    private List<CampaignPeriod> campaigns(Place place, LocalDate from) {
        return visits.campaignsIn(place.getId()).stream()
                .filter(c -> !c.endsOn().isBefore(from))
                .sorted(Comparator.comparing(Campaign::startsOn))
                .map(c -> new CampaignPeriod(c.name(), c.startsOn(), c.endsOn()))
                .toList();
    }
}
