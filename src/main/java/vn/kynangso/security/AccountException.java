package vn.kynangso.security;

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
        ALREADY_HELPING;

        public String translationKey() {
            return "account.error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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
