package vn.kynangso.people;

import java.util.Locale;

/** A household that cannot be registered as given; translated under {@code household.error.*}. */
public class HouseholdException extends RuntimeException {

    public enum Reason {
        NO_ADDRESS,
        NO_MEMBERS,
        NO_NAME,
        BAD_BIRTH_YEAR,
        BAD_PHONE,
        OUTSIDE_AREA,
        /** Too many phone numbers looked up in an hour. */
        TOO_MANY_LOOKUPS,
        /** Consent recorded without saying who gave it. */
        NO_CONSENT_GIVER,
        /** A household registered with a consent that leaves out its learning records. */
        NO_LEARNING_CONSENT,
        /** Disability (health data) set for a household that has not agreed to it. */
        NO_DISABILITY_CONSENT;

        public String translationKey() {
            return "household.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final int member;

    /** @param member 0-based member row the problem is in, or -1 */
    public HouseholdException(Reason reason, int member) {
        super(reason.name());
        this.reason = reason;
        this.member = member;
    }

    public Reason reason() {
        return reason;
    }

    public int member() {
        return member;
    }
}
