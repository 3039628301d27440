package vn.kynangso.classes;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.kynangso.learning.LearnerActivityOf.Activity;

/**
 * Why a student on a class board needs the teacher: the one rule for it. Only while a session runs,
 * and only for a student who has done something in learning since it started: two attempts failed in
 * a row (the last during the session), or, while on a lesson or a question, no progress (a lesson read
 * to its end, an answer) for the given minutes, counted from the session's start at the earliest.
 */
public enum NeedsHelp {
    /** Two or more attempts failed in a row, the last one during the session. */
    FAILED_TWICE,
    /** On a lesson or a question with no progress for too long. */
    STUCK;

    public String translationKey() {
        return "classes.board.help." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether (and why) a student needs help now; null when they do not. */
    static @Nullable NeedsHelp of(
            @Nullable Activity activity, @Nullable ClassSession session, Instant now, Duration stuckAfter) {
        if (activity == null || session == null || !session.running()) {
            return null;
        }
        Instant start = session.startedAt();
        if (activity.seenAt().isBefore(start)) {
            return null; // not here yet
        }
        if (activity.failedInRow() >= 2
                && activity.failedAt() != null
                && !activity.failedAt().isBefore(start)) {
            return FAILED_TWICE;
        }
        boolean onSomething = activity.lesson() != null || activity.question() != null;
        Instant lastMove = activity.progressAt().isAfter(start) ? activity.progressAt() : start;
        if (onSomething && Duration.between(lastMove, now).compareTo(stuckAfter) >= 0) {
            return STUCK;
        }
        return null;
    }
}
