package vn.kynangso.catalog;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.kynangso.base.i18n.TranslationProvider;

/**
 * The trainers' check: reads every course under a content folder and prints, in plain words, each
 * problem with its file and line, or that the course is fine, and any warnings (which do not stop a
 * course). Started by {@code --validate-content}; needs no database.
 */
public final class ContentValidation {

    private ContentValidation() {}

    /**
     * Checks {@code contentRoot}; returns the process exit code (0 when every course is valid,
     * warnings or not).
     */
    public static int run(Path contentRoot, Locale locale, PrintStream out) {
        TranslationProvider texts = new TranslationProvider();
        List<CourseReader.Result> results;
        try {
            results = ContentFolder.readAll(contentRoot);
        } catch (IOException e) {
            out.println(texts.getTranslation("content.check.unreadable", locale, contentRoot, e.getMessage()));
            return 2;
        }
        if (results.isEmpty()) {
            out.println(texts.getTranslation("content.check.none", locale, contentRoot.resolve("courses")));
            return 1;
        }
        int invalid = 0;
        int warnings = 0;
        int warned = 0;
        for (CourseReader.Result result : results) {
            if (result.valid()) {
                CourseContent course = result.course();
                out.println(texts.getTranslation(
                        "content.check.ok",
                        locale,
                        course.id(),
                        course.lessons().size(),
                        course.questions().size()));
            } else {
                invalid++;
                out.println(texts.getTranslation(
                        "content.check.refused",
                        locale,
                        result.folder(),
                        result.problems().size()));
                for (ContentProblem problem : result.problems()) {
                    out.println("  " + describe(problem, texts, locale));
                }
            }
            // warnings never make the check fail: the course is published all the same
            for (ContentProblem warning : result.warnings()) {
                out.println("  " + describe(warning, texts, locale));
            }
            warnings += result.warnings().size();
            warned += result.warnings().isEmpty() ? 0 : 1;
        }
        out.println(texts.getTranslation("content.check.summary", locale, results.size() - invalid, invalid));
        if (warnings > 0) {
            out.println(texts.getTranslation("content.check.warnings", locale, warnings, warned));
        }
        return invalid == 0 ? 0 : 1;
    }

    /** "content/courses/x/questions.yaml:42: <what is wrong>" in the given language. */
    public static String describe(ContentProblem problem, TranslationProvider texts, Locale locale) {
        return problem.where() + ": "
                + texts.getTranslation(
                        problem.translationKey(), locale, problem.args().toArray());
    }
}
