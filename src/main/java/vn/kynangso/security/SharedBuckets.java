package vn.kynangso.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The throttles' token buckets, kept in the database ({@code throttle_bucket}) so that every app
 * node counts against the same limits: with two nodes behind a balancer, a password guesser gets
 * the limit once, not once per node (DD016).
 *
 * <p>Bucket4j does the counting; this gives it MariaDB as a store through its select-for-update
 * support: each change to a bucket locks the bucket's row, reads Bucket4j's state, and writes the
 * new state back in one short transaction on a connection of its own, so a count is kept even when
 * the caller's own transaction rolls back. Row locks replicate on Galera (named locks would not).
 *
 * <p>A bucket is named by its throttle ({@code kind}, e.g. {@code login-account}) and a SHA-256 of
 * what it counts, so no login, phone number or network address is stored. Time is the app's clock.
 * A row is deleted ten seconds after its bucket has refilled, which is the same as a fresh bucket.
 */
@Component
public class SharedBuckets {

    /** What a throttle may call itself in a bucket's id. */
    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,29}");

    /** How long a row whose bucket was never written (a look-up of an unknown bucket) is kept. */
    private static final Duration EMPTY_ROW = Duration.ofMinutes(10);

    private static final int SWEEP_BATCH = 1_000;

    private final DataSource dataSource;
    private final Clock clock;
    private final Store store;

    /** One per app node (Spring makes it); every node on the same database shares the counts. */
    public SharedBuckets(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.store = new Store(dataSource, clock);
    }

    /** The bucket {@code kind} keeps for {@code key}, made with {@code configuration} on first use. */
    public Bucket bucket(String kind, String key, BucketConfiguration configuration) {
        return store.builder().build(id(kind, key), () -> configuration);
    }

    /**
     * The bucket {@code kind} keeps for {@code key} when something has been counted in it, else
     * null; asking does not make one.
     */
    public @Nullable Bucket existing(String kind, String key, BucketConfiguration configuration) {
        String id = id(kind, key);
        boolean counted = onItsOwn(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT 1 FROM throttle_bucket WHERE id = ? AND state IS NOT NULL")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
        return counted ? store.builder().build(id, () -> configuration) : null;
    }

    /** Forgets {@code kind}'s count for {@code key}: its next use starts a fresh bucket. */
    public void forget(String kind, String key) {
        store.removeProxy(id(kind, key));
    }

    /** Forgets every count of one throttle (tests, or an operator after an incident). */
    public void forgetAll(String kind) {
        String prefix = checked(kind) + ":%";
        onItsOwn(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM throttle_bucket WHERE id LIKE ?")) {
                delete.setString(1, prefix);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Deletes the rows of buckets that have refilled (and of look-ups that made none), a thousand
     * at a time; returns how many. Every ten minutes ({@code kns.throttle.sweep-cron}; {@code -}
     * turns it off). Two nodes sweeping at once delete the same rows: harmless.
     */
    @Scheduled(cron = "${kns.throttle.sweep-cron:0 */10 * * * *}")
    public int sweep() {
        long now = clock.millis();
        return onItsOwn(connection -> {
            int total = 0;
            int deleted;
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM throttle_bucket WHERE expires_at < ? LIMIT " + SWEEP_BATCH)) {
                delete.setLong(1, now);
                do {
                    deleted = delete.executeUpdate();
                    total += deleted;
                } while (deleted == SWEEP_BATCH);
            }
            return total;
        });
    }

    /** What one statement needs: a connection. */
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /**
     * Runs on a connection of its own, each statement committed at once: never inside the caller's
     * transaction, whose rollback must not undo a count and whose snapshot must not hide one.
     */
    private <T> T onItsOwn(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("the throttles' table could not be read or written", e);
        }
    }

    /** The row id: the throttle's name and the key's SHA-256 (URL-safe Base64, 43 characters). */
    static String id(String kind, String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return checked(kind) + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String checked(String kind) {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a throttle's name is lower-case letters and dashes: " + kind);
        }
        return kind;
    }

    /** The app's clock as Bucket4j's time. */
    static TimeMeter timeOf(Clock clock) {
        return new TimeMeter() {
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

    /** Bucket4j's proxy manager on {@code throttle_bucket}: one transaction per change to a bucket. */
    private static final class Store extends AbstractSelectForUpdateBasedProxyManager<String> {

        private final DataSource dataSource;
        private final Clock clock;

        Store(DataSource dataSource, Clock clock) {
            super(ClientSideConfig.getDefault()
                    .withClientClock(timeOf(clock))
                    .withExpirationAfterWriteStrategy(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10))));
            this.dataSource = dataSource;
            this.clock = clock;
        }

        @Override
        protected SelectForUpdateBasedTransaction allocateTransaction(String id, Optional<Long> timeout) {
            try {
                return new Row(id, dataSource.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("no connection for a throttle", e);
            }
        }

        /** Rows carry their expiry ({@code expires_at}), which {@link SharedBuckets#sweep} acts on. */
        @Override
        public boolean isExpireAfterWriteSupported() {
            return true;
        }

        @Override
        public void removeProxy(String id) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete =
                            connection.prepareStatement("DELETE FROM throttle_bucket WHERE id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A bucket's row, locked from {@link #tryLockAndGet} until commit or rollback. */
        private final class Row implements SelectForUpdateBasedTransaction {

            private final String id;
            private final Connection connection;

            Row(String id, Connection connection) {
                this.id = id;
                this.connection = connection;
            }

            @Override
            public void begin(Optional<Long> timeout) {
                try {
                    // no gap locks: two nodes making two new buckets never wait on each other
                    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    connection.setAutoCommit(false);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
                try (PreparedStatement select =
                        connection.prepareStatement("SELECT state FROM throttle_bucket WHERE id = ? FOR UPDATE")) {
                    applyTimeout(select, timeout);
                    select.setString(1, id);
                    try (ResultSet row = select.executeQuery()) {
                        return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public boolean tryInsertEmptyData(Optional<Long> timeout) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT IGNORE INTO throttle_bucket (id, state, expires_at) VALUES (?, NULL, ?)")) {
                    applyTimeout(insert, timeout);
                    insert.setString(1, id);
                    insert.setLong(2, clock.millis() + EMPTY_ROW.toMillis());
                    insert.executeUpdate();
                    // made here or by another node meanwhile: either way there is a row to lock now
                    return true;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void update(byte[] data, RemoteBucketState state, Optional<Long> timeout) {
                long now = currentTimeNanos();
                long expiresAt = clock.millis()
                        + getClientSideConfig()
                                .getExpirationAfterWriteStrategy()
                                .map(strategy -> strategy.calculateTimeToLiveMillis(state, now))
                                .orElse(EMPTY_ROW.toMillis());
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE throttle_bucket SET state = ?, expires_at = ? WHERE id = ?")) {
                    applyTimeout(update, timeout);
                    update.setBytes(1, data);
                    update.setLong(2, expiresAt);
                    update.setString(3, id);
                    update.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void commit(Optional<Long> timeout) {
                unchecked(connection::commit);
            }

            @Override
            public void rollback() {
                unchecked(connection::rollback);
            }

            @Override
            public void release() {
                unchecked(connection::close);
            }
        }
    }

    /** A step on a connection, whose SQLException Bucket4j wants unchecked. */
    private interface Step {
        void run() throws SQLException;
    }

    private static void unchecked(Step step) {
        try {
            step.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A limit of {@code tries} per {@code period}, given back gradually (one try every period /
     * tries): what certificate checks, class codes and phone look-ups use.
     */
    public static BucketConfiguration gradually(int tries, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(tries)
                        .refillGreedy(tries, period)
                        .build())
                .build();
    }
}
