package vn.kynangso;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.kynangso.base.Backdating;

/**
 * The app's clock in tests. It never reads the wall clock: it starts at a moment chosen on purpose
 * ({@value #DEFAULT_START}, during the October door-to-door campaign and before the officials'
 * 30 November deadline), or at the moment given as {@code -Dkns.test.today=…} to run the whole
 * suite as if it were another day. Every read moves it on by one microsecond, so rows written one
 * after another keep their order, and a whole suite moves it by about a second: the day never
 * changes under a test. A test that needs another moment calls {@link #set}; {@link #reset} (run
 * after every test) puts the clock back on its start day.
 */
public final class TestClock extends Clock {

    /** The property that moves the suite to another day, e.g. {@code 2027-01-01T00:30+07:00}. */
    public static final String PROPERTY = "kns.test.today";

    static final String DEFAULT_START = "2026-10-05T09:30+07:00";

    private final Instant start;
    private final ZoneId zone;
    private final AtomicLong micros;
    private volatile Instant base;

    private TestClock(Instant start, ZoneId zone, AtomicLong micros, Instant base) {
        this.start = start;
        this.zone = zone;
        this.micros = micros;
        this.base = base;
    }

    /** A clock starting at {@code start} (see {@link #parse}) in the given zone. */
    public static TestClock startingAt(String start, ZoneId zone) {
        Instant at = parse(start, zone);
        return new TestClock(at, zone, new AtomicLong(), at);
    }

    /**
     * Reads a moment as a person would write it: {@code 2027-01-01T00:30+07:00}, {@code
     * 2027-01-01T00:30} (in the app's zone) or {@code 2027-01-01} (at 09:30 in the app's zone).
     */
    public static Instant parse(String text, ZoneId zone) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return ZonedDateTime.parse(value).toInstant();
            } catch (DateTimeParseException notZoned) {
                try {
                    return LocalDateTime.parse(value).atZone(zone).toInstant();
                } catch (DateTimeParseException notLocal) {
                    return LocalDate.parse(value)
                            .atTime(LocalTime.of(9, 30))
                            .atZone(zone)
                            .toInstant();
                }
            }
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new ZonedView(this, other);
    }

    @Override
    public Instant instant() {
        // a thread loading history (the demo season) reads it earlier, as it would the app's clock
        return base.plusNanos(1_000 * micros.incrementAndGet()).minus(Backdating.offset());
    }

    /** The day the suite runs on, in the app's zone (moves only when a test sets the clock). */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), zone);
    }

    /** The moment the suite started at. */
    public Instant start() {
        return start;
    }

    /** Makes the next reading {@code moment} (plus a microsecond). */
    public void set(Instant moment) {
        base = moment.minusNanos(1_000 * micros.get());
    }

    /** Sets the clock to a wall time in the app's zone, e.g. 31 December at 23:59. */
    public void set(LocalDateTime localTime) {
        set(localTime.atZone(zone).toInstant());
    }

    public void advance(Duration duration) {
        base = base.plus(duration);
    }

    /** Back to the start day (readings keep moving on from where they are, a microsecond each). */
    public void reset() {
        base = start;
    }

    @Override
    public String toString() {
        return "TestClock[" + instant() + ", " + zone + "]";
    }

    /** The same clock seen from another zone. */
    private static final class ZonedView extends Clock {
        private final TestClock clock;
        private final ZoneId zone;

        ZonedView(TestClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return clock.withZone(other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }

    /** Puts the test clock in place of the app's wall clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock(
                @Value("${" + PROPERTY + ":" + DEFAULT_START + "}") String start,
                @Value("${kns.time-zone:Asia/Ho_Chi_Minh}") String zone) {
            return startingAt(start.isBlank() ? DEFAULT_START : start, ZoneId.of(zone));
        }
    }
}
