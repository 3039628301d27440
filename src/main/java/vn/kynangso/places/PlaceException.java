package vn.kynangso.places;

import java.util.Locale;

/** A place that cannot be saved as given; translated under {@code place.error.*}. */
public class PlaceException extends RuntimeException {

    public enum Reason {
        NO_NAME,
        TOO_LONG,
        CODE_TAKEN,
        WRONG_LEVEL,
        OUTSIDE_AREA;

        public String translationKey() {
            return "place.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public PlaceException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
