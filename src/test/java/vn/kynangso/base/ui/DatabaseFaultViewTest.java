package vn.kynangso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import vn.kynangso.KaribuTest;

/**
 * Every way a database fault reaches a screen being opened has the database fault page, not
 * Vaadin's internal error page: also the driver's move to another Galera node in the middle of a
 * transaction, which a run of bench/cluster/run-all.sh found showing the internal error page.
 */
class DatabaseFaultViewTest extends KaribuTest {

    @Test
    void every_database_fault_opening_a_screen_has_the_fault_page() {
        ApplicationRouteRegistry routes =
                ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        List<Exception> faults = List.of(
                new CannotCreateTransactionException(
                        "no connection", new SQLNonTransientConnectionException("refused", "08000")),
                new DataAccessResourceFailureException("link failure", new SQLException("reset", "08S01")),
                new TransientDataAccessResourceException(
                        "could not execute statement",
                        new SQLTransientConnectionException(
                                "Driver has reconnect connection after a communications link failure", "25S03")),
                new CannotAcquireLockException("lock wait"),
                new QueryTimeoutException("statement timeout"),
                new TransactionTimedOutException("transaction timeout"));
        for (Exception fault : faults) {
            assertThat(routes.getErrorNavigationTarget(fault))
                    .as(fault.getClass().getSimpleName())
                    .hasValueSatisfying(target ->
                            assertThat(DatabaseFaultView.class).isAssignableFrom(target.getNavigationTarget()));
        }
    }
}
