package vn.kynangso.visits;

import java.util.Locale;

/** A campaign or visit that cannot be saved as given; translated under {@code visit.error.*}. */
public class VisitException extends RuntimeException {

    public enum Reason {
        NO_NAME,
        BAD_DATES,
        NO_HAMLETS,
        FUTURE_VISIT,
        NEXT_BEFORE_VISIT;

        public String translationKey() {
            return "visit.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public VisitException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
