package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.Audience;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.CourseDiff;
import vn.kynangso.catalog.CourseDiff.Change;
import vn.kynangso.catalog.CourseDiff.ChoiceChange;
import vn.kynangso.catalog.CourseDiff.DiffLine;
import vn.kynangso.catalog.CourseDiff.FieldChange;
import vn.kynangso.catalog.CourseDiff.Language;
import vn.kynangso.catalog.CourseDiff.LessonChange;
import vn.kynangso.catalog.CourseDiff.LessonText;
import vn.kynangso.catalog.CourseDiff.QuestionChange;
import vn.kynangso.catalog.CourseDiff.StepOrder;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Skill;
import vn.kynangso.catalog.Text;

/**
 * A {@link CourseDiff} as the reviewer of a trainer's draft reads it: the course's fields, lessons
 * and questions that changed, each change as "label: old → new" with the old value struck through
 * ({@code <del>}) and the new one marked ({@code <ins>}), and each changed lesson text as a list of
 * lines with "+ " and "− " in front of added and removed ones (the colours only repeat that).
 * Everything the trainer wrote is set as text. Built from plain HTML elements only.
 */
public class CourseDiffPanel extends Div {

    static final String ADDED_MARK = "+ ";
    static final String REMOVED_MARK = "− ";
    static final String ARROW = " → ";

    /** Shows {@code diff} in the current UI's language. */
    public CourseDiffPanel(CourseDiff diff) {
        addClassName("kns-diff");
        setId("diff");
        if (diff.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("diff.none"));
            none.setId("diff-none");
            add(none);
            return;
        }
        if (diff.newCourse()) {
            Paragraph fresh = new Paragraph(getTranslation("diff.new-course"));
            fresh.setId("diff-new-course");
            add(fresh);
        }
        if (!diff.metadata().isEmpty()) {
            Div section = section("diff-metadata", "diff.section.metadata");
            section.add(fields(diff.metadata()));
            add(section);
        }
        if (!diff.lessons().isEmpty()) {
            Div section = section("diff-lessons", "diff.section.lessons");
            diff.lessons().forEach(lesson -> section.add(lesson(lesson)));
            add(section);
        }
        if (!diff.questions().isEmpty()) {
            Div section = section("diff-questions", "diff.section.questions");
            diff.questions().forEach(question -> section.add(question(question)));
            add(section);
        }
    }

    private Div section(String id, String titleKey) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.setId(id);
        section.addClassName("kns-diff-section");
        return section;
    }

    // ---------------------------------------------------------------- fields

    private UnorderedList fields(List<FieldChange> changes) {
        UnorderedList list = new UnorderedList();
        list.addClassName("kns-diff-fields");
        changes.forEach(change -> list.add(field(change)));
        return list;
    }

    /** "label: old → new"; only the new value for a field that is new, only the old for one gone. */
    private ListItem field(FieldChange change) {
        ListItem item = new ListItem();
        item.addClassName("kns-diff-field");
        Span label = new Span(getTranslation(change.field().labelKey()) + ": ");
        label.addClassName("kns-diff-field-label");
        item.add(label);
        if (change.before() != null) {
            item.add(new Deleted(value(change.before())));
        }
        if (change.before() != null && change.after() != null) {
            item.add(new Span(ARROW));
        }
        if (change.after() != null) {
            item.add(new Inserted(value(change.after())));
        }
        return item;
    }

    private String value(Object value) {
        return switch (value) {
            case Boolean yes -> getTranslation(yes ? "diff.value.yes" : "diff.value.no");
            case Skill skill -> getTranslation(skill.nameKey());
            case CourseCategory category -> getTranslation("diff.category." + category.name());
            case QuestionType type -> getTranslation("diff.type." + type.name());
            case MonthDay day -> getTranslation("diff.deadline", day.getDayOfMonth(), day.getMonthValue());
            case List<?> audience ->
                audience.stream()
                        .map(a -> a instanceof Audience known
                                ? getTranslation("diff.audience." + known.name())
                                : String.valueOf(a))
                        .collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }

    // ---------------------------------------------------------------- lessons

    private Div lesson(LessonChange lesson) {
        Div box = new Div();
        box.setId("diff-lesson-" + lesson.slug());
        box.addClassName("kns-diff-item");
        int place = lesson.change() == Change.REMOVED ? lesson.fromPosition() : lesson.toPosition();
        box.add(new H4(getTranslation("diff.lesson.title", place, lesson.title().in(getLocale()))));
        Paragraph status = new Paragraph(
                switch (lesson.change()) {
                    case ADDED -> getTranslation("diff.lesson.added", lesson.toPosition());
                    case REMOVED -> getTranslation("diff.lesson.removed", lesson.fromPosition());
                    case MOVED -> getTranslation("diff.lesson.moved", lesson.fromPosition(), lesson.toPosition());
                    case CHANGED ->
                        lesson.moved()
                                ? getTranslation(
                                        "diff.lesson.changed-and-moved", lesson.fromPosition(), lesson.toPosition())
                                : getTranslation("diff.lesson.changed");
                });
        status.addClassName("kns-diff-status");
        box.add(status);
        Div texts = new Div();
        lesson.texts().forEach(text -> texts.add(lessonText(text)));
        if (lesson.change() == Change.CHANGED) {
            box.add(texts);
        } else if (!lesson.texts().isEmpty()) {
            // a whole new or removed lesson: its text on demand, not pages of + and − lines
            box.add(new NativeDetails(getTranslation("diff.lesson.show-text"), texts));
        }
        return box;
    }

    private Div lessonText(LessonText text) {
        Paragraph language = new Paragraph(languageName(text.language()));
        language.addClassName("kns-diff-language");
        UnorderedList lines = new UnorderedList();
        lines.addClassName("kns-diff-lines");
        text.lines().forEach(line -> lines.add(line(line)));
        return new Div(language, lines);
    }

    private String languageName(Language language) {
        return getTranslation(language == Language.VI ? "language.vi" : "language.en");
    }

    private ListItem line(DiffLine line) {
        ListItem item = new ListItem();
        item.addClassName("kns-diff-line");
        switch (line.kind()) {
            case ADDED -> {
                item.setText(ADDED_MARK + line.text());
                item.addClassName("kns-diff-line-added");
            }
            case REMOVED -> {
                item.setText(REMOVED_MARK + line.text());
                item.addClassName("kns-diff-line-removed");
            }
            case SAME -> item.setText(line.text());
            case FOLDED -> {
                item.setText(getTranslation("diff.lines.folded", line.folded()));
                item.addClassName("kns-diff-line-folded");
            }
        }
        return item;
    }

    // ---------------------------------------------------------------- questions

    private Div question(QuestionChange question) {
        Div box = new Div();
        box.setId("diff-question-" + question.code());
        box.addClassName("kns-diff-item");
        box.add(new H4(getTranslation(
                "diff.question.title",
                question.code(),
                getTranslation("diff.type." + question.type().name()))));
        box.add(new Paragraph(question.prompt().in(getLocale())));
        Paragraph status = new Paragraph(getTranslation("diff.question." + changeKey(question.change())));
        status.addClassName("kns-diff-status");
        box.add(status);
        if (!question.fields().isEmpty()) {
            box.add(fields(question.fields()));
        }
        StepOrder order = question.stepOrder();
        if (order != null) {
            box.add(stepOrder(order));
        }
        boolean steps = question.type() == QuestionType.ORDER;
        for (ChoiceChange choice : question.choices()) {
            Paragraph title = new Paragraph(getTranslation(
                    steps ? "diff.choice.step" : "diff.choice.answer",
                    choice.position(),
                    choice.text().in(getLocale())));
            title.addClassName("kns-diff-choice");
            if (choice.change() != Change.CHANGED) {
                title.add(new Span(" (" + getTranslation("diff.choice." + changeKey(choice.change())) + ")"));
            }
            box.add(title, fields(choice.fields()));
        }
        return box;
    }

    private Component stepOrder(StepOrder order) {
        Paragraph label = new Paragraph(getTranslation("diff.step-order"));
        label.addClassName("kns-diff-field-label");
        Div box = new Div(label, steps(order.before(), true), steps(order.after(), false));
        box.addClassName("kns-diff-step-order");
        return box;
    }

    private Component steps(List<Text> steps, boolean before) {
        Paragraph side = new Paragraph(getTranslation(before ? "diff.step-order.before" : "diff.step-order.after"));
        UnorderedList list = new UnorderedList();
        list.addClassName("kns-diff-fields");
        for (int i = 0; i < steps.size(); i++) {
            String text = (i + 1) + ". " + steps.get(i).in(getLocale());
            list.add(new ListItem(before ? new Deleted(text) : new Inserted(text)));
        }
        return new Div(side, list);
    }

    private static String changeKey(Change change) {
        return switch (change) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case CHANGED, MOVED -> "changed";
        };
    }

    /** The HTML {@code <del>} element: a native element, no web component. */
    @Tag("del")
    static final class Deleted extends HtmlContainer {
        Deleted(@Nullable String text) {
            setText(text);
        }
    }

    /** The HTML {@code <ins>} element: a native element, no web component. */
    @Tag("ins")
    static final class Inserted extends HtmlContainer {
        Inserted(@Nullable String text) {
            setText(text);
        }
    }
}
