package vn.kynangso.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFaultTest {

    @Test
    void a_connection_that_cannot_be_made_is_unavailable() {
        var chain = new CannotCreateTransactionException(
                "Could not open JPA EntityManager",
                new SQLTransientConnectionException(
                        "Connection is not available", new SQLNonTransientConnectionException("refused", "08000")));
        assertThat(DatabaseFault.of(chain)).contains(DatabaseFault.UNAVAILABLE);
        assertThat(DatabaseFault.of(new SQLException("Connection reset", "08S01")))
                .contains(DatabaseFault.UNAVAILABLE);
    }

    @Test
    void a_connection_moved_to_another_galera_node_mid_transaction_is_unavailable() {
        var moved = new TransientDataAccessResourceException(
                "could not execute statement",
                new SQLTransientConnectionException(
                        "(conn=12) Driver has reconnect connection after a communications link failure with"
                                + " address=(host=127.0.0.1)(port=3311)(type=primary)",
                        "25S03"));
        assertThat(DatabaseFault.of(moved)).contains(DatabaseFault.UNAVAILABLE);
    }

    @Test
    void a_lock_wait_or_an_empty_pool_is_busy() {
        var lock = new CannotAcquireLockException(
                "PreparedStatementCallback",
                new SQLTransientException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));
        assertThat(DatabaseFault.of(lock)).contains(DatabaseFault.BUSY);
        assertThat(DatabaseFault.of(new SQLTransientConnectionException("Connection is not available")))
                .contains(DatabaseFault.BUSY);
    }

    @Test
    void other_failures_are_not_the_databases() {
        assertThat(DatabaseFault.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseFault.of(new DataIntegrityViolationException("duplicate")))
                .isEmpty();
        assertThat(DatabaseFault.of(new OptimisticLockingFailureException("edited elsewhere")))
                .isEmpty();
        assertThat(DatabaseFault.of(null)).isEmpty();
    }
}
