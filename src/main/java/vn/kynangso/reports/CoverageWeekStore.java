package vn.kynangso.reports;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.kynangso.catalog.Skill;

/**
 * The closed periods' coverage rows ({@code coverage_week}, {@code coverage_month}: a place's
 * figures as they stood at the end of a closed week or month) and the periods closed ({@code
 * coverage_week_closed}, {@code coverage_month_closed}). Rows are only ever added.
 */
@Repository
class CoverageWeekStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CoverageWeekStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One place's figures at the end of one week (or month), and the place one level up. */
    record WeekRow(LocalDate weekStart, @Nullable Long parentId, Coverage figures) {}

    /**
     * Claims the week for closing, in the caller's transaction: false when it is closed already (by
     * this server or another; a second server claiming at the same moment waits for the first).
     */
    boolean claim(CoveragePeriod period, LocalDate weekStart, Instant at) {
        return jdbc.sql("INSERT IGNORE INTO " + period.table + "_closed (" + period.startColumn
                                + ", closed_at) VALUES (?, ?)")
                        .params(Date.valueOf(weekStart), Timestamp.from(at))
                        .update()
                == 1;
    }

    /** The closed periods from {@code from} on. */
    Set<LocalDate> closedSince(CoveragePeriod period, LocalDate from) {
        return new TreeSet<>(jdbc.sql("SELECT " + period.startColumn + " FROM " + period.table + "_closed WHERE "
                        + period.startColumn + " >= ?")
                .param(Date.valueOf(from))
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list());
    }

    void insert(CoveragePeriod period, LocalDate weekStart, Collection<WeekRow> rows) {
        String sql = "INSERT INTO " + period.table + " (place_id, " + period.startColumn
                + ", parent_id, households, covered, "
                + CoverageStore.SKILL_COLUMNS + ") VALUES (?, ?, ?, ?, ?" + ", ?".repeat(Skill.values().length)
                + ")";
        List<Object[]> args = new ArrayList<>(rows.size());
        for (WeekRow row : rows) {
            List<@Nullable Object> values = new ArrayList<>();
            values.add(row.figures().placeId());
            values.add(Date.valueOf(weekStart));
            values.add(row.parentId());
            values.addAll(CoverageStore.figureValues(row.figures()));
            args.add(values.toArray());
        }
        batch.batchUpdate(sql, args);
    }

    /** A place's rows from {@code from} on, oldest first. */
    List<WeekRow> ofPlace(CoveragePeriod period, long placeId, LocalDate from) {
        return rows(period, "place_id", placeId, from, ">=");
    }

    /** The rows of the places one level down from {@code parentId}, from {@code from} on. */
    List<WeekRow> below(CoveragePeriod period, long parentId, LocalDate from) {
        return rows(period, "parent_id", parentId, from, ">=");
    }

    /** A place's row of the period starting on {@code start} and those of the places one level down. */
    List<WeekRow> placeAndBelow(CoveragePeriod period, long placeId, LocalDate start) {
        List<WeekRow> rows = new ArrayList<>(rows(period, "place_id", placeId, start, "="));
        rows.addAll(rows(period, "parent_id", placeId, start, "="));
        return rows;
    }

    private List<WeekRow> rows(CoveragePeriod period, String column, long id, LocalDate from, String comparison) {
        return jdbc.sql("SELECT place_id, " + period.startColumn + ", parent_id, households, covered, "
                        + CoverageStore.SKILL_COLUMNS + " FROM " + period.table + " WHERE " + column + " = ? AND "
                        + period.startColumn + " " + comparison + " ? ORDER BY " + period.startColumn)
                .params(id, Date.valueOf(from))
                .query(CoverageWeekStore::row)
                .list();
    }

    private static WeekRow row(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong(3);
        return new WeekRow(
                rs.getObject(2, LocalDate.class),
                rs.wasNull() ? null : parent,
                new Coverage(rs.getLong(1), "", rs.getLong(4), rs.getLong(5), CoverageStore.perSkill(rs, 6)));
    }
}
