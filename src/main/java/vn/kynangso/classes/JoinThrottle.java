package vn.kynangso.classes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many class codes one account may try ({@code kns.classes.code-tries-per-hour}, refilled
 * gradually), so codes cannot be guessed in bulk to read classes' names and schools. A student who
 * mistypes a few times never meets it. Counts live in this node's memory, like sign-in throttling.
 */
@Component
class JoinThrottle {

    private final Cache<Long, Bucket> byAccount = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2))
            .maximumSize(200_000)
            .build();
    private final int perHour;

    JoinThrottle(@Value("${kns.classes.code-tries-per-hour:20}") int perHour) {
        this.perHour = perHour;
    }

    /** Counts one try of a code by this account; false when it has used up its tries for now. */
    boolean tryCode(long accountId) {
        return byAccount
                .get(
                        accountId,
                        a -> Bucket.builder()
                                .addLimit(Bandwidth.builder()
                                        .capacity(perHour)
                                        .refillGreedy(perHour, Duration.ofHours(1))
                                        .build())
                                .build())
                .tryConsume(1);
    }

    /** Forgets every count (tests, or an operator after an incident). */
    void reset() {
        byAccount.invalidateAll();
    }
}
