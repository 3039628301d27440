package vn.kynangso.officials;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A commune's officials' year month by month: at the end of each month, how many of them had
 * completed every course required of them that year, per unit and for the commune as a whole,
 * with the year's deadlines. Counted from the days the courses were completed, as the evaluation
 * judges them ({@link TrainingStanding#compliance}), never from today's status alone: a later
 * completion never changes a month already past, and a late one counts from its own month.
 *
 * <p>The officials and the year's courses are those of the evaluation: the commune's officials and
 * their units as they are now while the year runs, as closed once it has ended.
 */
@Service
public class TrainingProgress {

    /** At the end of a month (so far, for the running one): officials counted and those who had completed all. */
    public record Month(YearMonth month, int completed, int counted) {

        /** The share completed in percent, or null when nobody is counted. */
        public @Nullable Double percent() {
            return counted == 0 ? null : completed * 100.0 / counted;
        }
    }

    /** A unit's months; {@code unit} is null for the officials in no unit. */
    public record UnitMonths(@Nullable String unit, List<Month> months) {}

    /**
     * The year's months from January to the running one (all twelve once the year has ended, none
     * before it starts), for the commune and each unit with an official counted (in the evaluation's
     * order, no unit last), and the year's mandatory courses with their deadlines. {@code notCounted}
     * officials had nothing required of them that year: they are in no figure, neither completed
     * nor not.
     */
    public record YearProgress(
            int year,
            List<YearMonth> months,
            List<Month> commune,
            List<UnitMonths> units,
            List<Assignment> deadlines,
            int notCounted) {}

    private final TrainingStanding standing;
    private final MandatoryCourses courses;
    private final OfficialsArea area;
    private final Clock clock;

    TrainingProgress(TrainingStanding standing, MandatoryCourses courses, OfficialsArea area, Clock clock) {
        this.standing = standing;
        this.courses = courses;
        this.area = area;
        this.clock = clock;
    }

    /**
     * A commune's year month by month (see {@link YearProgress}). An official counts as completed at
     * the end of a month when every course required of them that year had been completed by then
     * (on time or late, in that year or before); one with nothing required is left out.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public YearProgress monthly(int year, long communeId) {
        area.check(communeId);
        List<OfficialYear> officials = standing.compliance(year, communeId);
        List<YearMonth> months = months(year, YearMonth.now(clock));
        List<OfficialYear> counted =
                officials.stream().filter(o -> !o.requirements().isEmpty()).toList();
        Map<@Nullable String, List<OfficialYear>> byUnit = new LinkedHashMap<>();
        // the evaluation's order (by unit, no unit last) gives the units' order
        counted.forEach(
                o -> byUnit.computeIfAbsent(o.unit(), k -> new ArrayList<>()).add(o));
        List<UnitMonths> units = new ArrayList<>();
        byUnit.forEach((unit, members) -> {
            if (unit != null) {
                units.add(new UnitMonths(unit, figures(members, months)));
            }
        });
        if (byUnit.containsKey(null)) {
            units.add(new UnitMonths(null, figures(Objects.requireNonNull(byUnit.get(null)), months)));
        }
        return new YearProgress(
                year,
                months,
                figures(counted, months),
                units,
                deadlines(year, communeId, counted),
                officials.size() - counted.size());
    }

    /** January to the running month; the whole year once it has ended; none for a year to come. */
    static List<YearMonth> months(int year, YearMonth now) {
        int last = year < now.getYear() ? 12 : year == now.getYear() ? now.getMonthValue() : 0;
        List<YearMonth> months = new ArrayList<>();
        for (int m = 1; m <= last; m++) {
            months.add(YearMonth.of(year, m));
        }
        return months;
    }

    private static List<Month> figures(List<OfficialYear> officials, List<YearMonth> months) {
        return months.stream()
                .map(month -> new Month(
                        month,
                        (int) officials.stream()
                                .filter(o -> o.completedBy(month.atEndOfMonth()))
                                .count(),
                        officials.size()))
                .toList();
    }

    /** The courses the officials were judged on (as closed, for an ended year), else the commune's list. */
    private List<Assignment> deadlines(int year, long communeId, List<OfficialYear> counted) {
        Map<String, Assignment> judged = new LinkedHashMap<>();
        counted.forEach(
                o -> o.requirements().forEach(r -> judged.putIfAbsent(r.course().courseCode(), r.course())));
        List<Assignment> deadlines = judged.isEmpty() ? courses.of(year, communeId) : List.copyOf(judged.values());
        return deadlines.stream()
                .sorted((a, b) -> a.deadline().compareTo(b.deadline()))
                .toList();
    }
}
