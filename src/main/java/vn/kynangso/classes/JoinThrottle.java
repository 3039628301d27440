package vn.kynangso.classes;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.kynangso.security.SharedBuckets;

/**
 * Limits how many class codes one account may try ({@code kns.classes.code-tries-per-hour}, refilled
 * gradually), so codes cannot be guessed in bulk to read classes' names and schools. A student who
 * mistypes a few times never meets it. Counts are kept in the database, shared by every app node
 * (DD016).
 */
@Component
class JoinThrottle {

    static final String KIND = "class-code";

    private final SharedBuckets buckets;
    private final BucketConfiguration limit;

    JoinThrottle(SharedBuckets buckets, @Value("${kns.classes.code-tries-per-hour:20}") int perHour) {
        this.buckets = buckets;
        this.limit = SharedBuckets.gradually(perHour, Duration.ofHours(1));
    }

    /** Counts one try of a code by this account; false when it has used up its tries for now. */
    boolean tryCode(long accountId) {
        return buckets.bucket(KIND, Long.toString(accountId), limit).tryConsume(1);
    }

    /** Forgets every count (tests, or an operator after an incident). */
    void reset() {
        buckets.forgetAll(KIND);
    }
}
