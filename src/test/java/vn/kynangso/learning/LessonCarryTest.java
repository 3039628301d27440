package vn.kynangso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.kynangso.catalog.Lesson;
import vn.kynangso.catalog.Text;

class LessonCarryTest {

    private static Lesson lesson(String slug) {
        return new Lesson(slug, new Text(slug, slug), new Text("", ""));
    }

    private static List<Lesson> lessons(String... slugs) {
        return List.of(slugs).stream().map(LessonCarryTest::lesson).toList();
    }

    @Test
    void a_lesson_kept_under_its_slug_is_carried_to_where_it_now_stands() {
        assertThat(LessonCarry.of(lessons("01-a", "02-b", "03-c"), lessons("00-new", "01-a", "03-c", "02-b")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, 1, 1, 3, 2, 2));
    }

    @Test
    void a_removed_lesson_is_left_behind_and_a_new_one_gets_nothing() {
        assertThat(LessonCarry.of(lessons("01-a", "02-b"), lessons("02-b", "03-new")))
                .containsExactlyEntriesOf(Map.of(1, 0));
    }

    @Test
    void the_same_lessons_stay_where_they_were() {
        assertThat(LessonCarry.of(lessons("01-a", "02-b"), lessons("01-a", "02-b")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, 0, 1, 1));
    }
}
