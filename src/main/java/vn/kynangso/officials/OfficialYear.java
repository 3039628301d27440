package vn.kynangso.officials;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.kynangso.learning.CourseStatus;

/** One official's year: required courses, hours done, overall result. */
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
     * Every required course completed on or before {@code day} (on time or late); false when
     * nothing is required. What the officials' monthly figures count.
     */
    public boolean completedBy(LocalDate day) {
        return !requirements.isEmpty()
                && requirements.stream()
                        .allMatch(r -> r.status().isCompleted()
                                && r.completedOn() != null
                                && !r.completedOn().isAfter(day));
    }

    /** Some required course past its deadline on {@code day} and not completed by then. */
    public boolean overdueOn(LocalDate day) {
        return requirements.stream()
                .anyMatch(r -> r.course().deadline().isBefore(day)
                        && (r.completedOn() == null || r.completedOn().isAfter(day)));
    }

    /** Some required course completed after its deadline. */
    public boolean anyLate() {
        return requirements.stream().anyMatch(r -> r.status() == CourseStatus.COMPLETED_LATE);
    }

    /** The translation key of {@link #status()}, or of "nothing required" when there is none. */
    public String statusKey() {
        CourseStatus status = status();
        return status == null ? "evaluation.status.none" : status.key();
    }

    /**
     * The year's result: completed when every required course is (completed late when one of them
     * was late); overdue when one is past its deadline and not completed; else in progress or not
     * started. None when nothing was required of them.
     */
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
