package vn.kynangso.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's publishing lock ({@code catalog_publishing}'s one row, locked until the caller's
 * transaction ends): every node publishing content takes turns on it, so two starting at once do
 * not both write the same next revision. A row lock, not a named one: it holds across a
 * Galera cluster written through one node (docs/deploy.md) and is released by a crash.
 */
@Repository
class PublishingLock {

    /** How long a publication waits for another to finish (publishing the shipped content takes ~1 s). */
    static final int WAIT_SECONDS = 60;

    private final JdbcClient jdbc;

    PublishingLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lock, waiting for a publication running elsewhere; held until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    void hold() {
        jdbc.sql("SET STATEMENT innodb_lock_wait_timeout = " + WAIT_SECONDS
                        + " FOR SELECT id FROM catalog_publishing WHERE id = 1 FOR UPDATE")
                .query(Integer.class)
                .single();
    }
}
