package vn.kynangso.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.CourseSource;
import vn.kynangso.catalog.CourseSources;
import vn.kynangso.catalog.Question;

/**
 * The right answers of a course as its {@code content/} folder holds them, by the question's
 * Vietnamese prompt: the labels of its correct choices. Lets the load client pass some attempts
 * (and so earn certificates), which the crash test's "graded twice" and "certificate twice" checks
 * need. Ordering questions are not in it (the client answers them as shown).
 */
final class AnswerKey {

    private final Map<String, Set<String>> correctByPrompt;

    private AnswerKey(Map<String, Set<String>> correctByPrompt) {
        this.correctByPrompt = correctByPrompt;
    }

    /** The key of {@code content/courses/<course>}, read by the app's own content reader. */
    static AnswerKey of(Path contentRoot, String course) {
        CourseSources.Read read =
                CourseSources.read(contentRoot, contentRoot.resolve("courses").resolve(course));
        CourseSource source = read.source();
        if (source == null) {
            throw new IllegalArgumentException("course " + course + " does not read: " + read.problems());
        }
        return of(source.questions().stream()
                .map(CourseSource.QuestionSource::question)
                .toList());
    }

    static AnswerKey of(List<Question> questions) {
        Map<String, Set<String>> key = new HashMap<>();
        for (Question question : questions) {
            key.put(
                    question.prompt().vi().strip(),
                    question.choices().stream()
                            .filter(Choice::correct)
                            .map(choice -> choice.text().vi().strip())
                            .collect(Collectors.toUnmodifiableSet()));
        }
        return new AnswerKey(Map.copyOf(key));
    }

    /** The labels of the correct choices of the question with this prompt; empty when unknown. */
    Set<String> correct(String prompt) {
        return correctByPrompt.getOrDefault(prompt.strip(), Set.of());
    }
}
