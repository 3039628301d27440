package vn.kynangso.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Time travel for one thread: while {@link #run} runs, the app's clock reads earlier on that thread
 * only, so work done through the real services (registering a household, passing a quiz) is dated
 * as if it had happened then, and the synchronous listeners it sets off date their facts alike.
 * Every other thread (requests, after-commit listeners) keeps the real time. Used by the demo
 * season to load months of history on the day the demo starts; nothing else should need it.
 */
public final class Backdating {

    private static final ThreadLocal<Duration> OFFSET = new ThreadLocal<>();

    private Backdating() {}

    /** How far this thread's clock reads behind the real one: zero unless inside {@link #run}. */
    public static Duration offset() {
        Duration offset = OFFSET.get();
        return offset == null ? Duration.ZERO : offset;
    }

    /** Runs {@code work} with this thread's clock reading {@code back} earlier; nested calls replace it. */
    public static <T> T run(Duration back, Supplier<T> work) {
        if (back.isNegative()) {
            throw new IllegalArgumentException("backdating goes back in time, not forward: " + back);
        }
        Duration previous = OFFSET.get();
        OFFSET.set(back);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OFFSET.remove();
            } else {
                OFFSET.set(previous);
            }
        }
    }

    /** Runs {@code work} with this thread's clock reading {@code back} earlier. */
    public static void run(Duration back, Runnable work) {
        run(back, () -> {
            work.run();
            return null;
        });
    }

    /** {@code clock} as the app sees it: behind by the reading thread's {@link #offset}. */
    public static Clock honouredBy(Clock clock) {
        return new BackdatedClock(clock);
    }

    private static final class BackdatedClock extends Clock {

        private final Clock real;

        BackdatedClock(Clock real) {
            this.real = real;
        }

        @Override
        public ZoneId getZone() {
            return real.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(real.getZone()) ? this : new BackdatedClock(real.withZone(zone));
        }

        @Override
        public Instant instant() {
            return real.instant().minus(Backdating.offset());
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }

        @Override
        public String toString() {
            return "Backdated[" + real + "]";
        }
    }
}
