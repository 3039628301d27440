package vn.kynangso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The suite's clock: the day it starts on is named, and the app sees that day, not the wall clock's. */
class TestClockTest extends KaribuTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void the_app_runs_on_the_test_clock() {
        assertThat(context.getBean(Clock.class)).isSameAs(clock);
        String asked = System.getProperty(TestClock.PROPERTY);
        Instant expected = TestClock.parse(asked == null || asked.isBlank() ? TestClock.DEFAULT_START : asked, VIETNAM);
        assertThat(clock.start()).isEqualTo(expected);
        assertThat(clock.today()).isEqualTo(LocalDate.ofInstant(expected, VIETNAM));
    }

    @Test
    void readings_move_on_a_microsecond_at_a_time_and_set_and_reset_move_the_day() {
        Instant first = clock.instant();
        assertThat(clock.instant()).isAfter(first);
        clock.set(LocalDateTime.of(2028, 2, 29, 23, 59));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(LocalDate.now(clock.withZone(ZoneId.of("UTC")))).isEqualTo(LocalDate.of(2028, 2, 29));
        clock.reset();
        assertThat(clock.today()).isEqualTo(LocalDate.ofInstant(clock.start(), VIETNAM));
    }

    @Test
    void a_day_is_read_as_a_person_writes_it() {
        assertThat(TestClock.parse("2027-01-01T00:30+07:00", VIETNAM)).isEqualTo(Instant.parse("2026-12-31T17:30:00Z"));
        assertThat(TestClock.parse("2027-01-01T00:30", VIETNAM)).isEqualTo(Instant.parse("2026-12-31T17:30:00Z"));
        assertThat(TestClock.parse("2028-02-29", VIETNAM)).isEqualTo(Instant.parse("2028-02-29T02:30:00Z"));
    }
}
