package vn.kynangso.officials;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.learning.CourseStatus;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SignedInUser;

/**
 * Officials' mandatory training per year: admins assign a commune's courses (deadline from the
 * content unless given), group officials into units, and follow who has completed what; each
 * official sees their own requirements. Everything is counted from completions and certificates as
 * they happen, so nobody reports anything by hand.
 *
 * <p>A year is judged on its own days: a course completed after its deadline is <em>completed
 * late</em>, and what happens after 31 December does not count for that year. Once a year has
 * ended its figures are closed ({@link YearEndClosing}) and never change again; its courses can no
 * longer be assigned or removed. A completion from an earlier year still counts for a later year
 * that requires the same course: a learner has one enrolment per course (see DD004).
 */
@Service
public class OfficialsService {

    private final JdbcClient jdbc;
    private final CatalogService catalog;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final YearEndClosing closing;
    private final Clock clock;

    OfficialsService(
            JdbcClient jdbc,
            CatalogService catalog,
            PlaceService places,
            CurrentUser currentUser,
            YearEndClosing closing,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.places = places;
        this.currentUser = currentUser;
        this.closing = closing;
        this.clock = clock;
    }

    public record Unit(long id, String name) {}

    public record Assignment(String courseCode, String titleVi, String titleEn, int creditHours, LocalDate deadline) {
        public String title(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
        }
    }

    /** One required course for one official: where they stand ({@link CourseStatus#of}, the one rule). */
    public record Requirement(
            Assignment course,
            CourseStatus status,
            @Nullable LocalDate completedOn,
            @Nullable String certificateCode) {}

    /** One official's year: required courses, hours done, overall status. */
    public record OfficialYear(
            long personId,
            String name,
            @Nullable Integer birthYear,
            @Nullable String unit,
            List<Requirement> requirements) {

        /** Required courses completed, on time or late. */
        public long completed() {
            return requirements.stream().filter(r -> r.status().isCompleted()).count();
        }

        /** Credit hours of the courses completed, on time or late. */
        public int hours() {
            return requirements.stream()
                    .filter(r -> r.status().isCompleted())
                    .mapToInt(r -> r.course().creditHours())
                    .sum();
        }

        /**
         * The year's result: completed when every required course is (completed late when one of
         * them was late); overdue when one is past its deadline and not completed; else in progress
         * or not started. None when nothing was required of them.
         */
        /** The translation key of {@link #status()}, or of "nothing required" when there is none. */
        public String statusKey() {
            CourseStatus status = status();
            return status == null ? "evaluation.status.none" : status.key();
        }

        public @Nullable CourseStatus status() {
            if (requirements.isEmpty()) {
                return null;
            }
            if (requirements.stream().allMatch(r -> r.status().isCompleted())) {
                return requirements.stream().anyMatch(r -> r.status() == CourseStatus.COMPLETED_LATE)
                        ? CourseStatus.COMPLETED_LATE
                        : CourseStatus.COMPLETED;
            }
            if (requirements.stream().anyMatch(r -> r.status() == CourseStatus.OVERDUE)) {
                return CourseStatus.OVERDUE;
            }
            return requirements.stream().anyMatch(r -> r.status() != CourseStatus.NOT_STARTED)
                    ? CourseStatus.IN_PROGRESS
                    : CourseStatus.NOT_STARTED;
        }
    }

    /** The current year in the app's time zone (Vietnam's): on 1 January at 00:00 the new year begins. */
    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** Whether a year has ended: its figures are closed and its courses can no longer change. */
    public boolean hasEnded(int year) {
        return year < currentYear();
    }

    /** When a commune's year was closed, if it has been. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<Instant> closedAt(int year, long communeId) {
        checkArea(communeId);
        return closing.closedAt(year, communeId);
    }

    /** Officials' courses that can be made mandatory. */
    @Transactional(readOnly = true)
    public List<PublishedCourse> officialCourses() {
        return catalog.currentCourses().stream()
                .filter(c -> c.content().category() == CourseCategory.OFFICIAL)
                .toList();
    }

    /** Communes in the signed-in admin's area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Place> myCommunes() {
        return places.inMyArea(PlaceLevel.COMMUNE);
    }

    /**
     * Makes a course mandatory for a commune's officials in a year that has not ended; the deadline
     * (a day of that year) defaults to the content's.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void assign(int year, long communeId, String courseCode, @Nullable LocalDate deadline) {
        checkArea(communeId);
        checkOpen(year);
        if (deadline != null && deadline.getYear() != year) {
            throw new IllegalArgumentException("deadline " + deadline + " is not in " + year);
        }
        PublishedCourse course = officialCourses().stream()
                .filter(c -> c.code().equals(courseCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an officials' course: " + courseCode));
        LocalDate contentDeadline = course.content().deadlineIn(year);
        LocalDate due =
                deadline != null ? deadline : contentDeadline != null ? contentDeadline : LocalDate.of(year, 12, 31);
        jdbc.sql("INSERT INTO course_assignment (year, commune_id, course_code, deadline, assigned_by, assigned_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE deadline = VALUES(deadline)")
                .params(
                        year,
                        communeId,
                        courseCode,
                        Date.valueOf(due),
                        // 0: the application itself (the demo data)
                        currentUser.get().map(SignedInUser::getAccountId).orElse(0L),
                        Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void unassign(int year, long communeId, String courseCode) {
        checkArea(communeId);
        checkOpen(year);
        jdbc.sql("DELETE FROM course_assignment WHERE year = ? AND commune_id = ? AND course_code = ?")
                .params(year, communeId, courseCode)
                .update();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN','OFFICIAL')")
    public List<Assignment> assignments(int year, long communeId) {
        if (!currentUser.require().hasRole("OFFICIAL")
                || !Long.valueOf(communeId).equals(myCommune())) {
            checkArea(communeId);
        }
        return assignmentsOf(year, communeId);
    }

    private List<Assignment> assignmentsOf(int year, long communeId) {
        return jdbc
                .sql("SELECT course_code, deadline FROM course_assignment WHERE year = ? AND commune_id = ?"
                        + " ORDER BY deadline, course_code")
                .params(year, communeId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getDate(2).toLocalDate()))
                .list()
                .stream()
                .flatMap(e -> catalog.current(e.getKey()).stream()
                        .map(c -> new Assignment(
                                c.code(),
                                c.content().title().vi(),
                                c.content().title().en(),
                                c.content().creditHours() == null
                                        ? 0
                                        : c.content().creditHours(),
                                e.getValue())))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Unit> units(long communeId) {
        checkArea(communeId);
        return jdbc.sql("SELECT id, name FROM official_unit WHERE commune_id = ? ORDER BY name")
                .param(communeId)
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2)))
                .list();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Unit createUnit(long communeId, String name) {
        checkArea(communeId);
        if (name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("unit name");
        }
        jdbc.sql("INSERT IGNORE INTO official_unit (commune_id, name) VALUES (?, ?)")
                .params(communeId, name.strip())
                .update();
        return jdbc.sql("SELECT id, name FROM official_unit WHERE commune_id = ? AND name = ?")
                .params(communeId, name.strip())
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2)))
                .single();
    }

    /** Puts an official of the admin's area into a unit of their commune. */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void setUnit(long personId, long unitId) {
        long commune = jdbc.sql("SELECT commune_id FROM official_unit WHERE id = ?")
                .param(unitId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new AccessDeniedException("unit"));
        checkArea(commune);
        if (officials(commune).stream().noneMatch(o -> o.personId() == personId)) {
            throw new AccessDeniedException("not an official of this commune");
        }
        jdbc.sql("INSERT INTO official_membership (person_id, unit_id) VALUES (?, ?)"
                        + " ON DUPLICATE KEY UPDATE unit_id = VALUES(unit_id)")
                .params(personId, unitId)
                .update();
    }

    /** Every official of a commune with where they stand on the year's mandatory courses. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<OfficialYear> compliance(int year, long communeId) {
        checkArea(communeId);
        return standing(year, communeId);
    }

    /** The signed-in official's year. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICIAL')")
    public Optional<OfficialYear> myYear(int year) {
        SignedInUser user = currentUser.require();
        Long commune = myCommune();
        long person = user.getPersonId().orElseThrow(() -> new AccessDeniedException("not a learner"));
        if (commune == null) {
            return Optional.empty();
        }
        if (hasEnded(year)) {
            return standing(year, commune).stream()
                    .filter(o -> o.personId() == person)
                    .findFirst();
        }
        List<Official> me =
                officials(commune).stream().filter(o -> o.personId() == person).toList();
        return years(me, assignmentsOf(year, commune), year).stream().findFirst();
    }

    /**
     * Closes every commune's ended years that are not closed yet: run a few minutes into each day
     * (on 1 January it closes the year just ended), and harmless when there is nothing to close.
     */
    @Scheduled(cron = "${kns.evaluation.closing-cron:0 5 0 * * *}", zone = "${kns.time-zone:Asia/Ho_Chi_Minh}")
    void closeEndedYears() {
        List<Map.Entry<Integer, Long>> open = jdbc.sql("""
                        SELECT DISTINCT a.year, a.commune_id FROM course_assignment a
                        WHERE a.year < ? AND NOT EXISTS (SELECT 1 FROM evaluation_closing c
                                                         WHERE c.year = a.year AND c.commune_id = a.commune_id)
                        """)
                .param(currentYear())
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
                .list();
        open.forEach(e -> standing(e.getKey(), e.getValue()));
    }

    /**
     * A commune's officials and where they stand in a year: live while the year runs; once it has
     * ended, as closed (closing it now, from its own days, when nobody has yet).
     */
    private List<OfficialYear> standing(int year, long communeId) {
        if (!hasEnded(year)) {
            return years(officials(communeId), assignmentsOf(year, communeId), year);
        }
        Optional<List<OfficialYear>> closed = closing.read(year, communeId);
        if (closed.isPresent()) {
            return closed.get();
        }
        List<Assignment> required = assignmentsOf(year, communeId);
        List<OfficialYear> figures = years(officials(communeId), required, year);
        if (!required.isEmpty()) {
            closing.close(year, communeId, figures);
        }
        return figures;
    }

    /**
     * Every closed year that keeps a row about the signed-in person (their name, unit and results as
     * they stood on 31 December), by year: part of what is held about them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Integer, OfficialYear> myClosedYears() {
        Long person = currentUser.require().getPersonId().orElse(null);
        Map<Integer, OfficialYear> years = new java.util.TreeMap<>();
        if (person == null) {
            return years;
        }
        for (Map.Entry<Integer, Long> closed : closing.yearsOf(person)) {
            closing.read(closed.getKey(), closed.getValue())
                    .flatMap(all ->
                            all.stream().filter(o -> o.personId() == person).findFirst())
                    .ifPresent(year -> years.put(closed.getKey(), year));
        }
        return years;
    }

    /** The commune (name) of the signed-in official, for the transcript. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICIAL')")
    public String myCommuneName() {
        Long commune = myCommune();
        return commune == null ? "" : places.find(commune).map(Place::getName).orElse("");
    }

    private record Official(
            long personId,
            String name,
            @Nullable Integer birthYear,
            @Nullable String unit) {}

    /** People with an official's sign-in whose place is the commune or inside it. */
    private List<Official> officials(long communeId) {
        List<Long> within = places.idsWithin(List.of(communeId), PlaceLevel.HAMLET);
        List<Long> placeIds = new ArrayList<>(within);
        placeIds.add(communeId);
        return jdbc.sql("""
                        SELECT p.id, p.full_name, p.birth_year, u.name
                        FROM person p
                        JOIN account a ON a.person_id = p.id
                        JOIN account_role r ON r.account_id = a.id AND r.role = 'OFFICIAL'
                        LEFT JOIN official_membership m ON m.person_id = p.id
                        LEFT JOIN official_unit u ON u.id = m.unit_id
                        WHERE p.place_id IN (:places)
                        ORDER BY u.name IS NULL, u.name, p.full_name
                        """)
                .param("places", placeIds)
                .query((rs, n) -> new Official(
                        rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class), rs.getString(4)))
                .list();
    }

    /** Each official's standing on the required courses: progress and certificates read for all of them at once. */
    private List<OfficialYear> years(List<Official> officials, List<Assignment> required, int year) {
        LocalDate today = LocalDate.now(clock);
        if (officials.isEmpty()) {
            return List.of();
        }
        List<Long> persons = officials.stream().map(Official::personId).toList();
        Map<Long, Map<String, Started>> progress = new HashMap<>();
        jdbc.sql("SELECT person_id, course_code, started_at, completed_at FROM enrolment WHERE person_id IN (:persons)")
                .param("persons", persons)
                .query((rs, n) -> progress.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getString(2), new Started(day(rs.getTimestamp(3)), day(rs.getTimestamp(4)))))
                .list();
        Map<Long, Map<String, String>> codes = new HashMap<>();
        jdbc.sql("SELECT person_id, course_code, code FROM certificate"
                        + " WHERE person_id IN (:persons) AND kind = 'COURSE' AND revoked_at IS NULL")
                .param("persons", persons)
                .query((rs, n) -> codes.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getString(3)))
                .list();
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

    private @Nullable LocalDate day(@Nullable Timestamp timestamp) {
        return timestamp == null
                ? null
                : timestamp.toInstant().atZone(clock.getZone()).toLocalDate();
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

    private @Nullable Long myCommune() {
        return currentUser
                .get()
                .flatMap(SignedInUser::getPersonId)
                .flatMap(person -> jdbc.sql("SELECT place_id FROM person WHERE id = ?")
                        .param(person)
                        .query(Long.class)
                        .optional())
                .flatMap(place -> places.selfAndAncestors(place).stream()
                        .filter(p -> p.getLevel() == PlaceLevel.COMMUNE)
                        .map(Place::getId)
                        .findFirst())
                .orElse(null);
    }

    private void checkOpen(int year) {
        if (hasEnded(year)) {
            throw new IllegalStateException("the year " + year + " has ended: its figures are closed");
        }
    }

    /** The commune is in the signed-in admin's area (the application itself, SYSTEM, acts anywhere). */
    private void checkArea(long communeId) {
        if (currentUser.get().isEmpty()) {
            return;
        }
        if (!places.isWithin(communeId, currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("commune outside the area");
        }
    }
}
