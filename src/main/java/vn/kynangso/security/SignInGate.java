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
 * order they came; one that waits longer than {@code kns.login.busy-wait} (5 s), or finds {@code
 * kns.login.max-waiting} others already waiting (default: 8 per check), is sent back to the
 * sign-in page with "many people are signing in, try again in a moment" without its password
 * being checked. The second bound matters as much as the first: a waiting sign-in holds a request
 * thread, and 2,000 people retrying every few seconds would otherwise park every thread in the
 * queue and starve the learners already signed in. Counted in the metric {@code kns.login.busy}.
 */
@Component
class SignInGate {

    private final Semaphore permits;
    private final int maxWaiting;
    private final long waitMillis;
    private final Counter busy;

    SignInGate(
            @Value("${kns.login.concurrent-checks:0}") int concurrent,
            @Value("${kns.login.busy-wait:5s}") Duration wait,
            @Value("${kns.login.max-waiting:0}") int maxWaiting,
            MeterRegistry meters) {
        int checks = concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
        this.permits = new Semaphore(checks, true);
        this.maxWaiting = maxWaiting > 0 ? maxWaiting : 8 * checks;
        this.waitMillis = wait.toMillis();
        this.busy = Counter.builder("kns.login.busy")
                .description("Sign-ins sent back because too many were being checked at once")
                .register(meters);
    }

    /** Waits for a turn; false (and counted) when too many wait already or none came within the wait. */
    boolean enter() throws InterruptedException {
        if (permits.getQueueLength() < maxWaiting && permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
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
