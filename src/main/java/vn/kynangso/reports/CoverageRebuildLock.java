package vn.kynangso.reports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage summaries' rebuild lock ({@code coverage_rebuilding}'s one row, locked until the
 * caller's transaction ends): two servers starting at once on a database without summaries take
 * turns rebuilding them instead of both rewriting every hamlet's row (and deadlocking on them). A
 * row lock, not a named one: it holds across a Galera cluster written through one node
 * (docs/deploy.md) and is released by a crash.
 */
@Repository
class CoverageRebuildLock {

    /** How long a rebuild waits for another to finish (a province's summaries take seconds). */
    static final int WAIT_SECONDS = 120;

    private final JdbcClient jdbc;

    CoverageRebuildLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lock, waiting for a rebuild running elsewhere; held until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    void hold() {
        jdbc.sql("SET STATEMENT innodb_lock_wait_timeout = " + WAIT_SECONDS
                        + " FOR SELECT id FROM coverage_rebuilding WHERE id = 1 FOR UPDATE")
                .query(Integer.class)
                .single();
    }
}
