package vn.kynangso.classes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Class-mode credentials of classroom computers: 256 random bits, only their SHA-256 kept, valid
 * until the end of the day they were issued (in the app's zone) unless the teacher turns class mode
 * off first. A credential shows one class's tiles and lets its children sign in with their PINs;
 * it signs in nobody by itself.
 */
@Component
class ClassDevices {

    /** A valid credential: which computer, for which class. */
    record Device(long id, long classId, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ClassDevices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new credential for the class; only the caller ever sees the token itself. */
    String issue(long classId, long createdBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO class_device (class_id, token_hash, created_by, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(classId, hash(token), createdBy, Timestamp.from(now), Timestamp.from(endOfDay(now)))
                .update();
        return token;
    }

    /** The end of the day of {@code moment}, in the app's zone: class mode never lasts overnight. */
    Instant endOfDay(Instant moment) {
        return LocalDate.ofInstant(moment, clock.getZone())
                .plusDays(1)
                .atStartOfDay(clock.getZone())
                .toInstant();
    }

    /** The computer a token belongs to, while it is neither expired nor turned off. */
    Optional<Device> valid(String token) {
        if (token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, class_id, expires_at FROM class_device WHERE token_hash = ?"
                        + " AND revoked_at IS NULL AND expires_at > ?")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Device(
                        rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** Whether this computer is still in class mode (a child's session on it ends when it is not). */
    boolean open(long deviceId) {
        return jdbc.sql("SELECT COUNT(*) FROM class_device WHERE id = ? AND revoked_at IS NULL AND expires_at > ?")
                        .params(deviceId, Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** How many computers are in class mode for the class now. */
    int active(long classId) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM class_device WHERE class_id = ? AND revoked_at IS NULL AND expires_at > ?")
                .params(classId, Timestamp.from(clock.instant()))
                .query(Integer.class)
                .single();
    }

    /** Turns class mode off on every computer of the class. */
    int revokeAll(long classId) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("UPDATE class_device SET revoked_at = ? WHERE class_id = ? AND revoked_at IS NULL"
                        + " AND expires_at > ?")
                .params(now, classId, now)
                .update();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
