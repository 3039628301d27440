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
 * first use. A link stands in for typing a phone number and password on a small screen. Only the
 * newest link of an account is valid: printing a new card voids the earlier ones, and so do a
 * password change and a disabled account. Each row records who issued it, for whom and when.
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

    /**
     * A new link token for the account, voiding its earlier ones; only the caller ever sees the
     * token itself.
     */
    String issue(long accountId, long createdBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        revokeAll(accountId);
        jdbc.sql("INSERT INTO login_link (token_hash, account_id, created_by, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(hash(token), accountId, createdBy, Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)))
                .update();
        return token;
    }

    /** Voids every unused link of the account (a new card, a password change, a disabled account). */
    void revokeAll(long accountId) {
        jdbc.sql("UPDATE login_link SET revoked_at = ? WHERE account_id = ? AND used_at IS NULL AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), accountId)
                .update();
    }

    /**
     * The account a token would sign in, without spending it: for the page that asks "sign in as
     * …?" (a chat app's link preview opens links with a plain GET, and must not use them up).
     */
    @Transactional(readOnly = true)
    Optional<Long> peek(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT account_id FROM login_link WHERE token_hash = ? AND used_at IS NULL"
                        + " AND revoked_at IS NULL AND expires_at > ?")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional();
    }

    /** Spends a token: the account it signs in, if the token is known, unexpired, unused and not void. */
    @Transactional
    Optional<Long> redeem(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        String hash = hash(token);
        Timestamp now = Timestamp.from(clock.instant());
        int spent = jdbc.sql("UPDATE login_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"
                        + " AND revoked_at IS NULL AND expires_at > ?")
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

    private static boolean plausible(String token) {
        return token.length() >= 40 && token.length() <= 64;
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
