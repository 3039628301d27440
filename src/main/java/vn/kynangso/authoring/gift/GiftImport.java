package vn.kynangso.authoring.gift;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.CourseSource.QuestionSource;
import vn.kynangso.catalog.Question;

/**
 * What {@link GiftReader#read} made of a GIFT file: the questions it could take, in file order, and
 * the ones it refused, each with the line it starts on.
 */
public record GiftImport(List<Imported> questions, List<Refused> refused) {

    public GiftImport {
        questions = List.copyOf(questions);
        refused = List.copyOf(refused);
    }

    /** The imported questions with their scenario marks, as the authoring service adds them to a draft. */
    public List<QuestionSource> sources() {
        return questions.stream().map(Imported::source).toList();
    }

    /**
     * One question taken from the file. Its texts are filled in the file's language only; the other
     * language is "" (to be translated).
     *
     * @param line the line the question starts on (1 is the first line of the file)
     * @param question the question; its code comes from the title, or is {@code gift-<line>}
     * @param title the question's title as written between {@code ::}, or null when it had none
     * @param category the last {@code $CATEGORY:} given above the question, or null
     * @param scenario the question was marked {@code // @kns-scenario}
     * @param notes translation keys ({@code gift.note.*}, no parameters) of what changed on the way
     *     in, for example unequal partial credit that this product scores equally
     */
    public record Imported(
            int line,
            Question question,
            @Nullable String title,
            @Nullable String category,
            boolean scenario,
            List<String> notes) {

        public Imported {
            notes = List.copyOf(notes);
        }

        /** The question with its scenario mark, as a draft holds it. */
        public QuestionSource source() {
            return new QuestionSource(question, scenario);
        }
    }

    /**
     * A question that was not imported. The message is {@link #translationKey()} with
     * {@link #params()}: the line first, then {@link #args()}.
     *
     * @param line the question's first line
     * @param key the reason, a suffix of {@code gift.problem.}
     * @param args values the message names after the line (a count, a limit)
     */
    public record Refused(int line, String key, List<Object> args) {

        public Refused {
            args = List.copyOf(args);
        }

        /** The translation key of the message, {@code gift.problem.<key>}. */
        public String translationKey() {
            return "gift.problem." + key;
        }

        /** The message's parameters: {0} is the line, then the args. */
        public Object[] params() {
            List<Object> params = new ArrayList<>();
            params.add(line);
            params.addAll(args);
            return params.toArray();
        }
    }
}
