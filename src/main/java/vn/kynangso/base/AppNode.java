package vn.kynangso.base;

import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This start of the app, as the other app nodes see it: a random id per process start, a readable
 * name ({@code kns.node-name}, by default the host name and server port) and a row in {@code
 * app_node} it refreshes every {@link #HEARTBEAT} through the app's clock. A node has gone away when
 * its row has not been refreshed for {@link #GONE_AFTER}, when a newer start of the same name has
 * written its own, or when its row is missing (a node that stopped cleanly deletes it). Work that
 * lives in one node's memory or on its disk (print ZIPs) records its node's id, so that any node can
 * tell whether that work is still there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AppNode implements ApplicationRunner {

    private static final long HEARTBEAT_MILLIS = 5_000;

    /** How often a node refreshes its row. */
    public static final Duration HEARTBEAT = Duration.ofMillis(HEARTBEAT_MILLIS);

    /** How long a row may go unrefreshed before its node counts as gone: three missed beats. */
    public static final Duration GONE_AFTER = HEARTBEAT.multipliedBy(3);

    /** Rows of nodes gone this long are deleted: nothing that needed them is kept longer. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    /** Where a node is, seen from this one. */
    public enum Liveness {
        /** This very start of the app. */
        HERE,
        /** Another node, still refreshing its row. */
        ALIVE,
        /** Stopped, killed or restarted since. */
        GONE
    }

    private static final Logger log = LoggerFactory.getLogger(AppNode.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String id = UUID.randomUUID().toString();
    private final String name;
    private final Instant startedAt;
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("app-node-heartbeat").daemon(true).factory());

    AppNode(
            JdbcClient jdbc,
            Clock clock,
            @Value("${kns.node-name:}") String name,
            @Value("${server.port:8080}") String port) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.name = name.isBlank() ? hostName() + ":" + port : name.strip();
        this.startedAt = clock.instant();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** This start's id: new every time the app starts. */
    public String id() {
        return id;
    }

    /** This node's readable name (the same across restarts). */
    public String name() {
        return name;
    }

    /**
     * At start, before other start-up work: the row exists from then on, refreshed on a thread of
     * its own (the scheduled jobs' one thread may be busy for minutes closing weeks, and the node
     * would look gone meanwhile).
     */
    @Override
    public void run(ApplicationArguments args) {
        beat();
        heart.scheduleAtFixedRate(this::beatOrWarn, HEARTBEAT_MILLIS, HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
        log.info("app node {} started as {}", name, id);
    }

    private void beatOrWarn() {
        try {
            beat();
        } catch (RuntimeException e) {
            // the database away for a moment: the next beat tries again (a thrown one would end them)
            log.warn("app node {} could not refresh its row: {}", id, e.getMessage());
        }
    }

    /** Refreshes this node's row (and forgets nodes gone long ago). */
    void beat() {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO app_node (id, name, started_at, seen_at) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE seen_at = VALUES(seen_at)")
                .params(id, name, Timestamp.from(startedAt), Timestamp.from(now))
                .update();
        jdbc.sql("DELETE FROM app_node WHERE seen_at < ? AND id <> ?")
                .params(Timestamp.from(now.minus(FORGET_AFTER)), id)
                .update();
    }

    /** Whether the node of this id is this one, another still running, or gone. */
    public Liveness of(String nodeId) {
        if (nodeId.equals(id)) {
            return Liveness.HERE;
        }
        record Start(String id, Instant startedAt, Instant seenAt) {}
        // the node's row and every other start of the same name
        List<Start> starts = jdbc.sql("SELECT id, started_at, seen_at FROM app_node"
                        + " WHERE name = (SELECT name FROM app_node WHERE id = ?)")
                .param(nodeId)
                .query((rs, i) -> new Start(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant()))
                .list();
        Start own =
                starts.stream().filter(s -> s.id().equals(nodeId)).findFirst().orElse(null);
        if (own == null
                || starts.stream().anyMatch(s -> s.startedAt().isAfter(own.startedAt()))
                || own.seenAt().isBefore(clock.instant().minus(GONE_AFTER))) {
            return Liveness.GONE;
        }
        return Liveness.ALIVE;
    }

    /** The ids of this node's earlier starts (same name) still on record: all of them gone. */
    public List<String> earlierStarts() {
        return jdbc.sql("SELECT id FROM app_node WHERE name = ? AND id <> ? AND started_at <= ?")
                .params(name, id, Timestamp.from(startedAt))
                .query(String.class)
                .list();
    }

    /** A node that stops cleanly is gone at once: its row goes with it. */
    @PreDestroy
    void stopped() {
        heart.shutdownNow();
        try {
            jdbc.sql("DELETE FROM app_node WHERE id = ?").param(id).update();
        } catch (DataAccessException e) {
            log.warn("app node {} could not remove its row: {}", id, e.getMessage());
        }
    }
}
