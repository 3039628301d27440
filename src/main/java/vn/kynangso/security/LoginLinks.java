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
 *
 * <p>The account row names its one link that may still be valid ({@code account.login_link_hash}),
 * and every change to that is made holding the account row's lock ({@code SELECT ... FOR UPDATE}
 * on its primary key: that one row, no gap). Two people printing the same person's card at once
 * therefore take turns: the second waits for the first to commit, then reads the first one's link
 * (a locking read sees the newest committed value, whatever the transaction's snapshot) and voids
 * it by its key. No statement here searches {@code login_link} by account: under REPEATABLE READ
 * such a search locks the index gap where other accounts' new links go, and cards printed at the
 * same moment for different people each waited to insert into the other's gap and deadlocked. Now
 * a printing locks only its own accounts' rows and their links' rows, and its insert waits only
 * for a gap lock, which no printing holds (a sign-in with an unknown token holds one on the key
 * until it ends, and waits for nothing). Two printings wait for each other only over the same
 * account, so even a whole class's sheet in one transaction cannot deadlock with another, unless
 * both hold the same people and lock them in opposite orders.
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
        String hash = hash(token);
        Instant now = clock.instant();
        voidCurrent(accountId, now);
        jdbc.sql("INSERT INTO login_link (token_hash, account_id, created_by, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(hash, accountId, createdBy, Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)))
                .update();
        jdbc.sql("UPDATE account SET login_link_hash = ? WHERE id = ?")
                .params(hash, accountId)
                .update();
        return token;
    }

    /** Voids every unused link of the account (a new card, a password change, a disabled account). */
    void revokeAll(long accountId) {
        if (voidCurrent(accountId, clock.instant())) {
            jdbc.sql("UPDATE account SET login_link_hash = NULL WHERE id = ?")
                    .param(accountId)
                    .update();
        }
    }

    /**
     * Locks the account row (until the transaction ends) and voids the link it names, if any: by the
     * link's key, so only that row is locked. Whether the account named one.
     */
    private boolean voidCurrent(long accountId, Instant now) {
        Optional<String> current = jdbc.sql("SELECT login_link_hash FROM account WHERE id = ? FOR UPDATE")
                .param(accountId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .single();
        current.ifPresent(hash -> jdbc.sql("UPDATE login_link SET revoked_at = ? WHERE token_hash = ?"
                        + " AND used_at IS NULL AND revoked_at IS NULL")
                .params(Timestamp.from(now), hash)
                .update());
        return current.isPresent();
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
