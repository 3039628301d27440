package vn.kynangso.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
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
 * <p>Counts are kept in the database, shared by every app node (DD002, DD016).
 */
@Component
class LoginThrottle {

    static final String BY_ACCOUNT = "login-account";
    static final String BY_ADDRESS = "login-address";

    private final SharedBuckets buckets;
    private final BucketConfiguration accountLimit;
    private final BucketConfiguration addressLimit;
    private final AccountUserDetailsService accounts;

    LoginThrottle(
            AccountUserDetailsService accounts,
            SharedBuckets buckets,
            @Value("${kns.login.max-failures-per-account:5}") int accountLimit,
            @Value("${kns.login.max-failures-per-address:30}") int addressLimit,
            @Value("${kns.login.window:15m}") Duration window) {
        this.accounts = accounts;
        this.buckets = buckets;
        this.accountLimit = limit(accountLimit, window);
        this.addressLimit = limit(addressLimit, window);
    }

    /** How long the caller must wait before another attempt, or empty when they may try now. */
    Optional<Duration> blockedFor(String login, String address) {
        Duration wait = BucketWaits.longer(
                BucketWaits.waitOf(buckets.existing(BY_ACCOUNT, key(login), accountLimit)),
                BucketWaits.waitOf(buckets.existing(BY_ADDRESS, address, addressLimit)));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String login, String address) {
        buckets.bucket(BY_ACCOUNT, key(login), accountLimit).tryConsume(1);
        buckets.bucket(BY_ADDRESS, address, addressLimit).tryConsume(1);
    }

    void succeeded(String login) {
        buckets.forget(BY_ACCOUNT, key(login));
    }

    /** Forgets every count; for tests and for an operator after an incident. */
    void reset() {
        buckets.forgetAll(BY_ACCOUNT);
        buckets.forgetAll(BY_ADDRESS);
    }

    private static BucketConfiguration limit(int failures, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(failures)
                        .refillIntervally(failures, window)
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
