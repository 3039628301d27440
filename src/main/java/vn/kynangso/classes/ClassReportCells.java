package vn.kynangso.classes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Text;
import vn.kynangso.classes.ClassProgress.StudentCourse;
import vn.kynangso.classes.ClassReport.QuestionResult;
import vn.kynangso.classes.ClassReport.WrongAnswer;

/**
 * The words and figures of a class report, written once for the screen, the sheets and the PDF, so
 * that they say the same: the status word ({@link vn.kynangso.learning.CourseStatus#key()}), lessons
 * as "read/all", the best score in percent, the completion day as the language writes dates (Vietnamese
 * dd/MM/yyyy, in the app's zone), "–" for nothing.
 */
public final class ClassReportCells {

    /** A translation in the reader's language: a view's {@code getTranslation}, or the provider's. */
    @FunctionalInterface
    public interface Words {
        String t(String key, Object... params);
    }

    public static final String NOTHING = "–";

    private final Words words;
    private final Locale locale;
    private final DateTimeFormatter date;

    public ClassReportCells(Words words, Locale locale) {
        this.words = words;
        this.locale = locale;
        this.date = DateTimeFormatter.ofPattern(words.t("format.date"), locale);
    }

    /** The headers of a student row's cells. */
    public List<String> studentHeader() {
        return List.of(
                words.t("classes.report.col.student"),
                words.t("classes.report.col.status"),
                words.t("classes.report.col.lessons"),
                words.t("classes.report.col.attempts"),
                words.t("classes.report.col.best"),
                words.t("classes.report.col.completed"));
    }

    /** A student's row on a course: name, status, lessons read, attempts, best score, completed on. */
    public List<String> student(StudentCourse row) {
        return List.of(
                row.studentName(),
                words.t(row.status().key()),
                words.t("classes.progress.lessons", row.lessonsRead(), row.lessons()),
                String.valueOf(row.attempts()),
                percent(row.bestPercent()),
                day(row.completedOn()));
    }

    /** The headers of a question's cells. */
    public List<String> questionHeader() {
        return List.of(
                words.t("classes.report.col.question"),
                words.t("classes.report.col.right"),
                words.t("classes.report.col.share"),
                words.t("classes.report.col.wrong"));
    }

    /** A question: its prompt, students right of those who answered, the share right, the wrong answer chosen most. */
    public List<String> question(QuestionResult q) {
        return List.of(
                q.prompt().in(locale),
                q.answered() == 0 ? NOTHING : words.t("classes.progress.lessons", q.right(), q.answered()),
                percent(q.percentRight()),
                wrong(q.type(), q.mostChosenWrong()));
    }

    /** The wrong answer given most, with how many gave it; "various" when tied; "–" when none. */
    public String wrong(QuestionType type, @Nullable WrongAnswer wrong) {
        if (wrong == null) {
            return NOTHING;
        }
        if (wrong.various()) {
            return words.t("classes.report.various", wrong.students());
        }
        return words.t("classes.report.wrong-answer", answer(type, wrong.choices()), wrong.students());
    }

    /** An answer as its choices' texts: steps joined by arrows, ticked choices by "+". */
    public String answer(QuestionType type, List<Text> choices) {
        String separator = switch (type) {
            case ORDER -> " → ";
            case MULTIPLE -> " + ";
            case SINGLE, TRUE_FALSE -> "; ";
        };
        return String.join(separator, choices.stream().map(c -> c.in(locale)).toList());
    }

    public String day(@Nullable LocalDate day) {
        return day == null ? NOTHING : date.format(day);
    }

    public String percent(@Nullable Integer percent) {
        return percent == null ? NOTHING : words.t("classes.progress.best", percent);
    }

    public Locale locale() {
        return locale;
    }
}
