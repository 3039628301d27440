package vn.kynangso.certificates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Print jobs as the database knows them ({@code print_job}): which node runs each, so that a node
 * other than the one that started it can say where it is and whether it stopped. The job itself
 * (its progress, its ZIP) lives on its node only. Each statement is its own transaction.
 */
@Repository
class PrintJobRecords {

    /** What became of a job, as far as the database knows. */
    enum State {
        RUNNING,
        DONE,
        FAILED,
        STOPPED
    }

    /** One job's row. */
    record Row(
            String id,
            long accountId,
            long communeId,
            int total,
            String nodeId,
            Instant startedAt,
            @Nullable Instant finishedAt,
            State state) {}

    private static final String SELECT_ROWS =
            "SELECT id, account_id, commune_id, total, node_id, started_at, finished_at, state FROM print_job";

    private final JdbcClient jdbc;

    PrintJobRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void started(String id, long accountId, long communeId, int total, String nodeId, Instant at) {
        jdbc.sql("INSERT INTO print_job (id, account_id, commune_id, total, node_id, started_at, state)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, accountId, communeId, total, nodeId, Timestamp.from(at), State.RUNNING.name())
                .update();
    }

    /** A running job ended (done, failed, or stopped with its node). */
    void ended(String id, State state, Instant at) {
        jdbc.sql("UPDATE print_job SET state = ?, finished_at = ? WHERE id = ? AND state = ?")
                .params(state.name(), Timestamp.from(at), id, State.RUNNING.name())
                .update();
    }

    /** The running jobs of these nodes (earlier starts of this one) stopped with them. */
    void stoppedWith(Collection<String> nodeIds, Instant at) {
        for (String node : nodeIds) {
            jdbc.sql("UPDATE print_job SET state = ?, finished_at = ? WHERE node_id = ? AND state = ?")
                    .params(State.STOPPED.name(), Timestamp.from(at), node, State.RUNNING.name())
                    .update();
        }
    }

    void forget(String id) {
        jdbc.sql("DELETE FROM print_job WHERE id = ?").param(id).update();
    }

    /** Every job of this account's, newest first. */
    List<Row> of(long accountId) {
        return jdbc.sql(SELECT_ROWS + " WHERE account_id = ? ORDER BY started_at DESC, id")
                .param(accountId)
                .query(PrintJobRecords::row)
                .list();
    }

    /** The newest job of this account's. */
    Optional<Row> latestOf(long accountId) {
        return jdbc.sql(SELECT_ROWS + " WHERE account_id = ? ORDER BY started_at DESC, id LIMIT 1")
                .param(accountId)
                .query(PrintJobRecords::row)
                .optional();
    }

    /** Jobs that ended before this instant. */
    void forgetEndedBefore(Instant before) {
        jdbc.sql("DELETE FROM print_job WHERE finished_at IS NOT NULL AND finished_at <= ?")
                .param(Timestamp.from(before))
                .update();
    }

    /** Jobs still recorded as running that started before this instant. */
    List<Row> runningSince(Instant before) {
        return jdbc.sql(SELECT_ROWS + " WHERE state = ? AND started_at <= ?")
                .params(State.RUNNING.name(), Timestamp.from(before))
                .query(PrintJobRecords::row)
                .list();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Row(
                rs.getString("id"),
                rs.getLong("account_id"),
                rs.getLong("commune_id"),
                rs.getInt("total"),
                rs.getString("node_id"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                State.valueOf(rs.getString("state")));
    }
}
