package vn.kynangso.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kynangso.people.HouseholdService.Priority;

class PriorityTest {

    @Test
    void a_member_is_elderly_from_the_year_they_turn_sixty() {
        Year year = Year.of(2026);
        assertThat(Priority.isElderly(1966, year)).isTrue();
        assertThat(Priority.isElderly(1930, year)).isTrue();
        assertThat(Priority.isElderly(1967, year)).isFalse();
        assertThat(Priority.isElderly(null, year)).isFalse();
    }

    @Test
    void disability_comes_before_poverty_before_near_poverty_before_age() {
        Priority disabled = new Priority(false, true, Poverty.NONE);
        Priority poor = new Priority(false, false, Poverty.POOR);
        Priority nearPoor = new Priority(false, false, Poverty.NEAR_POOR);
        Priority elderly = new Priority(true, false, Poverty.NONE);
        Priority none = new Priority(false, false, Poverty.NONE);
        assertThat(List.of(none, elderly, nearPoor, disabled, poor).stream()
                        .sorted(Comparator.comparingInt(Priority::rank).reversed())
                        .toList())
                .containsExactly(disabled, poor, nearPoor, elderly, none);
        assertThat(new Priority(true, false, Poverty.POOR).rank())
                .as("the weights add up: a poor household with an elderly member ranks with a disability")
                .isEqualTo(disabled.rank());
    }
}
