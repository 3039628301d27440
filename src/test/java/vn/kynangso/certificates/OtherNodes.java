package vn.kynangso.certificates;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Other app nodes and their print jobs, as the database would hold them when several nodes share
 * it: a node's heartbeat row, and a job of an admin's recorded on it.
 */
public final class OtherNodes {

    private final JdbcTemplate jdbc;

    public OtherNodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A name no other node has. */
    public static String newName() {
        return "node-" + UUID.randomUUID().toString().substring(0, 8) + ":8080";
    }

    /** Another node, started at {@code startedAt}, whose row was last refreshed at {@code seenAt}; its id. */
    public String node(String name, Instant startedAt, Instant seenAt) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO app_node (id, name, started_at, seen_at) VALUES (?, ?, ?, ?)",
                id,
                name,
                Timestamp.from(startedAt),
                Timestamp.from(seenAt));
        return id;
    }

    /** A print job of this account's on that node, in this state (RUNNING, DONE, …); its id. */
    public String job(long accountId, long communeId, String nodeId, Instant startedAt, String state) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO print_job (id, account_id, commune_id, total, node_id, started_at, finished_at, state)"
                        + " VALUES (?, ?, ?, 12, ?, ?, ?, ?)",
                id,
                accountId,
                communeId,
                nodeId,
                Timestamp.from(startedAt),
                state.equals("RUNNING") ? null : Timestamp.from(startedAt.plusSeconds(30)),
                state);
        return id;
    }

    /** This account's print jobs forgotten, on every node (each test starts with none). */
    public void noJobsOf(long accountId) {
        jdbc.update("DELETE FROM print_job WHERE account_id = ?", accountId);
    }

    public String stateOf(String jobId) {
        return jdbc.queryForList("SELECT state FROM print_job WHERE id = ?", String.class, jobId).stream()
                .findFirst()
                .orElse("(none)");
    }
}
