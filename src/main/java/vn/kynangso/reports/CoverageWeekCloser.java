package vn.kynangso.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.catalog.Skill;
import vn.kynangso.people.HouseholdSkillService;
import vn.kynangso.people.HouseholdSkillService.HamletTally;
import vn.kynangso.places.PlaceService;
import vn.kynangso.places.PlaceService.CommuneAndProvince;
import vn.kynangso.reports.CoverageWeekStore.WeekRow;
import vn.kynangso.security.SystemRunner;

/**
 * Closes the weeks (and months) that have ended: for each week not yet closed, every hamlet's, commune's and
 * province's figures as they stood at its end (Monday 00:00 in the app's time zone), computed from
 * the dated facts and written once (DD014). Keeping them costs a completion nothing: the figures
 * are not touched while a week runs. Runs a few minutes into each day, and once in the background
 * after start (a first start on months of history fills them all in without holding the start up).
 */
@Component
public class CoverageWeekCloser {

    private static final Logger log = LoggerFactory.getLogger(CoverageWeekCloser.class);

    /** Up to this many weeks to close are each read as of their end; more in one pass. */
    static final int FEW_WEEKS = 3;

    private final CoverageWeekStore store;
    private final HouseholdSkillService householdSkills;
    private final PlaceService places;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean onStart;

    CoverageWeekCloser(
            CoverageWeekStore store,
            HouseholdSkillService householdSkills,
            PlaceService places,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${kns.coverage.close-weeks-on-start:true}") boolean onStart) {
        this.store = store;
        this.householdSkills = householdSkills;
        this.places = places;
        this.transactions = transactions;
        this.clock = clock;
        this.onStart = onStart;
    }

    /** The Monday that starts the week {@code day} is in. */
    static LocalDate weekOf(LocalDate day) {
        return CoveragePeriod.WEEK.startOf(day);
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        if (onStart) {
            Thread.ofVirtual().name("coverage-weeks").start(this::closeLogged);
        }
    }

    @Scheduled(cron = "${kns.coverage.week-closing-cron:0 15 0 * * *}", zone = "${kns.time-zone:Asia/Ho_Chi_Minh}")
    void daily() {
        closeLogged();
    }

    private void closeLogged() {
        try {
            int closed = closeEndedWeeks();
            if (closed > 0) {
                log.info("Coverage: {} ended week(s) closed", closed);
            }
            int months = closeEndedMonths();
            if (months > 0) {
                log.info("Coverage: {} ended month(s) closed", months);
            }
        } catch (RuntimeException e) {
            // the database away at start or at night: the next run closes what is left
            log.warn("Coverage: closing ended weeks failed, left for the next run: {}", e.toString());
        }
    }

    /** Closes every ended week not closed yet, oldest first, each in its own transaction; returns how many. */
    @PreAuthorize("hasRole('SYSTEM')")
    public int closeEndedWeeks() {
        return closeEnded(CoveragePeriod.WEEK);
    }

    /**
     * Closes every ended month not closed yet, as {@link #closeEndedWeeks} does weeks: the monthly
     * report reads a closed month's start and end from them (DD015).
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public int closeEndedMonths() {
        return closeEnded(CoveragePeriod.MONTH);
    }

    private int closeEnded(CoveragePeriod period) {
        return SystemRunner.runAsSystem(() -> {
            Optional<Instant> first = householdSkills.firstRegistered();
            if (first.isEmpty()) {
                return 0;
            }
            LocalDate firstPeriod = period.startOf(LocalDate.ofInstant(first.get(), clock.getZone()));
            LocalDate current = period.startOf(LocalDate.now(clock));
            Set<LocalDate> closed = store.closedSince(period, firstPeriod);
            List<LocalDate> missing = new ArrayList<>();
            for (LocalDate start = firstPeriod; start.isBefore(current); start = period.next(start)) {
                if (!closed.contains(start)) {
                    missing.add(start);
                }
            }
            if (missing.isEmpty()) {
                return 0;
            }
            // a few periods (the daily run): each as of its end; many (a first start on months of
            // history): all of them in one pass over the facts
            List<Map<Long, HamletTally>> tallies = missing.size() <= FEW_WEEKS
                    ? missing.stream()
                            .map(start -> householdSkills.talliesAsOf(end(period, start)))
                            .toList()
                    : householdSkills.talliesAt(
                            missing.stream().map(start -> end(period, start)).toList());
            int count = 0;
            for (int i = 0; i < missing.size(); i++) {
                LocalDate start = missing.get(i);
                Map<Long, HamletTally> tally = tallies.get(i);
                if (Boolean.TRUE.equals(transactions.execute(s -> close(period, start, tally)))) {
                    count++;
                }
            }
            return count;
        });
    }

    /** When the period ends: the next one's first day at 00:00 in the app's time zone. */
    private Instant end(CoveragePeriod period, LocalDate start) {
        return period.next(start).atStartOfDay(clock.getZone()).toInstant();
    }

    /** Writes the period's rows from its hamlets' tallies; false when another run closed it first. */
    private boolean close(CoveragePeriod period, LocalDate week, Map<Long, HamletTally> tallies) {
        if (!store.claim(period, week, clock.instant())) {
            return false;
        }
        Map<Long, CommuneAndProvince> areas = places.communeAndProvinceOf(tallies.keySet());
        List<WeekRow> rows = new ArrayList<>();
        Map<Long, Sum> communes = new HashMap<>();
        Map<Long, Sum> provinces = new HashMap<>();
        tallies.forEach((hamlet, tally) -> {
            CommuneAndProvince where = areas.getOrDefault(hamlet, new CommuneAndProvince(null, null));
            rows.add(new WeekRow(
                    week,
                    where.communeId(),
                    new Coverage(hamlet, "", tally.households(), tally.covered(), tally.perSkill())));
            if (where.communeId() != null) {
                communes.computeIfAbsent(where.communeId(), id -> new Sum(where.provinceId()))
                        .add(tally);
            }
            if (where.provinceId() != null) {
                provinces
                        .computeIfAbsent(where.provinceId(), id -> new Sum(null))
                        .add(tally);
            }
        });
        communes.forEach((id, sum) -> rows.add(sum.row(id, week)));
        provinces.forEach((id, sum) -> rows.add(sum.row(id, week)));
        store.insert(period, week, rows);
        return true;
    }

    /** Figures added up over the hamlets of one commune or province. */
    private static final class Sum {
        private final @Nullable Long parentId;
        private long households;
        private long covered;
        private final Map<Skill, Long> perSkill = new EnumMap<>(Skill.class);

        Sum(@Nullable Long parentId) {
            this.parentId = parentId;
        }

        void add(HamletTally tally) {
            households += tally.households();
            covered += tally.covered();
            tally.perSkill().forEach((skill, n) -> perSkill.merge(skill, n, Long::sum));
        }

        WeekRow row(long placeId, LocalDate week) {
            return new WeekRow(week, parentId, new Coverage(placeId, "", households, covered, perSkill));
        }
    }
}
