package vn.kynangso.base.database;

import jakarta.persistence.LockTimeoutException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.PessimisticLockException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Why a request failed when the fault was the database's, not the request's: it could not be
 * reached ({@link #UNAVAILABLE}), or it was there but did not answer in time ({@link #BUSY}: a row
 * locked by someone else past {@code innodb_lock_wait_timeout}, a statement timeout, or no free
 * connection in the pool). The one home of that rule, for the app's screens and its plain pages
 * alike (DD012). Either way the transaction was rolled back, so nothing was half-written.
 */
public enum DatabaseFault {
    /** The connection is gone or cannot be made: the database is down or unreachable. */
    UNAVAILABLE("error.database.unavailable"),
    /** The database is reachable but busy: a lock or the pool kept the request waiting too long. */
    BUSY("error.database.busy");

    /** MariaDB's "lock wait timeout exceeded", "deadlock found" and "statement took too long". */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private static final int DEADLOCK = 1213;

    /**
     * MariaDB Connector/J's "Driver has reconnect connection after a communications link failure":
     * with a multi-host URL (a Galera cluster) the connection moved to another node and the
     * transaction it was in was rolled back.
     */
    private static final String RECONNECTED = "25S03";

    private static final int STATEMENT_TIMEOUT = 1969;

    private final String translationKey;

    DatabaseFault(String translationKey) {
        this.translationKey = translationKey;
    }

    /**
     * Logs one warning line for a request this fault stopped, with the deepest cause's message and
     * no stack trace: the cause is known, and an outage may bring hundreds at once.
     */
    public void log(Class<?> where, Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        LoggerFactory.getLogger(where)
                .warn(
                        "request failed, database {}: {}: {}",
                        this,
                        root.getClass().getSimpleName(),
                        root.getMessage());
    }

    /** The translation key of what the person is told. */
    public String translationKey() {
        return translationKey;
    }

    /**
     * The database fault behind this exception, looking through its causes; empty when the fault
     * lies elsewhere (a bug, a rule broken, a conflict between two people's edits).
     */
    public static Optional<DatabaseFault> of(@Nullable Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        @Nullable DatabaseFault found = null;
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            DatabaseFault here = classify(t);
            if (here == UNAVAILABLE) {
                return Optional.of(UNAVAILABLE); // a lost connection explains any timeout above it
            }
            if (here != null) {
                found = here;
            }
        }
        return Optional.ofNullable(found);
    }

    private static @Nullable DatabaseFault classify(Throwable t) {
        if (t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException
                || t instanceof JDBCConnectionException
                || t instanceof SocketException) {
            return UNAVAILABLE;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.startsWith("08")) {
                return UNAVAILABLE; // SQL's class of connection errors
            }
            if (RECONNECTED.equals(state)) {
                return UNAVAILABLE; // the node went away mid-transaction; the driver moved to another
            }
            int code = sql.getErrorCode();
            if (code == LOCK_WAIT_TIMEOUT || code == DEADLOCK || code == STATEMENT_TIMEOUT) {
                return BUSY;
            }
            if (t instanceof SQLTransientConnectionException) {
                // the pool's "connection is not available": its cause says whether the server is gone
                return BUSY;
            }
            if (t instanceof SQLTimeoutException) {
                return BUSY;
            }
        }
        if (t instanceof QueryTimeoutException
                || t instanceof PessimisticLockingFailureException
                || t instanceof TransactionTimedOutException
                || t instanceof jakarta.persistence.QueryTimeoutException
                || t instanceof LockTimeoutException
                || t instanceof LockAcquisitionException
                || t instanceof PessimisticLockException) {
            return BUSY;
        }
        return null;
    }
}
