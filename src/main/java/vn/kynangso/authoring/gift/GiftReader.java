package vn.kynangso.authoring.gift;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.kynangso.authoring.gift.GiftImport.Imported;
import vn.kynangso.authoring.gift.GiftImport.Refused;
import vn.kynangso.authoring.gift.GiftText.Format;
import vn.kynangso.authoring.gift.GiftText.Formatted;
import vn.kynangso.base.Texts;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Text;

/**
 * Reads a question bank written in GIFT (Moodle's text format for questions) in one language.
 * Choice questions ({@code =} and {@code ~}, partial credit with {@code ~%50%}), true/false and this
 * product's ordering extension are imported; every question type the product does not have, and
 * every malformed question, is refused with its first line and a plain reason, never imported
 * differently from what its author meant. content/README.md, "Question banks in GIFT (Moodle)",
 * lists the rules for trainers.
 */
public final class GiftReader {

    /** The largest file read: 1 MB. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** The most questions read from one file. */
    public static final int MAX_QUESTIONS = 500;

    /** Comment line marking the next question as a scenario. */
    static final String SCENARIO_MARK = "@kns-scenario";

    /** Comment line marking the next question, written as comment lines, as an ordering question. */
    static final String ORDER_MARK = "@kns-order";

    static final int MIN_ANSWERS = 2;
    static final int MAX_ANSWERS = 6;
    static final int MIN_STEPS = 3;
    static final int MAX_STEPS = 6;

    private static final String CATEGORY = "$CATEGORY:";
    private static final Pattern WEIGHT = Pattern.compile("^\\s*%(-?\\d{1,3}(?:[.,]\\d+)?)%");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final double SAME_WEIGHT = 0.01;

    private final boolean english;
    private final GiftCodes codes;
    private final List<Imported> imported = new ArrayList<>();
    private final List<Refused> refused = new ArrayList<>();
    private @Nullable String category;
    private int questionCount;

    private GiftReader(Locale language, Set<String> takenCodes) {
        this.english = TranslationProvider.isEnglish(language);
        this.codes = new GiftCodes(takenCodes);
    }

    /**
     * The text of an uploaded GIFT file: UTF-8, with or without a byte order mark.
     *
     * @throws GiftFileException {@code gift.problem.too-large} over {@link #MAX_BYTES}, {@code
     *     gift.problem.not-utf8} when the bytes are not UTF-8 (a file saved as "ANSI" or UTF-16)
     */
    public static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new GiftFileException("too-large", MAX_BYTES / (1024 * 1024));
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new GiftFileException("not-utf8");
        }
    }

    /**
     * The questions of a GIFT text, their texts in {@code language} (Vietnamese unless English, by
     * {@link TranslationProvider#isEnglish}) and "" in the other language.
     *
     * @param text the file's text ({@link #decode} for uploaded bytes)
     * @param language the language the file is written in
     * @param takenCodes question codes the course already has; new codes avoid them and each other
     * @throws GiftFileException {@code gift.problem.too-large} for a text over {@link #MAX_BYTES}
     */
    public static GiftImport read(String text, Locale language, Set<String> takenCodes) {
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new GiftFileException("too-large", MAX_BYTES / (1024 * 1024));
        }
        GiftReader reader = new GiftReader(language, takenCodes);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\r|\n", -1);
        List<Line> block = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            if (i < lines.length && !lines[i].isBlank()) {
                block.add(new Line(i + 1, lines[i]));
            } else if (!block.isEmpty()) {
                if (!reader.block(block)) {
                    break;
                }
                block.clear();
            }
        }
        return new GiftImport(reader.imported, reader.refused);
    }

    private record Line(int number, String text) {}

    /** A reason not to import a question: a {@code gift.problem.*} key and its values. */
    private static final class Refusal extends Exception {
        private final String key;
        private final List<Object> args;

        Refusal(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = List.of(args);
        }
    }

    /** One block of lines between blank lines; false once the question limit is reached. */
    private boolean block(List<Line> lines) {
        boolean scenario = false;
        boolean order = false;
        List<Line> content = new ArrayList<>();
        for (Line line : lines) {
            String trimmed = line.text().strip();
            if (order) {
                // an ordering question is written as comment lines, so that Moodle skips it
                String uncommented = trimmed.startsWith("//") ? trimmed.substring(2) : trimmed;
                content.add(
                        new Line(line.number(), uncommented.startsWith(" ") ? uncommented.substring(1) : uncommented));
            } else if (trimmed.startsWith(CATEGORY)) {
                category = Texts.nfc(trimmed.substring(CATEGORY.length()).strip());
            } else if (trimmed.startsWith("//")) {
                String comment = trimmed.substring(2).strip();
                scenario |= comment.equals(SCENARIO_MARK);
                order = comment.equals(ORDER_MARK);
            } else {
                content.add(line);
            }
        }
        if (content.isEmpty()) {
            return true;
        }
        int first = content.getFirst().number();
        if (++questionCount > MAX_QUESTIONS) {
            refused.add(new Refused(first, "too-many-questions", List.of(MAX_QUESTIONS)));
            return false;
        }
        String raw = String.join("\n", content.stream().map(Line::text).toList());
        try {
            imported.add(question(first, Texts.nfc(raw), scenario, order));
        } catch (Refusal refusal) {
            refused.add(new Refused(first, refusal.key, refusal.args));
        }
        return true;
    }

    private Imported question(int line, @Nullable String raw, boolean scenario, boolean order) throws Refusal {
        String text = GiftText.protect(raw == null ? "" : raw, order).strip();
        String title = null;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                throw new Refusal("title-unclosed");
            }
            title = GiftText.plain(new Formatted(Format.PLAIN, text.substring(2, end)));
            text = text.substring(end + 2).strip();
        }
        int open = text.indexOf('{');
        int close = text.indexOf('}');
        if (open < 0 && close < 0) {
            throw new Refusal("description");
        }
        if (open < 0 || close < open || text.indexOf('{', open + 1) >= 0 && text.indexOf('{', open + 1) < close) {
            throw new Refusal("braces");
        }
        if (!text.substring(close + 1).isBlank()) {
            throw new Refusal("missing-word");
        }
        Formatted prompt = GiftText.format(text.substring(0, open), Format.MOODLE);
        String answers = text.substring(open + 1, close).strip();
        List<String> notes = new ArrayList<>();
        String general = "";
        int generalStart = answers.lastIndexOf("####");
        if (generalStart >= 0) {
            general = plain(answers.substring(generalStart + 4), prompt.format(), notes);
            answers = answers.substring(0, generalStart).strip();
        }
        Parsed parsed = answers(answers, order, prompt.format(), notes);
        String promptText = GiftText.plain(prompt);
        if (promptText.isEmpty()) {
            throw new Refusal("empty-prompt");
        }
        if (prompt.format() == Format.HTML) {
            notes.add("gift.note.html-reduced");
        }
        if (general.isEmpty() && parsed.feedback().stream().anyMatch(String::isEmpty)) {
            notes.add("gift.note.missing-feedback");
        }
        if (!general.isEmpty()) {
            notes.add("gift.note.general-feedback");
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < parsed.texts().size(); i++) {
            String feedback = parsed.feedback().get(i);
            if (!general.isEmpty()) {
                feedback = feedback.isEmpty() ? general : feedback + "\n" + general;
            }
            Text choiceText = parsed.type() == QuestionType.TRUE_FALSE
                    ? parsed.texts().get(i).equals("T") ? new Text("Đúng", "True") : new Text("Sai", "False")
                    : text(parsed.texts().get(i));
            choices.add(new Choice(choiceText, parsed.correct().get(i), text(feedback)));
        }
        Question question = new Question(codes.next(title, line), parsed.type(), text(promptText), choices);
        return new Imported(
                line,
                question,
                title,
                category,
                scenario,
                notes.stream().distinct().toList());
    }

    /** A question's answers as read; for true/false the texts are "T" and "F". */
    private record Parsed(QuestionType type, List<String> texts, List<Boolean> correct, List<String> feedback) {}

    private static Parsed answers(String answers, boolean order, Format format, List<String> notes) throws Refusal {
        if (answers.isEmpty()) {
            throw new Refusal("essay");
        }
        if (order) {
            return steps(answers, format, notes);
        }
        if (answers.startsWith("#")) {
            throw new Refusal("numeric");
        }
        if (answers.contains("~")) {
            return choices(answers, format, notes);
        }
        if (answers.contains("=") && answers.contains("->")) {
            throw new Refusal("matching");
        }
        int hash = answers.indexOf('#');
        String key = (hash < 0 ? answers : answers.substring(0, hash)).strip().toUpperCase(Locale.ROOT);
        if (TRUE_FALSE.contains(key)) {
            return trueFalse(answers, key.startsWith("T"), format, notes);
        }
        throw new Refusal("short-answer");
    }

    /**
     * Moodle's rule: with a {@code =} answer the learner picks one; without, the learner ticks every
     * answer with a positive weight.
     */
    private static Parsed choices(String answers, Format format, List<String> notes) throws Refusal {
        List<Character> marks = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        int start = 0;
        char mark = '~';
        for (int i = 0; i <= answers.length(); i++) {
            if (i == answers.length() || answers.charAt(i) == '~' || answers.charAt(i) == '=') {
                String body = answers.substring(start, i);
                if (i > 0 && (start > 0 || !body.isBlank())) {
                    marks.add(mark);
                    bodies.add(body);
                }
                if (i < answers.length()) {
                    mark = answers.charAt(i);
                    start = i + 1;
                }
            }
        }
        if (bodies.size() < MIN_ANSWERS || bodies.size() > MAX_ANSWERS) {
            throw new Refusal("answer-count", bodies.size());
        }
        List<Double> weights = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i);
            Matcher weight = WEIGHT.matcher(body);
            double value = marks.get(i) == '=' ? 100 : 0;
            if (weight.find()) {
                value = Double.parseDouble(weight.group(1).replace(',', '.'));
                body = body.substring(weight.end());
            }
            weights.add(value);
            int hash = body.indexOf('#');
            String answer = plain(hash < 0 ? body : body.substring(0, hash), format, notes);
            if (answer.isEmpty()) {
                throw new Refusal("empty-answer");
            }
            texts.add(answer);
            feedback.add(hash < 0 ? "" : plain(body.substring(hash + 1), format, notes));
        }
        List<Boolean> correct = new ArrayList<>();
        if (marks.contains('=')) {
            for (int i = 0; i < weights.size(); i++) {
                correct.add(marks.get(i) == '=' && weights.get(i) >= 100);
            }
            long right = correct.stream().filter(c -> c).count();
            if (right == 0) {
                throw new Refusal("no-right-answer");
            }
            if (right > 1) {
                throw new Refusal("several-right");
            }
            if (weights.stream().filter(w -> w > 0).count() > 1) {
                notes.add("gift.note.partial-dropped");
            }
            return new Parsed(QuestionType.SINGLE, texts, correct, feedback);
        }
        weights.forEach(w -> correct.add(w > 0));
        List<Double> positive = weights.stream().filter(w -> w > 0).toList();
        if (positive.isEmpty()) {
            throw new Refusal("no-right-answer");
        }
        if (positive.size() == 1) {
            notes.add("gift.note.one-right");
            return new Parsed(QuestionType.SINGLE, texts, correct, feedback);
        }
        double max = positive.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double min = positive.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        if (max - min > SAME_WEIGHT) {
            notes.add("gift.note.unequal-weights");
        }
        double share = 100.0 / positive.size();
        if (weights.stream().anyMatch(w -> w <= 0 && Math.abs(w + share) > SAME_WEIGHT)) {
            notes.add("gift.note.wrong-weights");
        }
        return new Parsed(QuestionType.MULTIPLE, texts, correct, feedback);
    }

    /**
     * {@code {T#if wrong#if right}}: Moodle's first feedback is for the wrong answer, the second for
     * the right one; this product keeps feedback per choice ("True" first), so they are swapped for
     * a false statement.
     */
    private static Parsed trueFalse(String answers, boolean statementTrue, Format format, List<String> notes) {
        String[] parts = answers.split("#", 3);
        String ifWrong = parts.length > 1 ? plain(parts[1], format, notes) : "";
        String ifRight = parts.length > 2 ? plain(parts[2], format, notes) : "";
        return new Parsed(
                QuestionType.TRUE_FALSE,
                List.of("T", "F"),
                List.of(statementTrue, !statementTrue),
                statementTrue ? List.of(ifRight, ifWrong) : List.of(ifWrong, ifRight));
    }

    /** This product's extension: {@code {>first step #why >second step #why ...}}, in order. */
    private static Parsed steps(String answers, Format format, List<String> notes) throws Refusal {
        if (!answers.startsWith(">")) {
            throw new Refusal("order-malformed");
        }
        String[] steps = answers.substring(1).split(">", -1);
        if (steps.length < MIN_STEPS || steps.length > MAX_STEPS) {
            throw new Refusal("step-count", steps.length);
        }
        List<String> texts = new ArrayList<>();
        List<Boolean> correct = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        for (String step : steps) {
            int hash = step.indexOf('#');
            String stepText = plain(hash < 0 ? step : step.substring(0, hash), format, notes);
            if (stepText.isEmpty()) {
                throw new Refusal("empty-answer");
            }
            texts.add(stepText);
            correct.add(true);
            feedback.add(hash < 0 ? "" : plain(step.substring(hash + 1), format, notes));
        }
        return new Parsed(QuestionType.ORDER, texts, correct, feedback);
    }

    /** A (protected) text as shown, with its own format or {@code fallback}; notes HTML reduced. */
    private static String plain(String raw, Format fallback, List<String> notes) {
        Formatted formatted = GiftText.format(raw, fallback);
        if (formatted.format() == Format.HTML) {
            notes.add("gift.note.html-reduced");
        }
        return GiftText.plain(formatted);
    }

    private Text text(String value) {
        return english ? new Text("", value) : new Text(value, "");
    }
}
