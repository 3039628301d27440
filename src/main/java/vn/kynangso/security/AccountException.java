package vn.kynangso.security;

import java.util.Locale;

/** An account request that cannot be done; {@link #reason()} maps to a translated message. */
public class AccountException extends RuntimeException {

    /** Why; each has the translation key {@code account.error.<name in lower case>}. */
    public enum Reason {
        WRONG_PASSWORD,
        TOO_SHORT,
        SAME_AS_OLD,
        LOGIN_TAKEN,
        INVALID_PHONE,
        NO_LOGIN,
        UNKNOWN_ROLE,
        ALREADY_HELPING,
        /** A login card or link for an account that holds more than learner roles. */
        CARD_NOT_FOR_STAFF,
        /** A password over bcrypt's 72 bytes (a Vietnamese letter with marks takes 2 or 3). */
        TOO_LONG,
        /** A password from the list of the most common ones, or the login itself. */
        TOO_COMMON,
        /** A role or area above the granting admin's own. */
        GRANT_ABOVE_OWN,
        /** Too many wrong passwords for the account: wait before trying again. */
        THROTTLED;

        public String translationKey() {
            return "account.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public AccountException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
