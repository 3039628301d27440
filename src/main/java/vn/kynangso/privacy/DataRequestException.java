package vn.kynangso.privacy;

import java.util.Locale;

/** A request that cannot be filed or decided as asked; translated under {@code data-request.error.*}. */
public class DataRequestException extends RuntimeException {

    public enum Reason {
        /** No reason written, or longer than a request holds. */
        BAD_REASON,
        /** The signed-in account is not a person (staff without a learner record). */
        NOT_A_PERSON,
        /** The same kind of request is already waiting for a decision. */
        ALREADY_OPEN,
        /** Someone decided it first, or it asks for something else. */
        NOT_OPEN;

        public String translationKey() {
            return "data-request.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public DataRequestException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
