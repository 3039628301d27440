package vn.kynangso.classes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.kynangso.security.BucketWaits;

/**
 * Wrong class PINs: a tile takes {@code kns.classes.pin-tries} wrong PINs ({@code 5}), then none for
 * {@code kns.classes.pin-lock} ({@code 10m}) from the last one; a class-mode computer takes {@code
 * kns.classes.device-pin-tries} ({@code 30}) wrong PINs across all its tiles per lock period, so
 * nobody goes through the class guessing. A right PIN clears its tile's count. Time is the app's
 * clock; counts live in this node's memory, like sign-in throttling (DD002).
 */
@Component
class PinThrottle {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2))
            .maximumSize(200_000)
            .build();
    private final int tileTries;
    private final int deviceTries;
    private final Duration lock;
    private final TimeMeter time;

    PinThrottle(
            Clock clock,
            @Value("${kns.classes.pin-tries:5}") int tileTries,
            @Value("${kns.classes.device-pin-tries:30}") int deviceTries,
            @Value("${kns.classes.pin-lock:10m}") Duration lock) {
        this.tileTries = tileTries;
        this.deviceTries = deviceTries;
        this.lock = lock;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** How long this tile (or the whole computer) takes no PIN; empty when a PIN may be tried. */
    Optional<Duration> lockedFor(long classId, long personId, long deviceId) {
        Duration wait = BucketWaits.longer(
                BucketWaits.waitOf(buckets.getIfPresent(tile(classId, personId))),
                BucketWaits.waitOf(buckets.getIfPresent(device(deviceId))));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a wrong PIN; the tries the tile has left (0: it is locked now). */
    int wrong(long classId, long personId, long deviceId) {
        consume(device(deviceId), deviceTries);
        return (int) consume(tile(classId, personId), tileTries);
    }

    /** A right PIN: the tile's wrong tries are forgotten. */
    void right(long classId, long personId) {
        buckets.invalidate(tile(classId, personId));
    }

    /** Forgets every count (tests, or an operator after an incident). */
    void reset() {
        buckets.invalidateAll();
    }

    private long consume(String key, int tries) {
        Bucket bucket = buckets.get(key, k -> bucket(tries, tries));
        bucket.tryConsume(1);
        long left = bucket.getAvailableTokens();
        if (left <= 0) {
            // locked for the whole period from this wrong try on, not from the first one
            buckets.put(key, bucket(tries, 0));
        }
        return Math.max(0, left);
    }

    private Bucket bucket(int tries, long initial) {
        return Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder()
                        .capacity(tries)
                        .refillIntervally(tries, lock)
                        .initialTokens(initial)
                        .build())
                .build();
    }

    private static String tile(long classId, long personId) {
        return "tile:" + classId + ":" + personId;
    }

    private static String device(long deviceId) {
        return "device:" + deviceId;
    }
}
