package vn.kynangso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Text;

class GradingTest {

    private static Choice choice(boolean correct) {
        return new Choice(new Text("a", "a"), correct, new Text("f", "f"));
    }

    private static final Question MULTIPLE = new Question(
            "m",
            QuestionType.MULTIPLE,
            new Text("p", "p"),
            List.of(choice(true), choice(true), choice(true), choice(false)));

    @Test
    void multiple_choice_gives_partial_credit_for_right_minus_wrong_never_below_zero() {
        assertThat(Grading.points(MULTIPLE, List.of(0, 1, 2))).isEqualByComparingTo("1");
        assertThat(Grading.points(MULTIPLE, List.of(0, 1))).isEqualByComparingTo("0.667");
        assertThat(Grading.points(MULTIPLE, List.of(0, 1, 3))).isEqualByComparingTo("0.333");
        assertThat(Grading.points(MULTIPLE, List.of(0, 3))).isEqualByComparingTo("0");
        assertThat(Grading.points(MULTIPLE, List.of(3))).isEqualByComparingTo("0");
    }

    @Test
    void ordering_counts_only_when_every_step_is_in_place() {
        Question order = new Question(
                "o", QuestionType.ORDER, new Text("p", "p"), List.of(choice(true), choice(true), choice(true)));
        assertThat(Grading.points(order, List.of(0, 1, 2))).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(Grading.points(order, List.of(0, 2, 1))).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Grading.valid(order, List.of(0, 1))).isFalse();
        assertThat(Grading.valid(order, List.of(0, 0, 1))).isFalse();
    }

    @Test
    void single_choice_takes_exactly_one_answer() {
        Question single =
                new Question("s", QuestionType.SINGLE, new Text("p", "p"), List.of(choice(false), choice(true)));
        assertThat(Grading.points(single, List.of(1))).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(Grading.points(single, List.of(0))).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Grading.valid(single, List.of(0, 1))).isFalse();
        assertThat(Grading.valid(single, List.of(2))).isFalse();
    }

    @Test
    void a_pass_needs_the_full_pass_mark_rounding_never_helps() {
        assertThat(Grading.percent(new BigDecimal("7.999"), 10)).isEqualTo(79);
        assertThat(Grading.percent(new BigDecimal("8.000"), 10)).isEqualTo(80);
    }
}
