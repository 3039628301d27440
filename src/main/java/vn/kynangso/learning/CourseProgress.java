package vn.kynangso.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.PublishedCourse;

/**
 * Where a learner stands in one course: the version they learn, lessons read, attempts, whether
 * the quiz is open to them, and completion.
 *
 * @param deadline the course's own deadline this year (officials' courses), or null
 */
public record CourseProgress(
        PublishedCourse course,
        boolean enrolled,
        Set<Integer> lessonsRead,
        List<AttemptSummary> attempts,
        QuizGate gate,
        @Nullable Long openAttemptId,
        @Nullable Instant passedAt,
        @Nullable Instant completedAt,
        @Nullable LocalDate deadline) {

    /** The first lesson not read yet, or the last lesson when all are read. */
    public int nextLesson() {
        int count = course.content().lessons().size();
        for (int i = 0; i < count; i++) {
            if (!lessonsRead.contains(i)) {
                return i;
            }
        }
        return Math.max(0, count - 1);
    }

    public boolean allLessonsRead() {
        return lessonsRead.size() >= course.content().lessons().size();
    }

    /** A finished or open attempt. */
    public record AttemptSummary(
            long id,
            int number,
            Instant startedAt,
            @Nullable Instant submittedAt,
            @Nullable BigDecimal score,
            int max,
            boolean passed) {

        public int percent() {
            return score == null ? 0 : Grading.percent(score, max);
        }
    }
}
