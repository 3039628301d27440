package vn.kynangso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;

/**
 * Two app nodes behind a balancer: a password guesser whose tries are spread over both gets the
 * limit once, not once per node, and a right password on one clears the count on the other.
 */
class LoginThrottleNodesTest extends KaribuTest {

    @Autowired
    LoginThrottle nodeA;

    @Autowired
    AccountUserDetailsService accounts;

    @Autowired
    DataSource dataSource;

    private LoginThrottle nodeB;

    @BeforeEach
    void aSecondNode() {
        nodeB = new LoginThrottle(accounts, new SharedBuckets(dataSource, clock), 5, 30, Duration.ofMinutes(15));
        nodeA.reset();
    }

    @AfterEach
    void forget() {
        nodeA.reset();
    }

    @Test
    void failures_on_two_nodes_add_up_to_one_limit() {
        for (int i = 0; i < 3; i++) {
            nodeA.failed("quantrixa", "203.0.113.7");
        }
        assertThat(nodeB.blockedFor("quantrixa", "198.51.100.1")).isEmpty();
        nodeB.failed("quantrixa", "198.51.100.1");
        nodeB.failed("Quảntrixa", "198.51.100.2"); // another spelling of the same account

        assertThat(nodeA.blockedFor("quantrixa", "192.0.2.1"))
                .as("five failures in all, three on A and two on B")
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThat(nodeB.blockedFor("quantrixa", "192.0.2.1")).isPresent();
        assertThat(nodeB.blockedFor("quantritinh", "192.0.2.1"))
                .as("another account")
                .isEmpty();

        clock.advance(Duration.ofMinutes(16));
        assertThat(nodeB.blockedFor("quantrixa", "192.0.2.1"))
                .as("after the window")
                .isEmpty();
    }

    @Test
    void a_right_password_on_one_node_clears_the_count_on_the_other() {
        for (int i = 0; i < 4; i++) {
            nodeA.failed("quantrixa", "203.0.113.7");
        }
        nodeB.succeeded("quantrixa");
        nodeA.failed("quantrixa", "203.0.113.7");
        assertThat(nodeA.blockedFor("quantrixa", "192.0.2.1")).isEmpty();
    }

    @Test
    void an_address_guessing_many_accounts_is_stopped_across_nodes() {
        for (int i = 0; i < 30; i++) {
            (i % 2 == 0 ? nodeA : nodeB).failed("khong-co-" + i, "203.0.113.9");
        }
        assertThat(nodeA.blockedFor("quantrixa", "203.0.113.9")).isPresent();
        assertThat(nodeB.blockedFor("quantrixa", "203.0.113.8")).isEmpty();
    }
}
