package vn.kynangso.people;

import java.time.Instant;

/**
 * One read of a household's sensitive flags by someone other than its members: who, when, which
 * household, on which screen.
 */
public record FlagRead(long householdId, String address, String hamlet, String reader, Screen screen, Instant readAt) {

    /** Where the flags were shown. Translated under {@code flag-read.screen.<name>}. */
    public enum Screen {
        /** A household's page (or its flags asked for one household). */
        HOUSEHOLD,
        /** A team member's work list of households not yet covered. */
        WORK_LIST
    }
}
