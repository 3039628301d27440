package vn.kynangso.officials;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;

/**
 * Each year's mandatory courses for a commune's officials, with their deadlines (DD011): until the
 * commune's admin changes the year's list, the catalog's officials' courses apply, each due on its
 * own deadline that year; the first course an admin assigns or removes makes that list the
 * commune's own (even when it ends up empty). Admins change it while the year runs (a deadline
 * defaults to the course's own); an official reads their commune's.
 */
@Service
public class MandatoryCourses {

    private final JdbcClient jdbc;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final OfficialsArea area;
    private final TrainingYears years;
    private final Clock clock;

    MandatoryCourses(
            JdbcClient jdbc,
            CatalogService catalog,
            CurrentUser currentUser,
            OfficialsArea area,
            TrainingYears years,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.area = area;
        this.years = years;
        this.clock = clock;
    }

    /** Officials' courses that can be made mandatory. */
    @Transactional(readOnly = true)
    public List<PublishedCourse> officialCourses() {
        return catalog.currentCourses().stream()
                .filter(c -> c.content().category() == CourseCategory.OFFICIAL)
                .toList();
    }

    /**
     * Whether a commune's list for a year is still the catalog's (its admin has not changed it): for
     * its admins, who see it said above the list.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public boolean followsCatalog(int year, long communeId) {
        area.check(communeId);
        return !ownList(year, communeId);
    }

    /**
     * Makes a course mandatory for a commune's officials in a year that has not ended; the deadline
     * (a day of that year) defaults to the content's.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void assign(int year, long communeId, String courseCode, @Nullable LocalDate deadline) {
        area.check(communeId);
        years.checkOpen(year);
        if (deadline != null && deadline.getYear() != year) {
            throw new IllegalArgumentException("deadline " + deadline + " is not in " + year);
        }
        PublishedCourse course = officialCourses().stream()
                .filter(c -> c.code().equals(courseCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an officials' course: " + courseCode));
        LocalDate due = deadline != null ? deadline : dueIn(course, year);
        makeOwn(year, communeId);
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

    /** Removes a course from a year that has not ended. */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void unassign(int year, long communeId, String courseCode) {
        area.check(communeId);
        years.checkOpen(year);
        makeOwn(year, communeId);
        jdbc.sql("DELETE FROM course_assignment WHERE year = ? AND commune_id = ? AND course_code = ?")
                .params(year, communeId, courseCode)
                .update();
    }

    /** A commune's mandatory courses of a year, by deadline: for its admins and its own officials. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN','OFFICIAL')")
    public List<Assignment> assignments(int year, long communeId) {
        boolean ownCommune = currentUser.require().hasRole(Roles.OFFICIAL)
                && area.myCommune().filter(c -> c == communeId).isPresent();
        if (!ownCommune) {
            area.check(communeId);
        }
        return of(year, communeId);
    }

    /**
     * {@link #assignments} for a caller that has checked who may read them: the commune's own list
     * for the year, or the catalog's when it has none.
     */
    List<Assignment> of(int year, long communeId) {
        return ownList(year, communeId) ? own(year, communeId) : byCatalog(year);
    }

    /**
     * The catalog's officials' courses required in a year when a commune has not set its own list,
     * each due on its own deadline that year (31 December when it has none). A course counts only
     * from the year it existed in by that deadline, so years before it was published are not judged on it.
     */
    List<Assignment> byCatalog(int year) {
        return officialCourses().stream()
                .filter(c -> !firstPublished(c.code()).isAfter(dueIn(c, year)))
                .map(c -> assignment(c, dueIn(c, year)))
                .sorted(Comparator.comparing(Assignment::deadline).thenComparing(Assignment::courseCode))
                .toList();
    }

    private boolean ownList(int year, long communeId) {
        return jdbc.sql("SELECT COUNT(*) FROM required_year WHERE year = ? AND commune_id = ?")
                        .params(year, communeId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Before the first change to a year's list, the catalog's courses become the commune's own. */
    private void makeOwn(int year, long communeId) {
        int made = jdbc.sql("INSERT IGNORE INTO required_year (year, commune_id, set_by, set_at) VALUES (?, ?, ?, ?)")
                .params(
                        year,
                        communeId,
                        currentUser.get().map(SignedInUser::getAccountId).orElse(0L),
                        Timestamp.from(clock.instant()))
                .update();
        if (made == 0) {
            return;
        }
        for (Assignment a : byCatalog(year)) {
            jdbc.sql("INSERT IGNORE INTO course_assignment (year, commune_id, course_code, deadline, assigned_by,"
                            + " assigned_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                            year,
                            communeId,
                            a.courseCode(),
                            Date.valueOf(a.deadline()),
                            currentUser.get().map(SignedInUser::getAccountId).orElse(0L),
                            Timestamp.from(clock.instant()))
                    .update();
        }
    }

    private static LocalDate dueIn(PublishedCourse course, int year) {
        LocalDate own = course.content().deadlineIn(year);
        return own != null ? own : LocalDate.of(year, 12, 31);
    }

    /** The day (in Vietnam) the course's first version was published. */
    private LocalDate firstPublished(String courseCode) {
        return catalog.versionsOf(courseCode).stream()
                .map(PublishedCourse::publishedAt)
                .min(Comparator.naturalOrder())
                .map(at -> LocalDate.ofInstant(at, clock.getZone()))
                .orElse(LocalDate.MAX);
    }

    private static Assignment assignment(PublishedCourse c, LocalDate deadline) {
        return new Assignment(
                c.code(),
                c.content().title().vi(),
                c.content().title().en(),
                c.content().creditHours() == null ? 0 : c.content().creditHours(),
                deadline);
    }

    private List<Assignment> own(int year, long communeId) {
        return jdbc
                .sql("SELECT course_code, deadline FROM course_assignment WHERE year = ? AND commune_id = ?"
                        + " ORDER BY deadline, course_code")
                .params(year, communeId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getDate(2).toLocalDate()))
                .list()
                .stream()
                .flatMap(e -> catalog.current(e.getKey()).stream().map(c -> assignment(c, e.getValue())))
                .toList();
    }

    /**
     * Ended years not closed yet: of communes with courses assigned, and of the year just ended in
     * communes with officials that followed the catalog's list.
     */
    List<Map.Entry<Integer, Long>> endedAndOpen() {
        Set<Map.Entry<Integer, Long>> open = new LinkedHashSet<>(jdbc.sql("""
                        SELECT DISTINCT a.year, a.commune_id FROM course_assignment a
                        WHERE a.year < ? AND NOT EXISTS (SELECT 1 FROM evaluation_closing c
                                                         WHERE c.year = a.year AND c.commune_id = a.commune_id)
                        """)
                .param(years.currentYear())
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
                .list());
        int lastYear = years.currentYear() - 1;
        if (!byCatalog(lastYear).isEmpty()) {
            for (long commune : area.communesOfOfficials()) {
                boolean closed = jdbc.sql("SELECT COUNT(*) FROM evaluation_closing WHERE year = ? AND commune_id = ?")
                                .params(lastYear, commune)
                                .query(Integer.class)
                                .single()
                        > 0;
                if (!closed && !ownList(lastYear, commune)) {
                    open.add(Map.entry(lastYear, commune));
                }
            }
        }
        return List.copyOf(open);
    }
}
