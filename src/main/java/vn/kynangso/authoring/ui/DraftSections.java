package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.kynangso.authoring.Draft;
import vn.kynangso.authoring.DraftReview;
import vn.kynangso.authoring.Settings;
import vn.kynangso.catalog.CourseSource;
import vn.kynangso.catalog.CourseSource.LessonSource;
import vn.kynangso.catalog.CourseSource.QuestionSource;
import vn.kynangso.catalog.CourseSources;
import vn.kynangso.catalog.QuestionType;

/**
 * The editor's sections and the problems the content check finds, each shown beside its field:
 * course texts and settings, lessons, questions, translations, sources. Rechecked after every save.
 */
class DraftSections {

    static final List<String> NAMES = List.of("settings", "lessons", "questions", "translations", "sources", "history");

    private final DraftContext context;
    private final DraftReview review;
    private final Consumer<String> show;
    private final Div summary = new Div();
    private final Map<String, AutosaveText> texts = new LinkedHashMap<>();
    private final Map<String, LessonEditor> lessons = new LinkedHashMap<>();
    private final Map<String, QuestionEditor> questions = new LinkedHashMap<>();
    private final Div lessonList = new Div();
    private final Div questionList = new Div();
    private final Div courseProblems = new Div();
    private final Div lessonProblems = new Div();
    private final Div questionProblems = new Div();
    private final SettingsForm settings;
    private final Div settingsSection = new Div();
    private final Div lessonsSection = new Div();
    private final Div questionsSection = new Div();
    private final Div sourcesSection = new Div();
    private final TranslationsPanel translations;
    private List<String> lessonOrder = List.of();
    private List<String> questionOrder = List.of();

    DraftSections(DraftContext context, DraftReview review, Consumer<String> show) {
        this.context = context;
        this.review = review;
        this.show = show;
        summary.setId("draft-problems");
        summary.addClassName("kns-problem-summary");
        Draft draft = context.draft();
        settings = new SettingsForm(context);
        settingsSection.add(
                text(
                        "title.vi",
                        new TextField(label("title.vi")),
                        draft.source().title().vi()),
                text(
                        "title.en",
                        new TextField(label("title.en")),
                        draft.source().title().en()),
                text(
                        "summary.vi",
                        new TextArea(label("summary.vi")),
                        draft.source().summary().vi()),
                text(
                        "summary.en",
                        new TextArea(label("summary.en")),
                        draft.source().summary().en()),
                settings,
                courseProblems);
        Button addLesson = new Button(label("lesson.add"), VaadinIcon.PLUS.create(), e -> {
            context.saved(context.authoring.addLesson(context.id()));
            rebuildLessons();
        });
        addLesson.setId("lesson-add");
        lessonsSection.add(lessonProblems, lessonList, addLesson);
        Div addQuestion = new Div(new Paragraph(label("question.add")));
        addQuestion.addClassName("kns-add-question");
        for (QuestionType type : QuestionType.values()) {
            Button button = new Button(label("question.type." + type.name()), VaadinIcon.PLUS.create(), e -> {
                context.saved(context.authoring.addQuestion(context.id(), type));
                rebuildQuestions();
            });
            button.setId("question-add-" + type.name());
            addQuestion.add(button);
        }
        questionsSection.add(
                questionProblems, questionList, addQuestion, new GiftSection(context, this::rebuildQuestions));
        TextArea sources = new TextArea(label("sources"));
        sources.setHelperText(label("sources.help"));
        sourcesSection.add(text("sources", sources, draft.source().sources()));
        translations = new TranslationsPanel(context, this::open);
        rebuildLessons();
        rebuildQuestions();
        context.onSaved(this::saved);
        recheck();
    }

    Div summary() {
        return summary;
    }

    /** The section's component; the same one each time, so what is typed stays. */
    Component section(String name) {
        return switch (name) {
            case "lessons" -> lessonsSection;
            case "questions" -> questionsSection;
            case "translations" -> translations;
            case "sources" -> sourcesSection;
            default -> settingsSection;
        };
    }

    /** Rechecks the draft and puts each problem beside its field. */
    void recheck() {
        CourseSources.Check check = review.check(context.id());
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (CourseSources.Placed placed : check.problems()) {
            byField.computeIfAbsent(placed.field(), f -> new ArrayList<>()).add(message(placed));
        }
        Map<String, List<String>> warnings = new LinkedHashMap<>();
        for (CourseSources.Placed placed : check.warnings()) {
            warnings.computeIfAbsent(placed.field(), f -> new ArrayList<>()).add(message(placed));
        }
        texts.forEach((field, text) -> {
            text.problems().removeAll();
            String key = field.startsWith("sources") ? "sources" : "course." + field.substring(0, field.indexOf('.'));
            byField.getOrDefault(key, List.of()).forEach(m -> text.problems().add(AuthoringFormats.problem(m)));
        });
        List<String> settingsProblems = new ArrayList<>();
        byField.forEach((field, messages) -> {
            if (field.startsWith("course.")
                    && !field.equals("course.title")
                    && !field.equals("course.summary")
                    && !field.equals("course.lessons")) {
                settingsProblems.addAll(messages);
            }
        });
        settings.problems(settingsProblems);
        courseProblems.removeAll();
        byField.getOrDefault("course", List.of()).forEach(m -> courseProblems.add(AuthoringFormats.problem(m)));
        lessonProblems.removeAll();
        byField.getOrDefault("course.lessons", List.of()).forEach(m -> lessonProblems.add(AuthoringFormats.problem(m)));
        lessons.forEach((slug, editor) -> {
            List<String> messages = new ArrayList<>();
            for (String suffix : List.of("", ".vi", ".en")) {
                messages.addAll(byField.getOrDefault("lesson." + slug + suffix, List.of()));
            }
            editor.problems(messages);
        });
        questionProblems.removeAll();
        byField.getOrDefault("questions", List.of()).forEach(m -> questionProblems.add(AuthoringFormats.problem(m)));
        warnings.getOrDefault("questions", List.of()).forEach(m -> questionProblems.add(AuthoringFormats.warning(m)));
        for (int i = 0; i < questionOrder.size(); i++) {
            QuestionEditor editor = questions.get(questionOrder.get(i));
            editor.problems(
                    byField.getOrDefault("question." + i, List.of()),
                    warnings.getOrDefault("question." + i, List.of()));
        }
        summary.removeAll();
        int count = check.problems().size();
        Paragraph line = new Paragraph(
                count == 0
                        ? context.draft().staleEnglish().isEmpty() ? label("check.ok") : label("check.ok-stale")
                        : label("check.problems"));
        if (count > 0) {
            line.setText(summary.getTranslation("authoring.check.problems", count));
            line.addClassName("kns-error");
        }
        line.setId("draft-problem-count");
        summary.add(line);
    }

    private String message(CourseSources.Placed placed) {
        return summary.getTranslation(
                placed.problem().translationKey(), placed.problem().args().toArray());
    }

    private void saved(Draft draft) {
        CourseSource source = draft.source();
        texts.forEach((field, text) -> text.refresh(vn.kynangso.authoring.AuthoringService.textOf(source, field)));
        settings.refresh(Settings.of(source));
        if (!source.lessons().stream().map(LessonSource::slug).toList().equals(lessonOrder)) {
            rebuildLessons();
        } else {
            source.lessons().forEach(l -> lessons.get(l.slug()).refresh(l));
        }
        if (!source.questions().stream().map(q -> q.question().code()).toList().equals(questionOrder)) {
            rebuildQuestions();
        } else {
            for (int i = 0; i < source.questions().size(); i++) {
                QuestionSource q = source.questions().get(i);
                questions.get(q.question().code()).refresh(q, i + 1);
            }
        }
        recheck();
    }

    private void rebuildLessons() {
        List<LessonSource> all = context.draft().source().lessons();
        lessonOrder = all.stream().map(LessonSource::slug).toList();
        lessons.clear();
        lessonList.removeAll();
        for (int i = 0; i < all.size(); i++) {
            LessonEditor editor = new LessonEditor(context, all.get(i), i, all.size(), this::rebuildLessons);
            lessons.put(all.get(i).slug(), editor);
            lessonList.add(editor);
        }
    }

    private void rebuildQuestions() {
        List<QuestionSource> all = context.draft().source().questions();
        questionOrder = all.stream().map(q -> q.question().code()).toList();
        questions.clear();
        questionList.removeAll();
        for (int i = 0; i < all.size(); i++) {
            QuestionEditor editor = new QuestionEditor(context, all.get(i), i + 1, this::rebuildQuestions);
            questions.put(all.get(i).question().code(), editor);
            questionList.add(editor);
        }
        if (all.isEmpty()) {
            questionList.add(new Paragraph(label("question.none")));
        }
    }

    private void open(String key) {
        if (key.startsWith("lesson.")) {
            show.accept("lessons");
            LessonEditor editor = lessons.get(key.substring(7));
            if (editor != null) {
                editor.scrollIntoView();
            }
        } else if (key.startsWith("question.")) {
            show.accept("questions");
            QuestionEditor editor = questions.get(key.substring(9));
            if (editor != null) {
                editor.scrollIntoView();
            }
        } else {
            show.accept("settings");
        }
    }

    private AutosaveText text(String field, com.vaadin.flow.component.AbstractField<?, String> input, String value) {
        input.setId("draft-" + field.replace('.', '-'));
        AutosaveText text = new AutosaveText(
                input,
                value,
                (base, now) -> context.authoring.saveText(context.id(), field, base, now),
                context::saved,
                context.whoWhen);
        texts.put(field, text);
        return text;
    }

    private String label(String key) {
        return summary.getTranslation("authoring." + key);
    }
}
