package vn.kynangso.learning;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.hibernate.annotations.Immutable;

/**
 * How the lists of a quiz attempt are kept in their text columns, written and read in this one
 * place. The forms are the ones rows have always been saved in, so every earlier attempt reads
 * the same: an answer as its original choice indices "2,0,1", the questions drawn as their codes
 * "q1,q7,q3", the order each question's choices are shown in as "2.0.1|1.0".
 *
 * <p>The lists read are unmodifiable and an attempt never changes them: the converters are marked
 * {@link Immutable}, so Hibernate neither copies them on load nor compares them at every flush (for
 * a mutable type it would convert each to its text and back to do so).
 */
final class StoredLists {

    private StoredLists() {}

    /** A learner's answer, its original choice indices in the order given ({@code attempt_answer.response}). */
    @Converter
    @Immutable
    static final class Answer implements AttributeConverter<List<Integer>, String> {

        static final Answer FORM = new Answer();

        @Override
        public String convertToDatabaseColumn(List<Integer> indices) {
            return join(indices, ",");
        }

        @Override
        public List<Integer> convertToEntityAttribute(String stored) {
            return indices(stored, ",");
        }
    }

    /** The questions of an attempt, their codes in the order asked ({@code quiz_attempt.question_codes}). */
    @Converter
    @Immutable
    static final class QuestionCodes implements AttributeConverter<List<String>, String> {

        @Override
        public String convertToDatabaseColumn(List<String> codes) {
            return String.join(",", codes);
        }

        @Override
        public List<String> convertToEntityAttribute(String stored) {
            return stored.isEmpty() ? List.of() : List.of(stored.split(","));
        }
    }

    /**
     * Per question of an attempt, its original choice indices in the order shown ({@code
     * quiz_attempt.display_orders}).
     */
    @Converter
    @Immutable
    static final class DisplayOrders implements AttributeConverter<List<List<Integer>>, String> {

        @Override
        public String convertToDatabaseColumn(List<List<Integer>> orders) {
            return String.join(
                    "|", orders.stream().map(order -> join(order, ".")).toList());
        }

        @Override
        public List<List<Integer>> convertToEntityAttribute(String stored) {
            return stored.isEmpty()
                    ? List.of()
                    : Arrays.stream(stored.split("\\|", -1))
                            .map(order -> indices(order, "."))
                            .toList();
        }
    }

    private static String join(List<Integer> indices, String separator) {
        return String.join(separator, indices.stream().map(String::valueOf).toList());
    }

    private static List<Integer> indices(String stored, String separator) {
        if (stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(Pattern.quote(separator)))
                .map(Integer::valueOf)
                .toList();
    }
}
