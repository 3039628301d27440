package vn.kynangso.classes;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.kynangso.security.BucketWaits;
import vn.kynangso.security.SharedBuckets;

/**
 * Wrong class PINs: a tile takes {@code kns.classes.pin-tries} wrong PINs ({@code 5}), then none for
 * {@code kns.classes.pin-lock} ({@code 10m}) from the last one; a class-mode computer takes {@code
 * kns.classes.device-pin-tries} ({@code 30}) wrong PINs across all its tiles per lock period, so
 * nobody goes through the class guessing. A right PIN clears its tile's count. Time is the app's
 * clock; counts are kept in the database, shared by every app node (DD002, DD016).
 */
@Component
class PinThrottle {

    static final String BY_TILE = "class-pin-tile";
    static final String BY_DEVICE = "class-pin-device";

    private final SharedBuckets buckets;
    private final int tileTries;
    private final int deviceTries;
    private final Duration lock;

    PinThrottle(
            SharedBuckets buckets,
            @Value("${kns.classes.pin-tries:5}") int tileTries,
            @Value("${kns.classes.device-pin-tries:30}") int deviceTries,
            @Value("${kns.classes.pin-lock:10m}") Duration lock) {
        this.buckets = buckets;
        this.tileTries = tileTries;
        this.deviceTries = deviceTries;
        this.lock = lock;
    }

    /** How long this tile (or the whole computer) takes no PIN; empty when a PIN may be tried. */
    Optional<Duration> lockedFor(long classId, long personId, long deviceId) {
        Duration wait = BucketWaits.longer(
                BucketWaits.waitOf(buckets.existing(BY_TILE, tile(classId, personId), limit(tileTries, tileTries))),
                BucketWaits.waitOf(buckets.existing(BY_DEVICE, device(deviceId), limit(deviceTries, deviceTries))));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a wrong PIN; the tries the tile has left (0: it is locked now). */
    int wrong(long classId, long personId, long deviceId) {
        consume(BY_DEVICE, device(deviceId), deviceTries);
        return (int) consume(BY_TILE, tile(classId, personId), tileTries);
    }

    /** A right PIN: the tile's wrong tries are forgotten. */
    void right(long classId, long personId) {
        buckets.forget(BY_TILE, tile(classId, personId));
    }

    /** Forgets every count (tests, or an operator after an incident). */
    void reset() {
        buckets.forgetAll(BY_TILE);
        buckets.forgetAll(BY_DEVICE);
    }

    private long consume(String kind, String key, int tries) {
        long left = buckets.bucket(kind, key, limit(tries, tries))
                .tryConsumeAndReturnRemaining(1)
                .getRemainingTokens();
        if (left <= 0) {
            // locked for the whole period from this wrong try on, not from the first one
            buckets.forget(kind, key);
            buckets.bucket(kind, key, limit(tries, 0)).getAvailableTokens();
        }
        return Math.max(0, left);
    }

    private BucketConfiguration limit(int tries, long initial) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(tries)
                        .refillIntervally(tries, lock)
                        .initialTokens(initial)
                        .build())
                .build();
    }

    private static String tile(long classId, long personId) {
        return classId + ":" + personId;
    }

    private static String device(long deviceId) {
        return Long.toString(deviceId);
    }
}
