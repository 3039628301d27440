package vn.kynangso.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a {@link CourseSource} as a course folder, exactly as content/README.md describes one, so
 * {@link CourseReader} reads it back into the same course. It also remembers which field each line
 * of course.yaml and questions.yaml was written from, so a problem the reader finds at a line can be
 * shown beside the field a trainer typed it in.
 */
public final class CourseFolderWriter {

    /** Where in a course a problem lies: see {@link #fieldAt(Path, int)} for the names. */
    public static final String COURSE = "course";

    public static final String QUESTIONS = "questions";
    public static final String SOURCES = "sources";

    private final Map<String, NavigableMap<Integer, String>> fieldsByFile = new LinkedHashMap<>();

    /**
     * Writes {@code course} into {@code folder} (created; files already there are overwritten) with
     * its pictures ({@code images/<name>}).
     */
    public void write(CourseSource course, Map<String, byte[]> images, Path folder) {
        fieldsByFile.clear();
        try {
            Files.createDirectories(folder.resolve("lessons"));
            write(folder.resolve("course.yaml"), courseYaml(course));
            write(folder.resolve("questions.yaml"), questionsYaml(course));
            write(folder.resolve("SOURCES.md"), course.sources());
            for (CourseSource.LessonSource lesson : course.lessons()) {
                write(
                        folder.resolve("lessons").resolve(lesson.slug() + ".vi.md"),
                        lesson.markdown().vi());
                write(
                        folder.resolve("lessons").resolve(lesson.slug() + ".en.md"),
                        lesson.markdown().en());
            }
            if (!images.isEmpty()) {
                Path imageFolder = Files.createDirectories(folder.resolve("images"));
                for (Map.Entry<String, byte[]> image : images.entrySet()) {
                    Files.write(imageFolder.resolve(image.getKey()), image.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The field a problem at {@code line} of {@code fileName} concerns: {@code course.title},
     * {@code course.assessment.passMark}, … for course.yaml; {@code lesson.<slug>.vi|en} for a
     * lesson file; {@code question.<index>} (0-based) for questions.yaml; {@code sources}; and the
     * file's own name ({@link #COURSE}, {@link #QUESTIONS}) when no line is meant.
     */
    public String fieldAt(Path file, int line) {
        String name = file.getFileName().toString();
        if (name.endsWith(".vi.md") || name.endsWith(".en.md")) {
            String slug = name.substring(0, name.length() - 6);
            return "lesson." + slug + "." + name.substring(name.length() - 5, name.length() - 3);
        }
        if (name.equals("SOURCES.md")) {
            return SOURCES;
        }
        NavigableMap<Integer, String> fields = fieldsByFile.get(name);
        String whole = name.equals("questions.yaml") ? QUESTIONS : COURSE;
        if (fields == null || line <= 0) {
            return whole;
        }
        Map.Entry<Integer, String> field = fields.floorEntry(line);
        return field == null ? whole : field.getValue();
    }

    private String courseYaml(CourseSource course) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", course.id());
        yaml.put("version", course.declaredVersion());
        if (course.category() != CourseCategory.SKILL) {
            yaml.put("category", course.category().name());
        }
        if (course.skill() != null) {
            yaml.put("skill", course.skill().name());
        }
        yaml.put("audience", course.audience().stream().map(Enum::name).toList());
        yaml.put("title", text(course.title()));
        yaml.put("summary", text(course.summary()));
        if (course.creditHours() != null) {
            yaml.put("creditHours", course.creditHours());
        }
        if (course.deadline() != null) {
            yaml.put(
                    "deadline",
                    String.format(
                            "%02d-%02d",
                            course.deadline().getMonthValue(), course.deadline().getDayOfMonth()));
        }
        Map<String, Object> assessment = new LinkedHashMap<>();
        assessment.put("passMark", course.assessment().passMark());
        assessment.put("questionsPerAttempt", course.assessment().questionsPerAttempt());
        Map<String, Object> retake = new LinkedHashMap<>();
        retake.put("waitMinutes", course.assessment().retakeWaitMinutes());
        retake.put("reviewLessons", course.assessment().reviewLessons());
        assessment.put("retake", retake);
        yaml.put("assessment", assessment);
        yaml.put(
                "lessons",
                course.lessons().stream().map(CourseSource.LessonSource::slug).toList());
        String text = yaml().dump(yaml);
        NavigableMap<Integer, String> fields = new TreeMap<>();
        String section = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String key = key(line.strip());
            if (!line.startsWith(" ") && !line.startsWith("-")) {
                section = key;
                fields.put(i + 1, COURSE + "." + key);
            } else if (section.equals("lessons") && line.strip().startsWith("- ")) {
                fields.put(i + 1, "lesson." + line.strip().substring(2).strip());
            } else if (section.equals("assessment") && !key.isEmpty() && !key.equals("retake")) {
                fields.put(i + 1, COURSE + ".assessment." + key);
            }
        }
        fieldsByFile.put("course.yaml", fields);
        return text;
    }

    private static String key(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && !line.startsWith("-") ? line.substring(0, colon) : "";
    }

    private String questionsYaml(CourseSource course) {
        StringBuilder text = new StringBuilder("questions:\n");
        NavigableMap<Integer, String> fields = new TreeMap<>();
        int line = 2;
        List<CourseSource.QuestionSource> questions = course.questions();
        if (questions.isEmpty()) {
            text.setLength(0);
            text.append("questions: []\n");
        }
        for (int i = 0; i < questions.size(); i++) {
            String item = yaml().dump(List.of(question(questions.get(i))));
            fields.put(line, "question." + i);
            text.append(item);
            line += (int) item.chars().filter(c -> c == '\n').count();
        }
        fieldsByFile.put("questions.yaml", fields);
        return text.toString();
    }

    private static Map<String, Object> question(CourseSource.QuestionSource source) {
        Question question = source.question();
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", question.code());
        yaml.put("type", question.type().name());
        if (source.scenario()) {
            yaml.put("scenario", true);
        }
        yaml.put("prompt", text(question.prompt()));
        switch (question.type()) {
            case SINGLE, MULTIPLE -> {
                List<Map<String, Object>> answers = new ArrayList<>();
                for (Choice choice : question.choices()) {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("text", text(choice.text()));
                    answer.put("correct", choice.correct());
                    answer.put("feedback", text(choice.feedback()));
                    answers.add(answer);
                }
                yaml.put("answers", answers);
            }
            case TRUE_FALSE -> {
                // stored as two choices, "true" first; the key is whether the statement is true
                Choice ifTrue =
                        question.choices().isEmpty() ? null : question.choices().get(0);
                Choice ifFalse = question.choices().size() < 2
                        ? null
                        : question.choices().get(1);
                yaml.put("correct", ifTrue != null && ifTrue.correct());
                Map<String, Object> feedback = new LinkedHashMap<>();
                feedback.put("true", text(ifTrue == null ? new Text("", "") : ifTrue.feedback()));
                feedback.put("false", text(ifFalse == null ? new Text("", "") : ifFalse.feedback()));
                yaml.put("feedback", feedback);
            }
            case ORDER -> {
                List<Map<String, Object>> steps = new ArrayList<>();
                for (Choice choice : question.choices()) {
                    Map<String, Object> step = new LinkedHashMap<>();
                    step.put("text", text(choice.text()));
                    step.put("feedback", text(choice.feedback()));
                    steps.add(step);
                }
                yaml.put("steps", steps);
            }
        }
        return yaml;
    }

    private static Map<String, String> text(Text text) {
        Map<String, String> yaml = new LinkedHashMap<>();
        yaml.put("vi", text.vi());
        yaml.put("en", text.en());
        return yaml;
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
