package vn.kynangso.catalog;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads one course folder ({@code content/courses/<id>/}) and checks everything in it. The result
 * is the course, or every problem found with file and line; never half a course.
 */
final class CourseReader {

    static final Pattern COURSE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern LESSON_NAME = Pattern.compile("[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*");
    private static final DateTimeFormatter DEADLINE =
            DateTimeFormatter.ofPattern(CourseContent.DEADLINE_PATTERN).withResolverStyle(ResolverStyle.STRICT);

    private static final List<String> COURSE_KEYS = List.of(
            "id",
            "version",
            "skill",
            "category",
            "audience",
            "title",
            "summary",
            "creditHours",
            "deadline",
            "assessment",
            "lessons");
    private static final List<String> ASSESSMENT_KEYS = List.of("passMark", "questionsPerAttempt", "retake");
    private static final List<String> RETAKE_KEYS = List.of("waitMinutes", "reviewLessons");
    private static final List<String> QUESTION_KEYS =
            List.of("id", "type", "prompt", "answers", "steps", "correct", "feedback", "scenario");
    private static final List<String> ANSWER_KEYS = List.of("text", "correct", "feedback");
    private static final List<String> STEP_KEYS = List.of("text", "feedback");

    /**
     * What reading a course folder gave: the course, or the problems that keep it out; warnings
     * that do not keep it out; and the shape of its question bank ({@code null} when the bank
     * could not be read).
     */
    record Result(
            String folder,
            @Nullable CourseContent course,
            List<ContentProblem> problems,
            List<ContentProblem> warnings,
            @Nullable QuestionBankStats bank) {
        boolean valid() {
            return course != null && problems.isEmpty();
        }
    }

    private final Path root;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final List<ContentProblem> warnings = new ArrayList<>();
    private final Set<String> scenarioCodes = new HashSet<>();
    private @Nullable QuestionBankStats bank;

    /** @param root the content folder; problems name files relative to its parent, as in the repository */
    CourseReader(Path root) {
        this.root = root;
    }

    Result read(Path folder) {
        problems.clear();
        warnings.clear();
        scenarioCodes.clear();
        bank = null;
        String folderName = folder.getFileName().toString();
        CourseContent course = readCourse(folder, folderName);
        return new Result(
                folderName, problems.isEmpty() ? course : null, List.copyOf(problems), List.copyOf(warnings), bank);
    }

    private Path shown(Path file) {
        Path base = root.toAbsolutePath().getParent();
        Path absolute = file.toAbsolutePath();
        return base != null && absolute.startsWith(base) ? base.relativize(absolute) : file;
    }

    private @Nullable CourseContent readCourse(Path folder, String folderName) {
        Path courseFile = folder.resolve("course.yaml");
        if (!COURSE_ID.matcher(folderName).matches()) {
            problems.add(ContentProblem.of(shown(folder), 0, "folder-name", folderName));
        }
        if (!Files.isRegularFile(courseFile)) {
            problems.add(ContentProblem.of(shown(courseFile), 0, "course-file-missing"));
            return null;
        }
        Optional<YamlNode> parsed = YamlNode.parse(courseFile, shown(courseFile), problems);
        if (parsed.isEmpty()) {
            return null;
        }
        YamlNode yaml = parsed.get();
        if (!yaml.isMapping()) {
            yaml.problem("not-a-mapping", "course.yaml");
            return null;
        }
        yaml.onlyKeys("course.yaml", COURSE_KEYS);

        String id = yaml.required("id").flatMap(n -> n.text("id")).orElse(null);
        if (id != null && !id.equals(folderName)) {
            yaml.required("id").ifPresent(n -> n.problem("id-mismatch", id, folderName));
        }
        Integer version = yaml.required("version")
                .flatMap(n -> n.integer("version", 1, 100_000))
                .orElse(null);

        CourseCategory category = yaml.optional("category")
                .flatMap(n -> enumValue(n, "category", CourseCategory.class))
                .orElse(CourseCategory.SKILL);
        Skill skill = null;
        if (category == CourseCategory.SKILL) {
            skill = yaml.required("skill")
                    .flatMap(n -> enumValue(n, "skill", Skill.class))
                    .orElse(null);
        } else {
            yaml.optional("skill").ifPresent(n -> n.problem("skill-on-official"));
        }
        Set<Audience> audience = new LinkedHashSet<>();
        Optional<YamlNode> audienceNode = yaml.required("audience");
        audienceNode.ifPresent(n -> n.items("audience")
                .forEach(item -> enumValue(item, "audience", Audience.class).ifPresent(audience::add)));
        if (audienceNode.isPresent() && audienceNode.get().items("audience").isEmpty()) {
            audienceNode.get().problem("audience-empty");
        }
        Text title = yaml.required("title").flatMap(n -> n.localized("title")).orElse(null);
        Text summary =
                yaml.required("summary").flatMap(n -> n.localized("summary")).orElse(null);

        Integer creditHours = null;
        MonthDay deadline = null;
        if (category == CourseCategory.OFFICIAL) {
            creditHours = yaml.required("creditHours")
                    .flatMap(n -> n.integer("creditHours", 1, 200))
                    .orElse(null);
            deadline = yaml.required("deadline").flatMap(this::deadline).orElse(null);
        } else {
            yaml.optional("creditHours").ifPresent(n -> n.problem("official-only", "creditHours"));
            yaml.optional("deadline").ifPresent(n -> n.problem("official-only", "deadline"));
        }

        Assessment assessment =
                yaml.required("assessment").map(this::assessment).orElse(null);
        List<Lesson> lessons =
                yaml.required("lessons").map(n -> lessons(n, folder)).orElse(List.of());
        int problemsBefore = problems.size();
        List<Question> questions = questions(folder);
        boolean bankRead = problems.size() == problemsBefore; // a broken bank is reported on its own
        if (bankRead) {
            checkBank(folder, questions);
        }
        if (assessment != null && bankRead && questions.size() < assessment.questionsPerAttempt()) {
            yaml.required("assessment")
                    .ifPresent(n -> n.problem("bank-too-small", questions.size(), assessment.questionsPerAttempt()));
        }
        if (!problems.isEmpty()
                || id == null
                || version == null
                || title == null
                || summary == null
                || assessment == null) {
            return null;
        }
        return new CourseContent(
                id,
                version,
                category,
                skill,
                audience.stream().sorted().toList(),
                title,
                summary,
                creditHours,
                deadline,
                assessment,
                lessons,
                questions);
    }

    /**
     * Warnings, not errors: a bank whose right answer is usually the longest one, or whose
     * true/false questions are nearly all keyed the same way, can be passed without reading the
     * lessons. The course is still published. Limits: {@link QuestionBankStats}.
     */
    private void checkBank(Path folder, List<Question> questions) {
        QuestionBankStats stats = QuestionBankStats.of(questions, scenarioCodes);
        bank = stats;
        Path file = shown(folder.resolve("questions.yaml"));
        if (stats.longestRightTooOften()) {
            warnings.add(ContentProblem.of(
                    file,
                    0,
                    "longest-right",
                    stats.longestRight(),
                    stats.choice(),
                    stats.longestRightPercent(),
                    QuestionBankStats.LONGEST_RIGHT_MAX_PERCENT));
        }
        if (stats.trueFalseUnbalanced()) {
            boolean mostlyTrue = stats.keyedTrue() > stats.keyedFalse();
            warnings.add(ContentProblem.of(
                    file,
                    0,
                    mostlyTrue ? "true-false-mostly-true" : "true-false-mostly-false",
                    Math.max(stats.keyedTrue(), stats.keyedFalse()),
                    stats.trueFalse(),
                    stats.trueFalseMajorityPercent(),
                    QuestionBankStats.TRUE_FALSE_MAX_PERCENT));
        }
    }

    /** A day of the year, month first ("11-30"); anything else is a problem, 30 February included. */
    private Optional<MonthDay> deadline(YamlNode node) {
        return node.text("deadline").flatMap(text -> {
            try {
                return Optional.of(MonthDay.parse(text, DEADLINE));
            } catch (DateTimeParseException e) {
                node.problem("deadline-format", text);
                return Optional.empty();
            }
        });
    }

    private @Nullable Assessment assessment(YamlNode node) {
        node.onlyKeys("assessment", ASSESSMENT_KEYS);
        Integer passMark = node.required("passMark")
                .flatMap(n -> n.integer("passMark", 1, 100))
                .orElse(null);
        Integer perAttempt = node.required("questionsPerAttempt")
                .flatMap(n -> n.integer("questionsPerAttempt", 1, 100))
                .orElse(null);
        int wait = 0;
        boolean review = false;
        Optional<YamlNode> retake = node.optional("retake");
        if (retake.isPresent()) {
            retake.get().onlyKeys("retake", RETAKE_KEYS);
            wait = retake.get()
                    .optional("waitMinutes")
                    .flatMap(n -> n.integer("waitMinutes", 0, 10_080))
                    .orElse(0);
            review = retake.get()
                    .optional("reviewLessons")
                    .flatMap(n -> n.bool("reviewLessons"))
                    .orElse(false);
        }
        if (passMark == null || perAttempt == null) {
            return null; // already reported; no made-up numbers for further checks
        }
        return new Assessment(passMark, perAttempt, wait, review);
    }

    private List<Lesson> lessons(YamlNode list, Path folder) {
        List<Lesson> lessons = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<YamlNode> items = list.items("lessons");
        if (items.isEmpty()) {
            list.problem("no-lessons");
        }
        for (YamlNode item : items) {
            Optional<String> name = item.text("lessons");
            if (name.isEmpty()) {
                continue;
            }
            if (!LESSON_NAME.matcher(name.get()).matches()) {
                item.problem("lesson-name", name.get());
                continue;
            }
            if (!seen.add(name.get())) {
                item.problem("lesson-duplicate", name.get());
                continue;
            }
            Path vi = folder.resolve("lessons").resolve(name.get() + ".vi.md");
            Path en = folder.resolve("lessons").resolve(name.get() + ".en.md");
            boolean missing = false;
            for (Path file : List.of(vi, en)) {
                if (!Files.isRegularFile(file)) {
                    item.problem("lesson-file-missing", shown(file));
                    missing = true;
                }
            }
            if (missing) {
                continue;
            }
            String viText = readText(vi);
            String enText = readText(en);
            if (viText == null || enText == null) {
                continue;
            }
            Path images = folder.resolve("images");
            String viTitle = LessonMarkdown.title(viText, shown(vi), problems);
            String enTitle = LessonMarkdown.title(enText, shown(en), problems);
            List<String> viShape = LessonMarkdown.check(viText, shown(vi), images, problems);
            List<String> enShape = LessonMarkdown.check(enText, shown(en), images, problems);
            if (!viShape.equals(enShape)) {
                problems.add(ContentProblem.of(
                        shown(en), 0, "lesson-structure", String.join(", ", viShape), String.join(", ", enShape)));
            }
            lessons.add(new Lesson(name.get(), new Text(viTitle, enTitle), new Text(viText, enText)));
        }
        return lessons;
    }

    private @Nullable String readText(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            // Vietnamese typed on different keyboards may decompose diacritics; store one form.
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        } catch (MalformedInputException e) {
            problems.add(ContentProblem.of(shown(file), 0, "not-utf8"));
            return null;
        } catch (IOException e) {
            problems.add(ContentProblem.of(shown(file), 0, "unreadable", e.getMessage()));
            return null;
        }
    }

    private List<Question> questions(Path folder) {
        Path file = folder.resolve("questions.yaml");
        if (!Files.isRegularFile(file)) {
            problems.add(ContentProblem.of(shown(file), 0, "questions-file-missing"));
            return List.of();
        }
        Optional<YamlNode> parsed = YamlNode.parse(file, shown(file), problems);
        if (parsed.isEmpty()) {
            return List.of();
        }
        YamlNode yaml = parsed.get();
        yaml.onlyKeys("questions.yaml", List.of("questions"));
        List<Question> questions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlNode node :
                yaml.required("questions").map(n -> n.items("questions")).orElse(List.of())) {
            question(node, codes).ifPresent(questions::add);
        }
        return questions;
    }

    private Optional<Question> question(YamlNode node, Set<String> codes) {
        if (!node.isMapping()) {
            node.problem("not-a-mapping", "questions");
            return Optional.empty();
        }
        node.onlyKeys("question", QUESTION_KEYS);
        String code = node.required("id").flatMap(n -> n.text("id")).orElse(null);
        if (code != null && !codes.add(code)) {
            node.problem("question-duplicate", code);
        }
        QuestionType type = node.required("type")
                .flatMap(n -> enumValue(n, "type", QuestionType.class))
                .orElse(null);
        Text prompt =
                node.required("prompt").flatMap(n -> n.localized("prompt")).orElse(null);
        boolean scenario =
                node.optional("scenario").flatMap(n -> n.bool("scenario")).orElse(false);
        if (scenario && code != null) {
            scenarioCodes.add(code);
        }
        if (type == null) {
            return Optional.empty();
        }
        List<Choice> choices = switch (type) {
            case SINGLE, MULTIPLE -> answers(node, type, code);
            case TRUE_FALSE -> trueFalse(node);
            case ORDER -> steps(node, code);
        };
        if (code == null || prompt == null || choices == null) {
            return Optional.empty();
        }
        return Optional.of(new Question(code, type, prompt, choices));
    }

    private @Nullable List<Choice> answers(YamlNode node, QuestionType type, @Nullable String code) {
        Optional<YamlNode> answers = node.required("answers");
        if (answers.isEmpty()) {
            return null;
        }
        List<YamlNode> items = answers.get().items("answers");
        if (items.size() < 2 || items.size() > 6) {
            answers.get().problem("answer-count", items.size());
        }
        warnRepeatedOptions(items, code);
        List<Choice> choices = new ArrayList<>();
        for (YamlNode item : items) {
            item.onlyKeys("answer", ANSWER_KEYS);
            Optional<Text> text = item.required("text").flatMap(n -> n.localized("text"));
            Optional<Boolean> correct = item.required("correct").flatMap(n -> n.bool("correct"));
            Optional<Text> feedback = item.required("feedback").flatMap(n -> n.localized("feedback"));
            if (text.isPresent() && correct.isPresent() && feedback.isPresent()) {
                choices.add(new Choice(text.get(), correct.get(), feedback.get()));
            }
        }
        long right = choices.stream().filter(Choice::correct).count();
        if (choices.size() == items.size()) {
            if (type == QuestionType.SINGLE && right != 1) {
                node.problem("single-correct-count", code, right);
            }
            if (type == QuestionType.MULTIPLE && right < 2) {
                node.problem("multiple-correct-count", code, right);
            }
        }
        return choices.size() == items.size() ? choices : null;
    }

    private @Nullable List<Choice> trueFalse(YamlNode node) {
        Optional<Boolean> correct = node.required("correct").flatMap(n -> n.bool("correct"));
        Optional<YamlNode> feedback = node.required("feedback");
        Optional<Text> ifTrue = Optional.empty();
        Optional<Text> ifFalse = Optional.empty();
        if (feedback.isPresent()) {
            feedback.get().onlyKeys("feedback", List.of("true", "false"));
            ifTrue = feedback.get().required("true").flatMap(n -> n.localized("feedback.true"));
            ifFalse = feedback.get().required("false").flatMap(n -> n.localized("feedback.false"));
        }
        if (correct.isEmpty() || ifTrue.isEmpty() || ifFalse.isEmpty()) {
            return null;
        }
        return List.of(
                new Choice(new Text("Đúng", "True"), correct.get(), ifTrue.get()),
                new Choice(new Text("Sai", "False"), !correct.get(), ifFalse.get()));
    }

    private @Nullable List<Choice> steps(YamlNode node, @Nullable String code) {
        Optional<YamlNode> steps = node.required("steps");
        if (steps.isEmpty()) {
            return null;
        }
        List<YamlNode> items = steps.get().items("steps");
        if (items.size() < 3 || items.size() > 6) {
            steps.get().problem("step-count", items.size());
        }
        warnRepeatedOptions(items, code);
        List<Choice> choices = new ArrayList<>();
        for (YamlNode item : items) {
            item.onlyKeys("step", STEP_KEYS);
            Optional<Text> text = item.required("text").flatMap(n -> n.localized("text"));
            Optional<Text> feedback = item.required("feedback").flatMap(n -> n.localized("feedback"));
            if (text.isPresent() && feedback.isPresent()) {
                choices.add(new Choice(text.get(), true, feedback.get()));
            }
        }
        return choices.size() == items.size() ? choices : null;
    }

    /**
     * A warning, not an error: two answers (or steps) that read the same in one language look like
     * one option to the learner, and one of them is right or wrong for no visible reason. Compared
     * as a reader sees them: case, Unicode form and runs of spaces do not count. Reported at the
     * second one; unreadable texts are left to the errors.
     */
    private void warnRepeatedOptions(List<YamlNode> items, @Nullable String code) {
        for (String language : List.of("vi", "en")) {
            Set<String> seen = new HashSet<>();
            for (YamlNode item : items) {
                Optional<YamlNode> text = item.isMapping()
                        ? item.optional("text").filter(YamlNode::isMapping).flatMap(t -> t.optional(language))
                        : Optional.empty();
                Optional<String> written = text.flatMap(YamlNode::scalar);
                if (text.isEmpty() || written.isEmpty() || written.get().isBlank()) {
                    continue;
                }
                if (!seen.add(sameOption(written.get()))) {
                    warnings.add(ContentProblem.of(
                            text.get().file(),
                            text.get().line(),
                            "option-repeated",
                            code == null ? "?" : code,
                            written.get(),
                            language));
                }
            }
        }
    }

    /** An option's text as compared for repeats: composed, trimmed, spaces collapsed, lower case. */
    static String sameOption(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .strip()
                .replaceAll("(?U)\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(YamlNode node, String field, Class<E> type) {
        return node.text(field).flatMap(value -> {
            try {
                return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                node.problem(
                        "unknown-value",
                        field,
                        value,
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
                return Optional.empty();
            }
        });
    }
}
