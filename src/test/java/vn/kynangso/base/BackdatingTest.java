package vn.kynangso.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.kynangso.TestClock;

class BackdatingTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOW = Instant.parse("2026-10-05T02:30:00Z");

    private final Clock clock = Backdating.honouredBy(Clock.fixed(NOW, VIETNAM));

    @Test
    void the_clock_reads_earlier_only_inside_the_backdated_work() {
        Instant inside = Backdating.run(Duration.ofDays(30), clock::instant);
        assertThat(inside).isEqualTo(NOW.minus(Duration.ofDays(30)));
        assertThat(clock.instant()).isEqualTo(NOW);
        assertThat(Backdating.offset()).isZero();
    }

    @Test
    void other_threads_keep_the_real_time_while_one_is_backdated() throws InterruptedException {
        AtomicReference<Instant> seen = new AtomicReference<>();
        Backdating.run(Duration.ofDays(90), () -> {
            Thread other = Thread.ofVirtual().start(() -> seen.set(clock.instant()));
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(seen.get()).isEqualTo(NOW);
    }

    @Test
    void a_nested_run_replaces_the_offset_and_gives_the_outer_one_back() {
        Backdating.run(Duration.ofDays(10), () -> {
            assertThat(Backdating.run(Duration.ofDays(2), clock::instant)).isEqualTo(NOW.minus(Duration.ofDays(2)));
            assertThat(clock.instant()).isEqualTo(NOW.minus(Duration.ofDays(10)));
        });
    }

    @Test
    void the_offset_is_gone_after_work_that_failed() {
        assertThatThrownBy(() -> Backdating.run(Duration.ofDays(1), () -> {
                    throw new IllegalStateException("failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void going_forward_is_refused() {
        assertThatThrownBy(() -> Backdating.run(Duration.ofDays(-1), () -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void another_zone_of_the_clock_is_backdated_too() {
        Clock utc = clock.withZone(ZoneId.of("UTC"));
        assertThat(Backdating.run(Duration.ofHours(5), utc::instant)).isEqualTo(NOW.minus(Duration.ofHours(5)));
    }

    @Test
    void the_test_clock_honours_it_as_the_app_clock_does() {
        TestClock test = TestClock.startingAt("2026-10-05T09:30+07:00", VIETNAM);
        Instant inside = Backdating.run(Duration.ofDays(100), test::instant);
        assertThat(inside)
                .isBetween(
                        NOW.minus(Duration.ofDays(100)),
                        NOW.minus(Duration.ofDays(100)).plusSeconds(1));
        assertThat(test.instant()).isAfter(NOW);
    }
}
