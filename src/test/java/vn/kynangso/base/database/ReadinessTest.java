package vn.kynangso.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import vn.kynangso.KaribuTest;

/** Readiness follows the database: DOWN while it is gone, UP again when it is back, no restart. */
class ReadinessTest extends KaribuTest {

    @Autowired
    HealthEndpointGroups groups;

    @Autowired
    DataSource dataSource;

    @Test
    void readiness_includes_the_database_and_liveness_does_not() {
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).isFalse();
    }

    @Test
    void the_database_check_goes_down_and_up_with_the_database() {
        AtomicBoolean gone = new AtomicBoolean();
        DataSourceHealthIndicator check = new DataSourceHealthIndicator(new Switchable(dataSource, gone));
        assertThat(check.health().getStatus()).isEqualTo(Status.UP);
        gone.set(true);
        assertThat(check.health().getStatus()).isEqualTo(Status.DOWN);
        gone.set(false);
        assertThat(check.health().getStatus()).isEqualTo(Status.UP);
    }

    /** The app's pool, or a database that refuses every connection. */
    private record Switchable(DataSource real, AtomicBoolean gone) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            if (gone.get()) {
                throw new SQLNonTransientConnectionException("Socket fail to connect", "08000");
            }
            return real.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return real.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            real.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            real.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return real.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return real.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return real.isWrapperFor(type);
        }
    }
}
