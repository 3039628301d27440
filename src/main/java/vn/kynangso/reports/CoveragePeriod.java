package vn.kynangso.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The spans whose coverage is closed and kept once they have ended: weeks (Monday to Monday) and months. */
public enum CoveragePeriod {
    WEEK("coverage_week", "week_start"),
    MONTH("coverage_month", "month_start");

    final String table;
    final String startColumn;

    CoveragePeriod(String table, String startColumn) {
        this.table = table;
        this.startColumn = startColumn;
    }

    /** The first day of the period {@code day} is in. */
    public LocalDate startOf(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    }
}
