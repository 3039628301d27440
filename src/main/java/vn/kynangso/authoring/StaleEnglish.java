package vn.kynangso.authoring;

import java.util.Map;
import java.util.stream.Collectors;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.CourseSource;
import vn.kynangso.catalog.Question;

/**
 * When the Vietnamese of a text changes and its English does not, the English is "to be updated"
 * until someone edits or confirms it; the Vietnamese as it was is kept, to show the translator what
 * changed. Keys: {@code title}, {@code summary}, {@code lesson.<slug>}, {@code question.<code>}.
 */
final class StaleEnglish {

    private StaleEnglish() {}

    /** The translation key of a text field ("lesson.01-x.vi" → "lesson.01-x"); null for one without English. */
    static String keyOf(String field) {
        int dot = field.lastIndexOf('.');
        return field.substring(0, dot);
    }

    static void textSaved(Map<String, String> stale, String field, String before) {
        if (field.endsWith(".vi")) {
            stale.putIfAbsent(keyOf(field), before);
        } else if (field.endsWith(".en")) {
            stale.remove(keyOf(field));
        }
    }

    static void questionSaved(Map<String, String> stale, CourseSource.QuestionSource before, Question after) {
        String key = "question." + after.code();
        if (!english(before.question()).equals(english(after))) {
            stale.remove(key);
        } else if (!vietnamese(before.question()).equals(vietnamese(after))) {
            stale.putIfAbsent(key, vietnamese(before.question()));
        }
    }

    /** A question's Vietnamese as one readable text: prompt, then each answer and its feedback. */
    static String vietnamese(Question question) {
        return question.prompt().vi()
                + question.choices().stream()
                        .map(c -> "\n– " + c.text().vi() + " → " + c.feedback().vi())
                        .collect(Collectors.joining());
    }

    static String english(Question question) {
        return question.prompt().en()
                + question.choices().stream()
                        .map((Choice c) ->
                                "\n– " + c.text().en() + " → " + c.feedback().en())
                        .collect(Collectors.joining());
    }
}
