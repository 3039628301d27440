package vn.kynangso.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.KaribuTest;

/**
 * The throttles' buckets in the database: two app nodes (two {@link SharedBuckets} on one database)
 * count against the same limit, also when they count at the same moment; keys are stored hashed;
 * time is the app's clock; refilled buckets are swept.
 */
class SharedBucketsTest extends KaribuTest {

    private static final String KIND = "test-bucket";

    @Autowired
    SharedBuckets nodeA;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private SharedBuckets nodeB;

    @BeforeEach
    void aSecondNode() {
        nodeB = new SharedBuckets(dataSource, clock);
        nodeA.forgetAll(KIND);
    }

    @AfterEach
    void forget() {
        nodeA.forgetAll(KIND);
    }

    private static BucketConfiguration perHour(int tries) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(tries)
                        .refillIntervally(tries, Duration.ofHours(1))
                        .build())
                .build();
    }

    @Test
    void two_nodes_count_against_one_limit() {
        BucketConfiguration five = perHour(5);
        for (int i = 0; i < 3; i++) {
            assertThat(nodeA.bucket(KIND, "203.0.113.7", five).tryConsume(1)).isTrue();
        }
        assertThat(nodeB.bucket(KIND, "203.0.113.7", five).tryConsume(1)).isTrue();
        assertThat(nodeB.bucket(KIND, "203.0.113.7", five).tryConsume(1)).isTrue();
        assertThat(nodeA.bucket(KIND, "203.0.113.7", five).tryConsume(1))
                .as("the sixth try, on either node")
                .isFalse();
        assertThat(nodeB.bucket(KIND, "203.0.113.7", five).tryConsume(1)).isFalse();
        assertThat(nodeA.bucket(KIND, "198.51.100.1", five).tryConsume(1))
                .as("another key has its own bucket")
                .isTrue();

        nodeB.forget(KIND, "203.0.113.7");
        assertThat(nodeA.bucket(KIND, "203.0.113.7", five).tryConsume(1))
                .as("forgotten on one node, fresh on the other")
                .isTrue();
    }

    @Test
    void tries_at_the_same_moment_on_two_nodes_are_each_counted_once() throws Exception {
        BucketConfiguration fifty = perHour(50);
        int threads = 8;
        int perThread = 10;
        CyclicBarrier together = new CyclicBarrier(threads);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            SharedBuckets node = t % 2 == 0 ? nodeA : nodeB;
            work.add(() -> {
                together.await();
                int granted = 0;
                for (int i = 0; i < perThread; i++) {
                    granted += node.bucket(KIND, "one key", fifty).tryConsume(1) ? 1 : 0;
                }
                return granted;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int granted = 0;
        try {
            for (Future<Integer> done : pool.invokeAll(work)) {
                granted += done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(granted).as("80 tries against 50").isEqualTo(50);
    }

    @Test
    void a_count_stays_when_the_callers_transaction_rolls_back() {
        BucketConfiguration two = perHour(2);
        transactions.executeWithoutResult(status -> {
            nodeA.bucket(KIND, "rolled back", two).tryConsume(1);
            nodeA.bucket(KIND, "rolled back", two).tryConsume(1);
            status.setRollbackOnly();
        });
        assertThat(nodeB.bucket(KIND, "rolled back", two).tryConsume(1)).isFalse();
    }

    @Test
    void forgetting_inside_a_callers_transaction_neither_waits_nor_is_undone() {
        BucketConfiguration one = perHour(1);
        nodeA.bucket(KIND, "pin", one).tryConsume(1);
        transactions.executeWithoutResult(status -> {
            assertThat(nodeA.existing(KIND, "pin", one)).isNotNull();
            nodeA.forget(KIND, "pin");
            // made again at once, on another connection, as a PIN lock does: no wait on the caller
            assertThat(nodeA.bucket(KIND, "pin", one).tryConsume(1)).isTrue();
            status.setRollbackOnly();
        });
        assertThat(nodeB.bucket(KIND, "pin", one).tryConsume(1))
                .as("the count made in there stays")
                .isFalse();
    }

    @Test
    void asking_about_a_bucket_never_made_makes_none_and_no_key_is_stored_as_typed() {
        BucketConfiguration five = perHour(5);
        assertThat(nodeA.existing(KIND, "0912 345 678", five)).isNull();
        nodeA.bucket(KIND, "0912 345 678", five).tryConsume(1);
        assertThat(nodeB.existing(KIND, "0912 345 678", five)).isNotNull();
        assertThat(nodeB.existing(KIND, "0912 345 678", five).getAvailableTokens())
                .isEqualTo(4);

        List<String> ids =
                jdbc.queryForList("SELECT id FROM throttle_bucket WHERE id LIKE 'test-bucket:%'", String.class);
        assertThat(ids)
                .hasSize(1)
                .allSatisfy(id -> assertThat(id)
                        .doesNotContain("0912")
                        .isEqualTo(SharedBuckets.id(KIND, "0912 345 678"))
                        .hasSize(KIND.length() + 1 + 43));
    }

    @Test
    void buckets_refill_on_the_apps_clock_and_refilled_ones_are_swept() {
        BucketConfiguration one = perHour(1);
        assertThat(nodeA.bucket(KIND, "slow", one).tryConsume(1)).isTrue();
        assertThat(nodeA.bucket(KIND, "slow", one).tryConsume(1)).isFalse();
        nodeA.bucket(KIND, "other", one).tryConsume(1);

        clock.advance(Duration.ofMinutes(59));
        nodeA.sweep();
        assertThat(rows()).as("not yet refilled: kept").isEqualTo(2);
        assertThat(nodeB.bucket(KIND, "slow", one).tryConsume(1)).isFalse();

        clock.advance(Duration.ofMinutes(2));
        assertThat(nodeB.bucket(KIND, "slow", one).tryConsume(1))
                .as("an hour later on the app's clock")
                .isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(nodeA.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(rows())
                .as("'other' refilled and swept; 'slow' was used again")
                .isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        nodeB.sweep();
        assertThat(rows()).isZero();
    }

    private int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM throttle_bucket WHERE id LIKE 'test-bucket:%'", Integer.class);
    }
}
