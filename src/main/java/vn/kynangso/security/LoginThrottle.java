package vn.kynangso.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed sign-ins for one account, or from one
 * network address, further attempts are refused for a while. Only failures count, so a person who
 * signs in correctly is never held back by others' successes.
 *
 * <p>Failures are counted per account, not per text typed: a username matches with or without
 * accents ("quàntritinh" is "quantritinh") and a phone in any form, so every spelling of one
 * account shares its count. Logins that match no account are counted by what was typed.
 *
 * <p>Counts live in this node's memory (see docs/decisions/DD002-login-throttling.md).
 */
@Component
class LoginThrottle {

    private final Cache<String, Bucket> byAccount;
    private final Cache<String, Bucket> byAddress;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final AccountUserDetailsService accounts;

    LoginThrottle(
            AccountUserDetailsService accounts,
            @Value("${kns.login.max-failures-per-account:5}") int accountLimit,
            @Value("${kns.login.max-failures-per-address:30}") int addressLimit,
            @Value("${kns.login.window:15m}") Duration window) {
        this.accounts = accounts;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.byAccount = Caffeine.newBuilder()
                .expireAfterAccess(window.multipliedBy(2))
                .maximumSize(200_000)
                .build();
        this.byAddress = Caffeine.newBuilder()
                .expireAfterAccess(window.multipliedBy(2))
                .maximumSize(200_000)
                .build();
    }

    /** How long the caller must wait before another attempt, or empty when they may try now. */
    Optional<Duration> blockedFor(String login, String address) {
        Duration wait = BucketWaits.longer(
                BucketWaits.waitOf(byAccount.getIfPresent(key(login))),
                BucketWaits.waitOf(byAddress.getIfPresent(address)));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String login, String address) {
        byAccount.get(key(login), k -> bucket(accountLimit)).tryConsume(1);
        byAddress.get(address, k -> bucket(addressLimit)).tryConsume(1);
    }

    void succeeded(String login) {
        byAccount.invalidate(key(login));
    }

    /** Forgets every count; for tests and for an operator after an incident. */
    void reset() {
        byAccount.invalidateAll();
        byAddress.invalidateAll();
    }

    private Bucket bucket(int limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit)
                        .refillIntervally(limit, window)
                        .build())
                .build();
    }

    /** The account the login names (the one sign-in would try), or the text typed when none. */
    private String key(String login) {
        String typed = login.strip();
        return accounts.find(typed)
                .map(account -> "account:" + account.getId())
                .orElseGet(() -> "typed:" + PhoneNumbers.normalize(typed).orElse(typed.toLowerCase(Locale.ROOT)));
    }
}
