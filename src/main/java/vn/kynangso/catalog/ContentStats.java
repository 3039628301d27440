package vn.kynangso.catalog;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.kynangso.base.i18n.TranslationProvider;

/**
 * The trainers' look at their question banks: per course and in total, how often the right answer
 * is the longest, how true/false questions are keyed, and how many questions are scenarios.
 * Started by {@code --content-stats}; needs no database. The limits it marks are those of the
 * warnings in {@code --validate-content} ({@link QuestionBankStats}).
 */
public final class ContentStats {

    private ContentStats() {}

    /** Prints the statistics of every course under {@code contentRoot}; returns the process exit code. */
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
        out.println(texts.getTranslation("content.stats.title", locale, contentRoot.resolve("courses")));
        List<QuestionBankStats> banks = new ArrayList<>();
        for (CourseReader.Result result : results) {
            out.println();
            QuestionBankStats bank = result.bank();
            if (bank == null) {
                out.println(texts.getTranslation("content.stats.unreadable", locale, result.folder()));
                continue;
            }
            banks.add(bank);
            out.println(result.folder());
            print(bank, texts, locale, out);
        }
        out.println();
        out.println(texts.getTranslation("content.stats.total", locale, banks.size()));
        print(QuestionBankStats.sum(banks), texts, locale, out);
        out.println();
        out.println(texts.getTranslation(
                "content.stats.limits",
                locale,
                QuestionBankStats.LONGEST_RIGHT_MAX_PERCENT,
                QuestionBankStats.LONGEST_RIGHT_MIN_QUESTIONS,
                QuestionBankStats.TRUE_FALSE_MAX_PERCENT,
                QuestionBankStats.TRUE_FALSE_MIN_QUESTIONS));
        return 0;
    }

    private static void print(QuestionBankStats bank, TranslationProvider texts, Locale locale, PrintStream out) {
        out.println("  "
                + texts.getTranslation(
                        "content.stats.questions", locale, bank.questions(), bank.scenario(), bank.scenarioPercent()));
        out.println("  "
                + texts.getTranslation(
                        "content.stats.choice",
                        locale,
                        bank.choice(),
                        bank.longestRight(),
                        bank.longestRightPercent(),
                        bank.singleLongestRight(),
                        bank.single())
                + (bank.longestRightTooOften() ? "  ⚠" : ""));
        out.println("  "
                + texts.getTranslation(
                        "content.stats.true-false",
                        locale,
                        bank.trueFalse(),
                        bank.keyedTrue(),
                        bank.keyedFalse(),
                        bank.trueFalseMajorityPercent())
                + (bank.trueFalseUnbalanced() ? "  ⚠" : ""));
    }
}
