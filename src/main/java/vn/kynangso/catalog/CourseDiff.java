package vn.kynangso.catalog;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a course, as the reviewer who approves a trainer's draft
 * reads it: the metadata field by field, lessons matched by slug (with a line diff of each changed
 * text), questions matched by code (field by field, answers and steps by position). A brand-new
 * course ({@code before == null}) is all "added". Everything is listed in course order: fields in
 * {@link Field} order, lessons and questions in the new version's order, then the removed ones in
 * the old version's order.
 *
 * @param courseId the course both versions belong to (the new version's id)
 * @param newCourse there was no earlier version: every field, lesson and question is added
 */
public record CourseDiff(
        String courseId,
        boolean newCourse,
        List<FieldChange> metadata,
        List<LessonChange> lessons,
        List<QuestionChange> questions) {

    /** Unchanged lines kept on each side of a change; a longer unchanged stretch is folded. */
    public static final int CONTEXT_LINES = 1;

    /** Unchanged stretches longer than this are folded into one "N unchanged lines" marker. */
    public static final int FOLD_LONGER_THAN = 3;

    public CourseDiff {
        metadata = List.copyOf(metadata);
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
    }

    /** One of the two languages every text is written in. */
    public enum Language {
        VI,
        EN;

        String of(Text text) {
            return this == VI ? text.vi() : text.en();
        }
    }

    /**
     * A field that can change, with the translation key of its label ({@code diff.field.<name>}).
     * Values are of the type named: text fields {@link String}; {@link #CATEGORY} a {@link
     * CourseCategory}; {@link #SKILL} a {@link Skill}; {@link #AUDIENCE} a list of {@link Audience};
     * {@link #DEADLINE} a {@link java.time.MonthDay}; {@link #TYPE} a {@link QuestionType}; {@link
     * #REVIEW_LESSONS} and {@link #CORRECT} a {@link Boolean}; the other numbers an {@link Integer}.
     */
    public enum Field {
        TITLE_VI,
        TITLE_EN,
        SUMMARY_VI,
        SUMMARY_EN,
        CATEGORY,
        SKILL,
        AUDIENCE,
        CREDIT_HOURS,
        DEADLINE,
        PASS_MARK,
        QUESTIONS_PER_ATTEMPT,
        RETAKE_WAIT_MINUTES,
        REVIEW_LESSONS,
        DECLARED_VERSION,
        // a question
        TYPE,
        PROMPT_VI,
        PROMPT_EN,
        // an answer or step of a question
        TEXT_VI,
        TEXT_EN,
        CORRECT,
        FEEDBACK_VI,
        FEEDBACK_EN;

        /** The translation key of the field's label, such as {@code diff.field.title-vi}. */
        public String labelKey() {
            return "diff.field." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One field, old and new value; {@code before} is {@code null} for a field that is new (a new
     * course, lesson, question or answer, or a field set for the first time), {@code after} for one
     * that is gone.
     */
    public record FieldChange(
            Field field, @Nullable Object before, @Nullable Object after) {}

    /** What happened to a lesson, question or answer. */
    public enum Change {
        ADDED,
        REMOVED,
        /** Its content differs (a lesson may also have moved: {@link LessonChange#moved()}). */
        CHANGED,
        /** A lesson that only changed place in the reading order. */
        MOVED
    }

    /**
     * A lesson that is new, gone, moved or rewritten.
     *
     * @param fromPosition 1-based place in the old version; 0 when added
     * @param toPosition 1-based place in the new version; 0 when removed
     * @param moved its place among the lessons of both versions changed (not just shifted because
     *     another lesson was added or removed before it)
     * @param title the lesson's title in the new version (the old one when removed)
     * @param texts a line diff per language whose text differs; for an added lesson every line is
     *     added, for a removed one every line removed
     */
    public record LessonChange(
            String slug,
            Change change,
            int fromPosition,
            int toPosition,
            boolean moved,
            Text title,
            List<LessonText> texts) {
        public LessonChange {
            texts = List.copyOf(texts);
        }
    }

    /** The line diff of one language of a lesson. */
    public record LessonText(Language language, List<DiffLine> lines) {
        public LessonText {
            lines = List.copyOf(lines);
        }
    }

    /** How a line of a line diff reads. */
    public enum LineKind {
        SAME,
        ADDED,
        REMOVED,
        /** Several unchanged lines left out: {@link DiffLine#folded()} says how many. */
        FOLDED
    }

    /** A line of a line diff; {@code folded} counts the lines a FOLDED marker stands for, else 0. */
    public record DiffLine(LineKind kind, String text, int folded) {

        static DiffLine of(LineKind kind, String text) {
            return new DiffLine(kind, text, 0);
        }

        static DiffLine folded(int lines) {
            return new DiffLine(LineKind.FOLDED, "", lines);
        }
    }

    /**
     * A question that is new, gone or changed.
     *
     * @param prompt the question's prompt in the new version (the old one when removed)
     * @param fields type and prompt changes; all of them, from or to nothing, when added or removed
     * @param choices changes of its answers (or steps), by position
     * @param stepOrder for an ORDER question whose steps are the same but in another order, the old
     *     and the new order; otherwise {@code null}
     */
    public record QuestionChange(
            String code,
            Change change,
            QuestionType type,
            Text prompt,
            List<FieldChange> fields,
            List<ChoiceChange> choices,
            @Nullable StepOrder stepOrder) {
        public QuestionChange {
            fields = List.copyOf(fields);
            choices = List.copyOf(choices);
        }
    }

    /**
     * An answer (or step) that is new, gone or changed.
     *
     * @param position 1-based, in the new version (the old one when removed); for reordered steps,
     *     the step's place in the new order
     * @param text the answer's text in the new version (the old one when removed)
     */
    public record ChoiceChange(int position, Change change, Text text, List<FieldChange> fields) {
        public ChoiceChange {
            fields = List.copyOf(fields);
        }
    }

    /** The steps of an ORDER question, right order before and after (their texts). */
    public record StepOrder(List<Text> before, List<Text> after) {
        public StepOrder {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /**
     * What changed from {@code before} to {@code after}.
     *
     * @param before the version now published, or {@code null} when the course is new
     * @param after the draft to review
     */
    public static CourseDiff between(@Nullable CourseContent before, CourseContent after) {
        return new CourseDiff(
                after.id(),
                before == null,
                metadata(before, after),
                lessons(before == null ? List.of() : before.lessons(), after.lessons()),
                questions(before == null ? List.of() : before.questions(), after.questions()));
    }

    /** Nothing a reviewer would see changed. */
    public boolean isEmpty() {
        return metadata.isEmpty() && lessons.isEmpty() && questions.isEmpty();
    }

    // ---------------------------------------------------------------- metadata

    private static List<FieldChange> metadata(@Nullable CourseContent before, CourseContent after) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, Field.TITLE_VI, before, after, c -> c.title().vi());
        field(changes, Field.TITLE_EN, before, after, c -> c.title().en());
        field(changes, Field.SUMMARY_VI, before, after, c -> c.summary().vi());
        field(changes, Field.SUMMARY_EN, before, after, c -> c.summary().en());
        field(changes, Field.CATEGORY, before, after, CourseContent::category);
        field(changes, Field.SKILL, before, after, CourseContent::skill);
        field(changes, Field.AUDIENCE, before, after, CourseContent::audience);
        field(changes, Field.CREDIT_HOURS, before, after, CourseContent::creditHours);
        field(changes, Field.DEADLINE, before, after, CourseContent::deadline);
        field(changes, Field.PASS_MARK, before, after, c -> c.assessment().passMark());
        field(
                changes,
                Field.QUESTIONS_PER_ATTEMPT,
                before,
                after,
                c -> c.assessment().questionsPerAttempt());
        field(
                changes,
                Field.RETAKE_WAIT_MINUTES,
                before,
                after,
                c -> c.assessment().retakeWaitMinutes());
        field(changes, Field.REVIEW_LESSONS, before, after, c -> c.assessment().reviewLessons());
        field(changes, Field.DECLARED_VERSION, before, after, CourseContent::declaredVersion);
        return changes;
    }

    /** Adds the field when its value differs; a side that does not exist has no value. */
    private static <T> void field(
            List<FieldChange> changes,
            Field field,
            @Nullable T before,
            @Nullable T after,
            Function<T, @Nullable Object> value) {
        Object old = before == null ? null : value.apply(before);
        Object now = after == null ? null : value.apply(after);
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, old, now));
        }
    }

    // ---------------------------------------------------------------- lessons

    private static List<LessonChange> lessons(List<Lesson> before, List<Lesson> after) {
        Map<String, Integer> oldPlace = places(before, Lesson::slug);
        Map<String, Integer> newPlace = places(after, Lesson::slug);
        Set<String> moved = moved(
                before.stream().map(Lesson::slug).filter(newPlace::containsKey).toList(),
                after.stream().map(Lesson::slug).filter(oldPlace::containsKey).toList());
        List<LessonChange> changes = new ArrayList<>();
        for (Lesson lesson : after) {
            Integer from = oldPlace.get(lesson.slug());
            int to = newPlace.get(lesson.slug());
            if (from == null) {
                changes.add(new LessonChange(
                        lesson.slug(), Change.ADDED, 0, to, false, lesson.title(), texts(null, lesson)));
                continue;
            }
            Lesson old = before.get(from - 1);
            List<LessonText> texts = texts(old, lesson);
            boolean isMoved = moved.contains(lesson.slug());
            if (!texts.isEmpty() || isMoved) {
                Change change = texts.isEmpty() ? Change.MOVED : Change.CHANGED;
                changes.add(new LessonChange(lesson.slug(), change, from, to, isMoved, lesson.title(), texts));
            }
        }
        for (Lesson lesson : before) {
            if (!newPlace.containsKey(lesson.slug())) {
                changes.add(new LessonChange(
                        lesson.slug(),
                        Change.REMOVED,
                        oldPlace.get(lesson.slug()),
                        0,
                        false,
                        lesson.title(),
                        texts(lesson, null)));
            }
        }
        return changes;
    }

    /**
     * The lessons of both versions whose order among themselves changed: those outside the longest
     * run kept in order. A lesson that only shifted because another was added before it has not
     * moved.
     */
    private static Set<String> moved(List<String> before, List<String> after) {
        Set<String> moved = new HashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            moved.addAll(delta.getSource().getLines());
            moved.addAll(delta.getTarget().getLines());
        }
        return moved;
    }

    private static <T> Map<String, Integer> places(List<T> items, Function<T, String> key) {
        Map<String, Integer> places = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            places.putIfAbsent(key.apply(items.get(i)), i + 1);
        }
        return places;
    }

    private static List<LessonText> texts(@Nullable Lesson before, @Nullable Lesson after) {
        List<LessonText> texts = new ArrayList<>();
        for (Language language : Language.values()) {
            String old = before == null ? "" : language.of(before.markdown());
            String now = after == null ? "" : language.of(after.markdown());
            if (!old.equals(now)) {
                texts.add(new LessonText(language, lines(old, now)));
            }
        }
        return texts;
    }

    /**
     * The line diff of two texts, unchanged stretches longer than {@link #FOLD_LONGER_THAN} lines
     * folded but for {@link #CONTEXT_LINES} next to a change.
     */
    static List<DiffLine> lines(String before, String after) {
        List<DiffLine> all = new ArrayList<>();
        for (AbstractDelta<String> delta :
                DiffUtils.diff(split(before), split(after), true).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                delta.getSource().getLines().forEach(line -> all.add(DiffLine.of(LineKind.SAME, line)));
                continue;
            }
            delta.getSource().getLines().forEach(line -> all.add(DiffLine.of(LineKind.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> all.add(DiffLine.of(LineKind.ADDED, line)));
        }
        return fold(all);
    }

    private static List<String> split(String text) {
        return text.isEmpty() ? List.of() : text.lines().toList();
    }

    private static List<DiffLine> fold(List<DiffLine> lines) {
        List<DiffLine> folded = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() != LineKind.SAME) {
                folded.add(lines.get(i++));
                continue;
            }
            int end = i;
            while (end < lines.size() && lines.get(end).kind() == LineKind.SAME) {
                end++;
            }
            int length = end - i;
            int keepStart = i == 0 ? 0 : CONTEXT_LINES; // context after a change
            int keepEnd = end == lines.size() ? 0 : CONTEXT_LINES; // context before a change
            if (length > FOLD_LONGER_THAN && length - keepStart - keepEnd > 0) {
                folded.addAll(lines.subList(i, i + keepStart));
                folded.add(DiffLine.folded(length - keepStart - keepEnd));
                folded.addAll(lines.subList(end - keepEnd, end));
            } else {
                folded.addAll(lines.subList(i, end));
            }
            i = end;
        }
        return folded;
    }

    // ---------------------------------------------------------------- questions

    private static List<QuestionChange> questions(List<Question> before, List<Question> after) {
        Map<String, Integer> oldPlace = places(before, Question::code);
        Set<String> kept = new HashSet<>();
        List<QuestionChange> changes = new ArrayList<>();
        for (Question question : after) {
            kept.add(question.code());
            Integer from = oldPlace.get(question.code());
            QuestionChange change =
                    from == null ? whole(question, Change.ADDED) : changed(before.get(from - 1), question);
            if (change != null) {
                changes.add(change);
            }
        }
        for (Question question : before) {
            if (!kept.contains(question.code())) {
                changes.add(whole(question, Change.REMOVED));
            }
        }
        return changes;
    }

    /** A question that is all new or all gone: each of its fields and choices from or to nothing. */
    private static QuestionChange whole(Question question, Change change) {
        Question old = change == Change.REMOVED ? question : null;
        Question now = change == Change.ADDED ? question : null;
        List<ChoiceChange> choices = new ArrayList<>();
        for (int i = 0; i < question.choices().size(); i++) {
            Choice choice = question.choices().get(i);
            choices.add(new ChoiceChange(
                    i + 1,
                    change,
                    choice.text(),
                    choiceFields(
                            change == Change.REMOVED ? choice : null,
                            change == Change.ADDED ? choice : null,
                            question.type() == QuestionType.ORDER)));
        }
        return new QuestionChange(
                question.code(), change, question.type(), question.prompt(), questionFields(old, now), choices, null);
    }

    private static @Nullable QuestionChange changed(Question before, Question after) {
        List<FieldChange> fields = questionFields(before, after);
        StepOrder order = reordered(before, after);
        List<ChoiceChange> choices = order != null ? reorderedSteps(before, after) : choices(before, after);
        if (fields.isEmpty() && choices.isEmpty() && order == null) {
            return null;
        }
        return new QuestionChange(after.code(), Change.CHANGED, after.type(), after.prompt(), fields, choices, order);
    }

    private static List<FieldChange> questionFields(@Nullable Question before, @Nullable Question after) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, Field.TYPE, before, after, Question::type);
        field(fields, Field.PROMPT_VI, before, after, q -> q.prompt().vi());
        field(fields, Field.PROMPT_EN, before, after, q -> q.prompt().en());
        return fields;
    }

    private static List<FieldChange> choiceFields(@Nullable Choice before, @Nullable Choice after, boolean steps) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, Field.TEXT_VI, before, after, c -> c.text().vi());
        field(fields, Field.TEXT_EN, before, after, c -> c.text().en());
        if (!steps) { // a step's place is what is right; its "correct" means nothing
            field(fields, Field.CORRECT, before, after, Choice::correct);
        }
        field(fields, Field.FEEDBACK_VI, before, after, c -> c.feedback().vi());
        field(fields, Field.FEEDBACK_EN, before, after, c -> c.feedback().en());
        return fields;
    }

    /** Answers compared by position: changed where both have one, added or removed past the end. */
    private static List<ChoiceChange> choices(Question before, Question after) {
        List<ChoiceChange> changes = new ArrayList<>();
        boolean steps = before.type() == QuestionType.ORDER && after.type() == QuestionType.ORDER;
        int count = Math.max(before.choices().size(), after.choices().size());
        for (int i = 0; i < count; i++) {
            Choice old = i < before.choices().size() ? before.choices().get(i) : null;
            Choice now = i < after.choices().size() ? after.choices().get(i) : null;
            List<FieldChange> fields = choiceFields(old, now, steps);
            if (fields.isEmpty()) {
                continue;
            }
            Change change = old == null ? Change.ADDED : now == null ? Change.REMOVED : Change.CHANGED;
            Choice shown = now != null ? now : Objects.requireNonNull(old);
            changes.add(new ChoiceChange(i + 1, change, shown.text(), fields));
        }
        return changes;
    }

    /**
     * The same steps (by their texts) in another order: the reorder is the change, not a text
     * change at every place it touched.
     */
    private static @Nullable StepOrder reordered(Question before, Question after) {
        if (before.type() != QuestionType.ORDER || after.type() != QuestionType.ORDER) {
            return null;
        }
        List<Text> old = before.choices().stream().map(Choice::text).toList();
        List<Text> now = after.choices().stream().map(Choice::text).toList();
        if (old.equals(now)
                || old.size() != now.size()
                || !Set.copyOf(old).equals(Set.copyOf(now))
                || Set.copyOf(old).size() != old.size()) {
            return null;
        }
        return new StepOrder(old, now);
    }

    /** Reordered steps matched by their text, so a changed feedback still shows as one. */
    private static List<ChoiceChange> reorderedSteps(Question before, Question after) {
        List<ChoiceChange> changes = new ArrayList<>();
        for (int i = 0; i < after.choices().size(); i++) {
            Choice now = after.choices().get(i);
            Choice old = before.choices().stream()
                    .filter(c -> c.text().equals(now.text()))
                    .findFirst()
                    .orElseThrow();
            List<FieldChange> fields = choiceFields(old, now, true);
            if (!fields.isEmpty()) {
                changes.add(new ChoiceChange(i + 1, Change.CHANGED, now.text(), fields));
            }
        }
        return changes;
    }
}
