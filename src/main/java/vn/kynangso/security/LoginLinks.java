package vn.kynangso.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in links: 256 random bits, only their SHA-256 kept, valid for a few days, spent on
 * first use. A link stands in for typing a phone number and password on a small screen.
 */
@Component
class LoginLinks {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LoginLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link token for the account; only the caller ever sees the token itself. */
    String issue(long accountId, long createdBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO login_link (token_hash, account_id, created_by, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(hash(token), accountId, createdBy, Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)))
                .update();
        return token;
    }

    /** Spends a token: the account it signs in, if the token is known, unexpired and unused. */
    @Transactional
    Optional<Long> redeem(String token) {
        if (token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        String hash = hash(token);
        Timestamp now = Timestamp.from(clock.instant());
        int spent = jdbc.sql(
                        "UPDATE login_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(now, hash, now)
                .update();
        if (spent != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT account_id FROM login_link WHERE token_hash = ?")
                .param(hash)
                .query(Long.class)
                .optional();
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
