package vn.kynangso.officials;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The officials' training years, on Vietnam's days (the app's clock): which year it is, and
 * whether a year has ended (then its figures are closed and its courses can no longer change).
 */
@Component
public class TrainingYears {

    private final Clock clock;

    TrainingYears(Clock clock) {
        this.clock = clock;
    }

    /** The current year in the app's time zone: on 1 January at 00:00 in Vietnam the new year begins. */
    public int currentYear() {
        return today().getYear();
    }

    public boolean hasEnded(int year) {
        return year < currentYear();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void checkOpen(int year) {
        if (hasEnded(year)) {
            throw new IllegalStateException("the year " + year + " has ended: its figures are closed");
        }
    }
}
