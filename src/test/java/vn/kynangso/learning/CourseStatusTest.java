package vn.kynangso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.kynangso.catalog.Assessment;
import vn.kynangso.catalog.Audience;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.Text;

/** The one rule for a course's status, on the days where it could go wrong. */
class CourseStatusTest {

    static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);

    @Test
    void nothing_done_is_not_started_until_the_deadline_passes() {
        assertThat(CourseStatus.of(null, null, DEADLINE, LocalDate.of(2026, 11, 30)))
                .isEqualTo(CourseStatus.NOT_STARTED);
        assertThat(CourseStatus.of(null, null, DEADLINE, LocalDate.of(2026, 12, 1)))
                .isEqualTo(CourseStatus.OVERDUE);
        assertThat(CourseStatus.of(null, null, null, LocalDate.of(2030, 1, 1))).isEqualTo(CourseStatus.NOT_STARTED);
    }

    @Test
    void started_is_in_progress_until_the_deadline_passes() {
        LocalDate started = LocalDate.of(2026, 10, 1);
        assertThat(CourseStatus.of(started, null, DEADLINE, DEADLINE)).isEqualTo(CourseStatus.IN_PROGRESS);
        assertThat(CourseStatus.of(started, null, DEADLINE, DEADLINE.plusDays(1)))
                .isEqualTo(CourseStatus.OVERDUE);
    }

    @Test
    void completed_on_the_deadline_is_on_time_and_the_day_after_is_late() {
        LocalDate started = LocalDate.of(2026, 10, 1);
        LocalDate asOf = LocalDate.of(2026, 12, 31);
        assertThat(CourseStatus.of(started, DEADLINE, DEADLINE, asOf)).isEqualTo(CourseStatus.COMPLETED);
        assertThat(CourseStatus.of(started, DEADLINE.plusDays(1), DEADLINE, asOf))
                .isEqualTo(CourseStatus.COMPLETED_LATE);
        assertThat(CourseStatus.of(started, asOf, DEADLINE, asOf)).isEqualTo(CourseStatus.COMPLETED_LATE);
        assertThat(CourseStatus.of(started, asOf, null, asOf)).isEqualTo(CourseStatus.COMPLETED);
    }

    @Test
    void for_a_year_what_happens_after_31_december_does_not_count() {
        LocalDate january = LocalDate.of(2027, 1, 5);
        LocalDate started = LocalDate.of(2026, 10, 1);
        // completed on 2 January: for the year that ended on 31 December it is overdue
        assertThat(CourseStatus.forYear(started, LocalDate.of(2027, 1, 2), DEADLINE, 2026, january))
                .isEqualTo(CourseStatus.OVERDUE);
        // a deadline on the year's last day has passed once the year has ended
        assertThat(CourseStatus.forYear(started, null, LocalDate.of(2026, 12, 31), 2026, january))
                .isEqualTo(CourseStatus.OVERDUE);
        assertThat(CourseStatus.forYear(started, null, LocalDate.of(2026, 12, 31), 2026, LocalDate.of(2026, 12, 31)))
                .isEqualTo(CourseStatus.IN_PROGRESS);
        // completed on 31 December, a month late: counts for the year, as late
        assertThat(CourseStatus.forYear(started, LocalDate.of(2026, 12, 31), DEADLINE, 2026, january))
                .isEqualTo(CourseStatus.COMPLETED_LATE);
    }

    @Test
    void a_yearly_deadline_on_29_february_falls_on_the_28th_in_a_common_year() {
        Text text = new Text("Khoá", "Course");
        var content = new CourseContent(
                "x",
                1,
                CourseCategory.OFFICIAL,
                null,
                List.of(Audience.OFFICIAL),
                text,
                text,
                4,
                MonthDay.of(2, 29),
                new Assessment(80, 10, 0, false),
                List.of(),
                List.of());
        assertThat(content.deadlineIn(2028)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(content.deadlineIn(2027)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void a_completion_from_an_earlier_year_still_counts() {
        assertThat(CourseStatus.of(
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 2),
                        LocalDate.of(2027, 11, 30),
                        LocalDate.of(2027, 1, 1)))
                .isEqualTo(CourseStatus.COMPLETED);
    }

    @Test
    void only_completed_and_completed_late_are_completed() {
        assertThat(CourseStatus.values())
                .filteredOn(CourseStatus::isCompleted)
                .containsExactly(CourseStatus.COMPLETED, CourseStatus.COMPLETED_LATE);
    }

    @Test
    void every_status_has_its_word_in_both_languages() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_en.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (CourseStatus status : CourseStatus.values()) {
                assertThat(texts.getProperty(status.key()))
                        .as(file + " " + status)
                        .isNotBlank();
            }
        }
    }
}
