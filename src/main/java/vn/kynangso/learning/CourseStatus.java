package vn.kynangso.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a learner stands on a course. {@link #of} is the one rule: every screen, sheet and PDF
 * that shows a status reads it from there, under the translation key {@link #key()}.
 */
public enum CourseStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    /** Completed, but after the deadline. */
    COMPLETED_LATE,
    /** Not completed, and the deadline has passed. */
    OVERDUE;

    /**
     * The status of a course on a given day.
     *
     * @param startedOn the day the learner started it, or null
     * @param completedOn the day they completed it, or null
     * @param deadline the last day to complete it on time, or null when it has none
     * @param asOf the day to judge on, normally today
     */
    public static CourseStatus of(
            @Nullable LocalDate startedOn,
            @Nullable LocalDate completedOn,
            @Nullable LocalDate deadline,
            LocalDate asOf) {
        if (completedOn != null && !completedOn.isAfter(asOf)) {
            return deadline != null && completedOn.isAfter(deadline) ? COMPLETED_LATE : COMPLETED;
        }
        if (deadline != null && asOf.isAfter(deadline)) {
            return OVERDUE;
        }
        return startedOn != null && !startedOn.isAfter(asOf) ? IN_PROGRESS : NOT_STARTED;
    }

    /**
     * The status of a course required in a year, judged today: what happened after 31 December of
     * that year does not count for it (a course completed in January is overdue for the year before),
     * and once the year has ended every deadline in it has passed.
     */
    public static CourseStatus forYear(
            @Nullable LocalDate startedOn,
            @Nullable LocalDate completedOn,
            LocalDate deadline,
            int year,
            LocalDate today) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        return of(
                startedOn == null || startedOn.isAfter(lastDay) ? null : startedOn,
                completedOn == null || completedOn.isAfter(lastDay) ? null : completedOn,
                deadline,
                today);
    }

    /**
     * A learner's status on a course today, for their own screens and records: started and
     * completed on the days of the app's zone, against the deadline set for them ({@link DueDates}).
     *
     * @param enrolment the learner on the course, or null when they have not started it
     * @param deadline the day to complete it by, or null when there is none
     */
    static CourseStatus today(@Nullable Enrolment enrolment, @Nullable LocalDate deadline, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (enrolment == null) {
            return of(null, null, deadline, today);
        }
        Instant completedAt = enrolment.getCompletedAt();
        return of(
                LocalDate.ofInstant(enrolment.getStartedAt(), clock.getZone()),
                completedAt == null ? null : LocalDate.ofInstant(completedAt, clock.getZone()),
                deadline,
                today);
    }

    /** Completed, on time or late. */
    public boolean isCompleted() {
        return this == COMPLETED || this == COMPLETED_LATE;
    }

    /** The translation key of its name, the same on every screen and document. */
    public String key() {
        return "course.status." + name();
    }
}
