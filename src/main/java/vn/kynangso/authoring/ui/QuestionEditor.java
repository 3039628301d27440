package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.kynangso.authoring.AuthoringException;
import vn.kynangso.authoring.EditConflict;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.CourseSource.QuestionSource;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Text;

/**
 * One question of the bank, saved whole a moment after each change: prompt, answers (or steps in
 * their right order) with the feedback for each, in both languages; "play" shows it as a learner
 * meets it. A change someone else saved meanwhile is shown, never overwritten.
 */
class QuestionEditor extends Div {

    private static final int MAX_ANSWERS = 6;

    private final DraftContext context;
    private final Runnable removed;
    private final Div problems = new Div();
    private final Div conflict = new Div();
    private final Div play = new Div();
    private QuestionSource base;
    private QuestionType type;
    private Text prompt;
    private boolean scenario;
    private List<Choice> choices;
    private int number;

    QuestionEditor(DraftContext context, QuestionSource question, int number, Runnable removed) {
        this.context = context;
        this.removed = removed;
        this.number = number;
        setId("question-editor-" + question.question().code());
        addClassName("kns-question-editor");
        load(question);
    }

    String code() {
        return base.question().code();
    }

    void problems(List<String> messages, List<String> warnings) {
        problems.removeAll();
        messages.forEach(m -> problems.add(AuthoringFormats.problem(m)));
        warnings.forEach(w -> problems.add(AuthoringFormats.warning(w)));
    }

    /** Someone else's saved question appears unless this one has unsaved changes. */
    void refresh(QuestionSource stored, int position) {
        number = position;
        if (current().equals(base) && !stored.equals(base)) {
            load(stored);
        }
    }

    private void load(QuestionSource question) {
        base = question;
        type = question.question().type();
        prompt = question.question().prompt();
        scenario = question.scenario();
        choices = new ArrayList<>(question.question().choices());
        build();
    }

    private QuestionSource current() {
        return new QuestionSource(new Question(code(), type, prompt, List.copyOf(choices)), scenario);
    }

    private void build() {
        removeAll();
        H3 heading = new H3(getTranslation(
                "authoring.question.heading", number, getTranslation("authoring.question.type." + type.name())));
        Checkbox scenarioBox = new Checkbox(getTranslation("authoring.question.scenario"), scenario);
        scenarioBox.setId("question-scenario-" + code());
        scenarioBox.addValueChangeListener(e -> {
            scenario = e.getValue();
            save();
        });
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            context.saved(context.authoring.removeQuestion(context.id(), code()));
            removed.run();
        });
        remove.setId("question-remove-" + code());
        remove.setAriaLabel(getTranslation("authoring.question.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button playButton = new Button(getTranslation("authoring.question.play"), VaadinIcon.PLAY.create());
        playButton.setId("question-play-" + code());
        playButton.addClickListener(e -> togglePlay());
        Div head = new Div(heading, remove);
        head.addClassName("kns-editor-head");
        add(head, new Span(getTranslation("authoring.question.code", code())), scenarioBox);
        add(textPair("prompt", prompt, true, t -> prompt = t));
        switch (type) {
            case SINGLE, MULTIPLE -> answers();
            case TRUE_FALSE -> trueFalse();
            case ORDER -> steps();
        }
        conflict.addClassName("kns-conflict");
        conflict.setVisible(false);
        problems.addClassName("kns-field-problems");
        play.addClassName("kns-question-preview");
        add(problems, conflict, playButton, play);
    }

    private void answers() {
        for (int i = 0; i < choices.size(); i++) {
            int at = i;
            Choice choice = choices.get(i);
            Checkbox right = new Checkbox(getTranslation("authoring.answer.right"), choice.correct());
            right.setId("answer-right-" + code() + "-" + i);
            right.addValueChangeListener(e -> {
                if (type == QuestionType.SINGLE && e.getValue()) {
                    choices.replaceAll(c -> new Choice(c.text(), false, c.feedback()));
                }
                Choice now = choices.get(at);
                choices.set(at, new Choice(now.text(), e.getValue(), now.feedback()));
                save();
                if (type == QuestionType.SINGLE) {
                    build();
                }
            });
            Div answer = new Div(new Span(getTranslation("authoring.answer.number", i + 1)), right);
            answer.addClassName("kns-answer");
            answer.add(textPair("answer-" + i, choice.text(), false, t -> set(at, t, null)));
            answer.add(textPair("feedback-" + i, choice.feedback(), false, t -> set(at, null, t)));
            if (choices.size() > 2) {
                answer.add(new Button(getTranslation("authoring.answer.remove"), e -> {
                    choices.remove(at);
                    save();
                    build();
                }));
            }
            add(answer);
        }
        if (choices.size() < MAX_ANSWERS) {
            Button add = new Button(getTranslation("authoring.answer.add"), VaadinIcon.PLUS.create(), e -> {
                Text empty = new Text("", "");
                choices.add(new Choice(empty, false, empty));
                save();
                build();
            });
            add.setId("answer-add-" + code());
            add(add);
        }
    }

    private void trueFalse() {
        Select<Boolean> key = new Select<>();
        key.setId("true-false-key-" + code());
        key.setLabel(getTranslation("authoring.true-false.key"));
        key.setItems(true, false);
        key.setItemLabelGenerator(b -> getTranslation(b ? "authoring.true-false.true" : "authoring.true-false.false"));
        key.setValue(choices.get(0).correct());
        key.addValueChangeListener(e -> {
            choices.set(
                    0,
                    new Choice(
                            choices.get(0).text(), e.getValue(), choices.get(0).feedback()));
            choices.set(
                    1,
                    new Choice(
                            choices.get(1).text(), !e.getValue(), choices.get(1).feedback()));
            save();
        });
        add(key);
        add(textPair("feedback-0", choices.get(0).feedback(), false, t -> set(0, null, t)));
        add(textPair("feedback-1", choices.get(1).feedback(), false, t -> set(1, null, t)));
    }

    private void steps() {
        add(new Paragraph(getTranslation("authoring.steps.hint")));
        for (int i = 0; i < choices.size(); i++) {
            int at = i;
            Div step = new Div(new Span(getTranslation("authoring.step.number", i + 1)));
            step.addClassName("kns-answer");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> swap(at, at - 1));
            up.setAriaLabel(getTranslation("authoring.step.up"));
            up.setEnabled(i > 0);
            step.add(up);
            step.add(textPair("answer-" + i, choices.get(i).text(), false, t -> set(at, t, null)));
            step.add(textPair("feedback-" + i, choices.get(i).feedback(), false, t -> set(at, null, t)));
            if (choices.size() > 3) {
                step.add(new Button(getTranslation("authoring.step.remove"), e -> {
                    choices.remove(at);
                    save();
                    build();
                }));
            }
            add(step);
        }
        if (choices.size() < MAX_ANSWERS) {
            add(new Button(getTranslation("authoring.step.add"), VaadinIcon.PLUS.create(), e -> {
                Text empty = new Text("", "");
                choices.add(new Choice(empty, true, empty));
                save();
                build();
            }));
        }
    }

    private void swap(int a, int b) {
        Choice first = choices.get(a);
        choices.set(a, choices.get(b));
        choices.set(b, first);
        save();
        build();
    }

    private void set(int at, @Nullable Text text, @Nullable Text feedback) {
        Choice now = choices.get(at);
        choices.set(
                at,
                new Choice(
                        text == null ? now.text() : text, now.correct(), feedback == null ? now.feedback() : feedback));
    }

    /** A text in both languages, each saved a moment after typing stops. */
    private Div textPair(String part, Text value, boolean multiline, java.util.function.Consumer<Text> changed) {
        Div pair = new Div();
        pair.addClassName("kns-text-pair");
        Text[] now = {value};
        for (String lang : List.of("vi", "en")) {
            String label = getTranslation("authoring.question." + part.replaceAll("-[0-9]+$", "") + "." + lang);
            var field = multiline ? new TextArea(label) : new TextField(label);
            field.setId("question-" + part + "-" + lang + "-" + code());
            field.setValue("vi".equals(lang) ? value.vi() : value.en());
            field.setWidthFull();
            field.setValueChangeMode(ValueChangeMode.TIMEOUT);
            field.setValueChangeTimeout(1200);
            field.addValueChangeListener(e -> {
                now[0] = "vi".equals(lang) ? new Text(e.getValue(), now[0].en()) : new Text(now[0].vi(), e.getValue());
                changed.accept(now[0]);
                save();
            });
            pair.add(field);
        }
        return pair;
    }

    private void save() {
        QuestionSource value = current();
        try {
            context.saved(context.authoring.saveQuestion(context.id(), base, value));
            base = value;
            conflict.setVisible(false);
            if (!play.getChildren().toList().isEmpty()) {
                showPlay();
            }
        } catch (EditConflict e) {
            conflict.removeAll();
            Paragraph who = new Paragraph(context.whoWhen.apply(e.byAccountId(), e.at()));
            who.addClassName("kns-error");
            Span theirs = new Span(e.theirs());
            theirs.addClassName("kns-conflict-theirs");
            QuestionSource stored = (QuestionSource) e.theirValue();
            Button take = new Button(getTranslation("authoring.conflict.take-theirs"), click -> load(stored));
            Button keep = new Button(getTranslation("authoring.conflict.keep-mine"), click -> {
                base = stored;
                save();
            });
            keep.setId("question-keep-mine-" + code());
            keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            conflict.add(who, theirs, new Div(take, keep));
            conflict.setVisible(true);
        } catch (AuthoringException e) {
            conflict.removeAll();
            conflict.add(new Paragraph(getTranslation(e.translationKey(), e.args())));
            conflict.setVisible(true);
        }
    }

    private void togglePlay() {
        if (play.getChildren().findAny().isPresent()) {
            play.removeAll();
        } else {
            showPlay();
        }
    }

    private void showPlay() {
        play.removeAll();
        Locale vi = TranslationProvider.VIETNAMESE;
        play.add(new QuestionPlay(current().question(), vi));
    }
}
