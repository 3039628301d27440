package vn.kynangso.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One time someone other than its members saw or changed a household's sensitive flags (disability,
 * poverty): who, when, which household, and where it was seen or what changed.
 */
public record FlagAccess(
        long householdId,
        String address,
        String hamlet,
        String who,
        Instant at,
        @Nullable Screen screen,
        @Nullable String field,
        @Nullable String before,
        @Nullable String after) {

    /** Where the flags were shown. Translated under {@code flag-log.screen.<name>}. */
    public enum Screen {
        /** A household's page (or its flags asked for one household). */
        HOUSEHOLD,
        /** A team member's work list of households not yet covered. */
        WORK_LIST
    }

    /** A read (shown on a screen) rather than a change. */
    public boolean isRead() {
        return screen != null;
    }
}
