package vn.kynangso.classes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.kynangso.learning.LearnerActivityOf.Activity;

/** The one rule for "needs help" on the class board. */
class NeedsHelpTest {

    private static final Instant START = Instant.parse("2026-10-05T07:00:00Z");
    private static final Duration FIVE = Duration.ofMinutes(5);
    private static final ClassSession RUNNING = new ClassSession(1, 1, START, null);

    private static Activity onLesson(Instant seen, Instant progress) {
        return new Activity(7, "c", 0, null, null, seen, progress, 0, null);
    }

    private static Activity failed(int times, @Nullable Instant lastFailure) {
        Instant at = START.plusSeconds(60);
        return new Activity(7, "c", null, null, null, at, at, times, lastFailure);
    }

    @Test
    void nobody_needs_help_without_a_running_session() {
        Activity stuck = onLesson(START.plusSeconds(1), START.minusSeconds(3600));
        assertThat(NeedsHelp.of(stuck, null, START.plusSeconds(3600), FIVE)).isNull();
        assertThat(NeedsHelp.of(
                        stuck, new ClassSession(1, 1, START, START.plusSeconds(10)), START.plusSeconds(3600), FIVE))
                .isNull();
    }

    @Test
    void a_student_not_seen_since_the_session_started_is_not_stuck() {
        assertThat(NeedsHelp.of(
                        onLesson(START.minusSeconds(1), START.minusSeconds(1)),
                        RUNNING,
                        START.plus(FIVE.multipliedBy(3)),
                        FIVE))
                .isNull();
        assertThat(NeedsHelp.of(null, RUNNING, START.plus(FIVE), FIVE)).isNull();
    }

    @Test
    void on_a_lesson_without_progress_for_the_minutes_counted_from_the_start_at_the_earliest() {
        Activity sinceBefore = onLesson(START.plusSeconds(10), START.minusSeconds(600));
        assertThat(NeedsHelp.of(sinceBefore, RUNNING, START.plus(FIVE).minusSeconds(1), FIVE))
                .isNull();
        assertThat(NeedsHelp.of(sinceBefore, RUNNING, START.plus(FIVE), FIVE)).isEqualTo(NeedsHelp.STUCK);
        Activity moved = onLesson(START.plusSeconds(120), START.plusSeconds(120));
        assertThat(NeedsHelp.of(moved, RUNNING, START.plus(FIVE), FIVE)).isNull();
    }

    @Test
    void two_failures_in_a_row_the_last_in_the_session_need_help_and_one_does_not() {
        assertThat(NeedsHelp.of(failed(2, START.plusSeconds(60)), RUNNING, START.plusSeconds(61), FIVE))
                .isEqualTo(NeedsHelp.FAILED_TWICE);
        assertThat(NeedsHelp.of(failed(1, START.plusSeconds(60)), RUNNING, START.plusSeconds(61), FIVE))
                .isNull();
        assertThat(NeedsHelp.of(failed(2, START.minusSeconds(60)), RUNNING, START.plusSeconds(61), FIVE))
                .isNull();
    }

    @Test
    void a_student_who_handed_in_and_waits_is_not_stuck() {
        assertThat(NeedsHelp.of(failed(0, null), RUNNING, START.plus(FIVE.multipliedBy(4)), FIVE))
                .isNull();
    }
}
