package vn.kynangso.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds how many sign-ins check a password at once. A password check is slow on purpose (a
 * bcrypt hash, ~0.1 s of a core), so a crowd signing in together (a whole commune before a deadline,
 * everyone back after a restart) would otherwise queue hundreds of hashes on the request threads:
 * every screen waits behind them, browsers give up and try again, and the server goes on hashing
 * for people who are no longer waiting — it does not recover until the crowd leaves (measured:
 * 2,000 learners signing in within a minute on 2 cores, docs/benchmarks/load.md). Here at most
 * {@code kns.login.concurrent-checks} sign-ins (default: the number of cores) run at once, in the
 * order they came; one that waits longer than {@code kns.login.busy-wait} (5 s) is sent back to
 * the sign-in page with "many people are signing in, try again in a moment" without its password
 * being checked. Counted in the metric {@code kns.login.busy}.
 */
@Component
class SignInGate {

    private final Semaphore permits;
    private final long waitMillis;
    private final Counter busy;

    SignInGate(
            @Value("${kns.login.concurrent-checks:0}") int concurrent,
            @Value("${kns.login.busy-wait:5s}") Duration wait,
            MeterRegistry meters) {
        this.permits =
                new Semaphore(concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors(), true);
        this.waitMillis = wait.toMillis();
        this.busy = Counter.builder("kns.login.busy")
                .description("Sign-ins sent back because too many were being checked at once")
                .register(meters);
    }

    /** Waits for a turn; false (and counted) when none came within the wait. */
    boolean enter() throws InterruptedException {
        if (permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
            return true;
        }
        busy.increment();
        return false;
    }

    /** Gives the turn back; only after {@link #enter()} returned true. */
    void leave() {
        permits.release();
    }
}
