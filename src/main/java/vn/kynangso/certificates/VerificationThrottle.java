package vn.kynangso.certificates;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits certificate checks per network address (the public page needs no sign-in), so codes
 * cannot be tried in bulk: {@code kns.verify.per-minute} checks a minute, refilled gradually.
 * Counts live in this node's memory, like sign-in throttling.
 */
@Component
public class VerificationThrottle {

    private final Cache<String, Bucket> byAddress = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();
    private final int perMinute;

    VerificationThrottle(@Value("${kns.verify.per-minute:20}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts one check from this address; false when the address has used up its checks for now. */
    public boolean tryCheck(String address) {
        return byAddress
                .get(
                        address,
                        a -> Bucket.builder()
                                .addLimit(Bandwidth.builder()
                                        .capacity(perMinute)
                                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                                        .build())
                                .build())
                .tryConsume(1);
    }

    /** Forgets every count (tests, or an operator after an incident). */
    public void reset() {
        byAddress.invalidateAll();
    }
}
