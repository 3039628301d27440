package vn.kynangso.officials;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * Each year's mandatory courses for a commune's officials, with their deadlines: admins assign and
 * remove them while the year runs (the deadline defaults to the course's own); an official reads
 * their commune's.
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

    /** Removes a course from a year that has not ended. */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void unassign(int year, long communeId, String courseCode) {
        area.check(communeId);
        years.checkOpen(year);
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

    /** {@link #assignments} for a caller that has checked who may read them. */
    List<Assignment> of(int year, long communeId) {
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

    /** Communes with courses assigned in years that ended and are not closed yet. */
    List<Map.Entry<Integer, Long>> endedAndOpen() {
        return jdbc.sql("""
                        SELECT DISTINCT a.year, a.commune_id FROM course_assignment a
                        WHERE a.year < ? AND NOT EXISTS (SELECT 1 FROM evaluation_closing c
                                                         WHERE c.year = a.year AND c.commune_id = a.commune_id)
                        """)
                .param(years.currentYear())
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
                .list();
    }
}
