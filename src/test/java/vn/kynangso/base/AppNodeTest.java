package vn.kynangso.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.base.AppNode.Liveness;

/** Each app node knows itself and, from their heartbeat rows, whether the others are still there. */
class AppNodeTest extends KaribuTest {

    @Autowired
    AppNode node;

    @Autowired
    JdbcTemplate jdbc;

    private String other(String name, Instant startedAt, Instant seenAt) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO app_node (id, name, started_at, seen_at) VALUES (?, ?, ?, ?)",
                id,
                name,
                Timestamp.from(startedAt),
                Timestamp.from(seenAt));
        return id;
    }

    private static String newName() {
        return "node-" + UUID.randomUUID().toString().substring(0, 8) + ":8080";
    }

    @Test
    void this_node_has_its_row_and_is_here_whatever_the_time() {
        assertThat(jdbc.queryForObject("SELECT name FROM app_node WHERE id = ?", String.class, node.id()))
                .isEqualTo(node.name());
        clock.advance(Duration.ofHours(3));
        assertThat(node.of(node.id())).isEqualTo(Liveness.HERE);
    }

    @Test
    void another_node_is_alive_until_three_beats_are_missed() {
        Instant now = clock.instant();
        String fresh = other(newName(), now.minus(Duration.ofHours(1)), now.minus(AppNode.HEARTBEAT));
        String stale = other(
                newName(),
                now.minus(Duration.ofHours(1)),
                now.minus(AppNode.GONE_AFTER).minusSeconds(1));
        assertThat(node.of(fresh)).isEqualTo(Liveness.ALIVE);
        assertThat(node.of(stale)).isEqualTo(Liveness.GONE);
        assertThat(node.of(UUID.randomUUID().toString()))
                .as("no row: stopped cleanly, or forgotten")
                .isEqualTo(Liveness.GONE);
    }

    @Test
    void a_node_started_again_under_its_name_replaces_its_earlier_start() {
        Instant now = clock.instant();
        String name = newName();
        String earlier = other(name, now.minus(Duration.ofHours(1)), now);
        String again = other(name, now.minus(Duration.ofMinutes(1)), now);
        assertThat(node.of(earlier)).isEqualTo(Liveness.GONE);
        assertThat(node.of(again)).isEqualTo(Liveness.ALIVE);

        String mine = other(node.name(), now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(3)));
        assertThat(node.earlierStarts()).contains(mine).doesNotContain(node.id(), earlier);
    }

    @Test
    void the_heartbeat_refreshes_this_node_and_forgets_nodes_gone_a_day() {
        Instant now = clock.instant();
        String longGone = other(newName(), now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)));
        clock.advance(Duration.ofMinutes(10));

        node.beat();

        assertThat(jdbc.queryForObject("SELECT seen_at FROM app_node WHERE id = ?", Timestamp.class, node.id())
                        .toInstant())
                .isAfter(now.plus(Duration.ofMinutes(9)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_node WHERE id = ?", Integer.class, longGone))
                .isZero();
    }
}
