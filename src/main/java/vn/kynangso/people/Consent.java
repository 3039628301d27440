package vn.kynangso.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A household's consent to one purpose as recorded: who gave it, when, who recorded it and how,
 * which version of the notice they were shown, and its withdrawal if any.
 */
public record Consent(
        long id,
        long householdId,
        ConsentPurpose purpose,
        String givenBy,
        Instant givenAt,
        String recordedBy,
        Method method,
        String noticeVersion,
        @Nullable String sourceNote,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnBy) {

    /** How the consent reached the app. Translated under {@code consent.method.<name>}. */
    public enum Method {
        /** Given to a team member at registration or later, after reading the notice on the phone. */
        IN_PERSON,
        /** Marked in a household list the commune imported (its paper forms stay with the commune). */
        IMPORT
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }
}
