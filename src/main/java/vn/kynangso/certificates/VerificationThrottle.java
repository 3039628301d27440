package vn.kynangso.certificates;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.kynangso.security.SharedBuckets;

/**
 * Limits certificate checks per network address (the public page needs no sign-in), so codes
 * cannot be tried in bulk: {@code kns.verify.per-minute} checks a minute, refilled gradually.
 * Counts are kept in the database, shared by every app node (DD016).
 */
@Component
public class VerificationThrottle {

    static final String KIND = "verify-address";

    private final SharedBuckets buckets;
    private final BucketConfiguration limit;

    VerificationThrottle(SharedBuckets buckets, @Value("${kns.verify.per-minute:20}") int perMinute) {
        this.buckets = buckets;
        this.limit = SharedBuckets.gradually(perMinute, Duration.ofMinutes(1));
    }

    /** Counts one check from this address; false when the address has used up its checks for now. */
    public boolean tryCheck(String address) {
        return buckets.bucket(KIND, address, limit).tryConsume(1);
    }

    /** Forgets every count (tests, or an operator after an incident). */
    public void reset() {
        buckets.forgetAll(KIND);
    }
}
