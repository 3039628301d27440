package vn.kynangso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored forms of an attempt's lists: written as they always were, and rows saved earlier read back. */
class StoredListsTest {

    private final StoredLists.Answer answer = new StoredLists.Answer();
    private final StoredLists.QuestionCodes codes = new StoredLists.QuestionCodes();
    private final StoredLists.DisplayOrders orders = new StoredLists.DisplayOrders();

    @Test
    void an_answer_is_kept_as_its_choice_indices_joined_by_commas() {
        assertThat(answer.convertToDatabaseColumn(List.of(2, 0, 1))).isEqualTo("2,0,1");
        assertThat(answer.convertToDatabaseColumn(List.of(3))).isEqualTo("3");
    }

    @Test
    void answers_saved_earlier_read_back_as_the_same_indices() {
        assertThat(answer.convertToEntityAttribute("2,0,1")).containsExactly(2, 0, 1);
        assertThat(answer.convertToEntityAttribute("0")).containsExactly(0);
        assertThat(answer.convertToEntityAttribute("")).isEmpty();
    }

    @Test
    void questions_drawn_are_kept_as_their_codes_in_the_order_asked() {
        assertThat(codes.convertToDatabaseColumn(List.of("q1", "q7", "q3"))).isEqualTo("q1,q7,q3");
        assertThat(codes.convertToEntityAttribute("q1,q7,q3")).containsExactly("q1", "q7", "q3");
        assertThat(codes.convertToEntityAttribute("q1")).containsExactly("q1");
    }

    @Test
    void display_orders_are_kept_per_question_between_bars() {
        List<List<Integer>> shown = List.of(List.of(2, 0, 1), List.of(1, 0), List.of(0, 1, 2, 3));

        assertThat(orders.convertToDatabaseColumn(shown)).isEqualTo("2.0.1|1.0|0.1.2.3");
        assertThat(orders.convertToEntityAttribute("2.0.1|1.0|0.1.2.3")).isEqualTo(shown);
    }

    @Test
    void each_form_reads_back_what_it_wrote() {
        List<Integer> given = List.of(4, 1, 3, 0, 2);
        List<String> drawn = List.of("an-toan-01", "an-toan-12");
        List<List<Integer>> shown = List.of(List.of(1, 0), List.of(0));

        assertThat(answer.convertToEntityAttribute(answer.convertToDatabaseColumn(given)))
                .isEqualTo(given);
        assertThat(codes.convertToEntityAttribute(codes.convertToDatabaseColumn(drawn)))
                .isEqualTo(drawn);
        assertThat(orders.convertToEntityAttribute(orders.convertToDatabaseColumn(shown)))
                .isEqualTo(shown);
    }
}
