package vn.kynangso.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** How long a throttle's bucket makes the next try wait: what sign-in and class PIN locks tell the user (both count tries in bucket4j buckets). */
public final class BucketWaits {

    private BucketWaits() {}

    /** Zero while the bucket (or no bucket yet) has a try left; else the time until the next one. */
    public static Duration waitOf(@Nullable Bucket bucket) {
        if (bucket == null) {
            return Duration.ZERO;
        }
        EstimationProbe next = bucket.estimateAbilityToConsume(1);
        return next.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(next.getNanosToWaitForRefill());
    }

    /** The longer of two waits. */
    public static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
