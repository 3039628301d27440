package vn.kynangso.officials;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.certificates.CourseCertificateCodes;
import vn.kynangso.learning.CourseDates;
import vn.kynangso.learning.CourseStatus;
import vn.kynangso.officials.OfficialRoster.Official;
import vn.kynangso.places.Place;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SystemRunner;

/**
 * Where each official stands on the year's mandatory courses, counted from completions and
 * certificates as they happen, so nobody reports anything by hand: the evaluation of a commune,
 * an official's own year, and the closed years.
 *
 * <p>A year is judged on its own days ({@link CourseStatus#forYear}): a course completed after its
 * deadline is <em>completed late</em>, and what happens after 31 December does not count for that
 * year. Once a year has ended its figures are closed ({@link YearEndClosing}) and never change again.
 * A completion from an earlier year still counts for a later year that requires the same course: a
 * learner has one enrolment per course (DD004).
 */
@Service
public class TrainingStanding {

    private final CourseDates dates;
    private final CourseCertificateCodes certificates;
    private final CurrentUser currentUser;
    private final OfficialsArea area;
    private final OfficialRoster roster;
    private final MandatoryCourses courses;
    private final TrainingYears years;
    private final YearEndClosing closing;
    private final Clock clock;

    TrainingStanding(
            CourseDates dates,
            CourseCertificateCodes certificates,
            CurrentUser currentUser,
            OfficialsArea area,
            OfficialRoster roster,
            MandatoryCourses courses,
            TrainingYears years,
            YearEndClosing closing,
            Clock clock) {
        this.dates = dates;
        this.certificates = certificates;
        this.currentUser = currentUser;
        this.area = area;
        this.roster = roster;
        this.courses = courses;
        this.years = years;
        this.closing = closing;
        this.clock = clock;
    }

    /** Communes in the signed-in admin's area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Place> myCommunes() {
        return area.myCommunes();
    }

    /** Every official of a commune with where they stand on the year's mandatory courses. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<OfficialYear> compliance(int year, long communeId) {
        area.check(communeId);
        return standing(year, communeId);
    }

    /** When a commune's year was closed, if it has been. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<Instant> closedAt(int year, long communeId) {
        area.check(communeId);
        return closing.closedAt(year, communeId);
    }

    /** The signed-in official's year: the courses required of them, each with its deadline and status. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICIAL')")
    public Optional<OfficialYear> myYear(int year) {
        long person = currentUser.require().getPersonId().orElseThrow(() -> new AccessDeniedException("not a learner"));
        return yearOf(person, year);
    }

    /**
     * What is required of an official in a year, and where they stand on it: the one answer the
     * official's home card, their course list, their training screen and their commune's
     * evaluation give (DD011). Empty when the person is not an official of a commune. Callers check
     * who may read it.
     */
    Optional<OfficialYear> yearOf(long person, int year) {
        Optional<Long> commune = area.communeOf(person);
        if (commune.isEmpty()) {
            return Optional.empty();
        }
        if (years.hasEnded(year)) {
            // As closed; before anyone has closed it, the official's own row, counted the way closing will.
            Optional<List<OfficialYear>> closed = closing.read(year, commune.get());
            if (closed.isPresent()) {
                return closed.get().stream().filter(o -> o.personId() == person).findFirst();
            }
        }
        List<Official> me = roster.only(person, commune.get());
        return of(me, courses.of(year, commune.get()), year).stream().findFirst();
    }

    /** The commune (name) of the signed-in official, for the transcript. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICIAL')")
    public String myCommuneName() {
        return area.myCommune().map(area::name).orElse("");
    }

    /**
     * Every closed year that keeps a row about the signed-in person (their name, unit and results as
     * they stood on 31 December), by year: part of what is held about them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Integer, OfficialYear> myClosedYears() {
        Long person = currentUser.require().getPersonId().orElse(null);
        Map<Integer, OfficialYear> closedYears = new TreeMap<>();
        if (person == null) {
            return closedYears;
        }
        for (Map.Entry<Integer, Long> closed : closing.yearsOf(person)) {
            closing.read(closed.getKey(), closed.getValue())
                    .flatMap(all ->
                            all.stream().filter(o -> o.personId() == person).findFirst())
                    .ifPresent(year -> closedYears.put(closed.getKey(), year));
        }
        return closedYears;
    }

    /**
     * Closes every commune's ended years that are not closed yet: run a few minutes into each day
     * (on 1 January it closes the year just ended), and harmless when there is nothing to close.
     */
    @Scheduled(cron = "${kns.evaluation.closing-cron:0 5 0 * * *}", zone = "${kns.time-zone:Asia/Ho_Chi_Minh}")
    void closeEndedYears() {
        SystemRunner.runAsSystem(() -> courses.endedAndOpen().forEach(e -> standing(e.getKey(), e.getValue())));
    }

    /**
     * A commune's officials and where they stand in a year: live while the year runs; once it has
     * ended, as closed (closing it now, from its own days, when nobody has yet).
     */
    private List<OfficialYear> standing(int year, long communeId) {
        if (!years.hasEnded(year)) {
            return of(roster.of(communeId), courses.of(year, communeId), year);
        }
        Optional<List<OfficialYear>> closed = closing.read(year, communeId);
        if (closed.isPresent()) {
            return closed.get();
        }
        List<Assignment> required = courses.of(year, communeId);
        List<OfficialYear> figures = of(roster.of(communeId), required, year);
        if (!required.isEmpty()) {
            closing.close(year, communeId, figures);
        }
        return figures;
    }

    /** Each official's standing on the required courses: progress and certificates read for all of them at once. */
    private List<OfficialYear> of(List<Official> officials, List<Assignment> required, int year) {
        if (officials.isEmpty()) {
            return List.of();
        }
        LocalDate today = years.today();
        List<Long> persons = officials.stream().map(Official::personId).toList();
        Map<Long, Map<String, Started>> progress = new HashMap<>();
        for (CourseDates.Dates d : dates.of(persons)) {
            progress.computeIfAbsent(d.personId(), k -> new HashMap<>())
                    .put(d.courseCode(), new Started(day(d.startedAt()), day(d.completedAt())));
        }
        Map<Long, Map<String, String>> codes = certificates.of(persons);
        return officials.stream()
                .map(o -> new OfficialYear(
                        o.personId(),
                        o.name(),
                        o.birthYear(),
                        o.unit(),
                        required.stream()
                                .map(course -> requirement(
                                        course,
                                        progress.getOrDefault(o.personId(), Map.of())
                                                .get(course.courseCode()),
                                        codes.getOrDefault(o.personId(), Map.of())
                                                .get(course.courseCode()),
                                        year,
                                        today))
                                .toList()))
                .toList();
    }

    /** A course an official has started, and when they completed it, if they have. */
    private record Started(
            @Nullable LocalDate startedOn, @Nullable LocalDate completedOn) {}

    private @Nullable LocalDate day(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toLocalDate();
    }

    private static Requirement requirement(
            Assignment course, @Nullable Started progress, @Nullable String code, int year, LocalDate today) {
        CourseStatus status = progress == null
                ? CourseStatus.forYear(null, null, course.deadline(), year, today)
                : CourseStatus.forYear(progress.startedOn(), progress.completedOn(), course.deadline(), year, today);
        return status.isCompleted()
                ? new Requirement(course, status, progress == null ? null : progress.completedOn(), code)
                : new Requirement(course, status, null, null);
    }
}
