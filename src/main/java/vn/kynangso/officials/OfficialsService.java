package vn.kynangso.officials;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.PublishedCourse;
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
 */
@Service
public class OfficialsService {

    private final JdbcClient jdbc;
    private final CatalogService catalog;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final Clock clock;

    OfficialsService(
            JdbcClient jdbc, CatalogService catalog, PlaceService places, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.places = places;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public record Unit(long id, String name) {}

    public record Assignment(String courseCode, String titleVi, String titleEn, int creditHours, LocalDate deadline) {
        public String title(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
        }
    }

    public enum Status {
        COMPLETED,
        IN_PROGRESS,
        NOT_STARTED,
        LATE
    }

    /** One required course for one official: where they stand. */
    public record Requirement(
            Assignment course,
            Status status,
            @Nullable LocalDate completedOn,
            @Nullable String certificateCode) {}

    /** One official's year: required courses, hours done, overall status. */
    public record OfficialYear(
            long personId,
            String name,
            @Nullable Integer birthYear,
            @Nullable String unit,
            List<Requirement> requirements) {

        public long completed() {
            return requirements.stream()
                    .filter(r -> r.status() == Status.COMPLETED)
                    .count();
        }

        public int hours() {
            return requirements.stream()
                    .filter(r -> r.status() == Status.COMPLETED)
                    .mapToInt(r -> r.course().creditHours())
                    .sum();
        }

        /** Completed when every required course is; late when one is past its deadline; else in progress. */
        public Status status() {
            if (requirements.stream().allMatch(r -> r.status() == Status.COMPLETED)) {
                return Status.COMPLETED;
            }
            if (requirements.stream().anyMatch(r -> r.status() == Status.LATE)) {
                return Status.LATE;
            }
            return requirements.stream().anyMatch(r -> r.status() != Status.NOT_STARTED)
                    ? Status.IN_PROGRESS
                    : Status.NOT_STARTED;
        }
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

    /** Makes a course mandatory for a commune's officials in a year; the deadline defaults to the content's. */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void assign(int year, long communeId, String courseCode, @Nullable LocalDate deadline) {
        checkArea(communeId);
        PublishedCourse course = officialCourses().stream()
                .filter(c -> c.code().equals(courseCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an officials' course: " + courseCode));
        LocalDate due = deadline != null
                ? deadline
                : course.content().deadline() == null
                        ? LocalDate.of(year, 12, 31)
                        : MonthDay.parse("--" + course.content().deadline()).atYear(year);
        jdbc.sql("INSERT INTO course_assignment (year, commune_id, course_code, deadline, assigned_by, assigned_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE deadline = VALUES(deadline)")
                .params(
                        year,
                        communeId,
                        courseCode,
                        Date.valueOf(due),
                        currentUser.require().getAccountId(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void unassign(int year, long communeId, String courseCode) {
        checkArea(communeId);
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
        return years(officials(communeId), assignments(year, communeId));
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
        List<Official> me =
                officials(commune).stream().filter(o -> o.personId() == person).toList();
        return years(me, assignments(year, commune)).stream().findFirst();
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
    private List<OfficialYear> years(List<Official> officials, List<Assignment> required) {
        if (officials.isEmpty()) {
            return List.of();
        }
        List<Long> persons = officials.stream().map(Official::personId).toList();
        Map<Long, Map<String, Started>> progress = new HashMap<>();
        jdbc.sql("SELECT person_id, course_code, completed_at FROM enrolment WHERE person_id IN (:persons)")
                .param("persons", persons)
                .query((rs, n) -> {
                    Timestamp completed = rs.getTimestamp(3);
                    progress.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(
                                    rs.getString(2),
                                    new Started(
                                            completed == null
                                                    ? null
                                                    : completed
                                                            .toInstant()
                                                            .atZone(clock.getZone())
                                                            .toLocalDate()));
                    return null;
                })
                .list();
        Map<Long, Map<String, String>> codes = new HashMap<>();
        jdbc.sql("SELECT person_id, course_code, code FROM certificate"
                        + " WHERE person_id IN (:persons) AND kind = 'COURSE' AND revoked_at IS NULL")
                .param("persons", persons)
                .query((rs, n) -> codes.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getString(3)))
                .list();
        LocalDate today = LocalDate.now(clock);
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
                                        today))
                                .toList()))
                .toList();
    }

    /** A course an official has started, and when they completed it, if they have. */
    private record Started(@Nullable LocalDate completedOn) {}

    private static Requirement requirement(
            Assignment course, @Nullable Started progress, @Nullable String code, LocalDate today) {
        LocalDate completedOn = progress == null ? null : progress.completedOn();
        Status status;
        if (completedOn != null) {
            status = Status.COMPLETED;
        } else if (today.isAfter(course.deadline())) {
            status = Status.LATE;
        } else {
            status = progress != null ? Status.IN_PROGRESS : Status.NOT_STARTED;
        }
        return new Requirement(course, status, completedOn, status == Status.COMPLETED ? code : null);
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

    private void checkArea(long communeId) {
        if (!places.isWithin(communeId, currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("commune outside the area");
        }
    }
}
