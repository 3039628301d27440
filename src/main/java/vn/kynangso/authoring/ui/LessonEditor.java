package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import vn.kynangso.authoring.LessonTool;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.base.ui.LargeTextToggle;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseSource.LessonSource;

/**
 * One lesson: its Markdown in either language with the toolbar a non-programmer needs, and beside
 * it (a tap away on a phone) the learner's lesson page built from what is typed.
 */
class LessonEditor extends Div {

    private final DraftContext context;
    private final String slug;
    private final AutosaveText vi;
    private final AutosaveText en;
    private final Div preview = new Div();
    private final Div editors = new Div();
    private final Select<String> language = new Select<>();
    private final H3 heading = new H3();
    private final Div problems = new Div();
    private final Runnable changedRunnable;
    private boolean previewing;

    LessonEditor(DraftContext context, LessonSource lesson, int index, int count, Runnable changed) {
        this.context = context;
        this.slug = lesson.slug();
        this.changedRunnable = changed;
        setId("lesson-editor-" + slug);
        addClassName("kns-lesson-editor");
        heading.setText(getTranslation("authoring.lesson.heading", index + 1, title(lesson)));
        vi = text("vi", lesson.markdown().vi());
        en = text("en", lesson.markdown().en());
        en.setVisible(false);

        language.setId("lesson-language-" + slug);
        language.setLabel(getTranslation("authoring.language"));
        language.setItems("vi", "en");
        language.setItemLabelGenerator(l -> getTranslation("authoring.language." + l));
        language.setValue("vi");
        language.addValueChangeListener(e -> {
            vi.setVisible("vi".equals(e.getValue()));
            en.setVisible("en".equals(e.getValue()));
            showPreview();
        });

        Button up = icon(VaadinIcon.ARROW_UP, "authoring.lesson.up", () -> move(-1));
        up.setEnabled(index > 0);
        Button down = icon(VaadinIcon.ARROW_DOWN, "authoring.lesson.down", () -> move(1));
        down.setEnabled(index + 1 < count);
        Button remove = icon(VaadinIcon.TRASH, "authoring.lesson.remove", () -> {
            context.saved(context.authoring.removeLesson(context.id(), slug));
            changed.run();
        });
        remove.setId("lesson-remove-" + slug);
        Button previewButton = new Button(getTranslation("authoring.preview"), VaadinIcon.EYE.create());
        previewButton.setId("lesson-preview-" + slug);
        previewButton.addClickListener(e -> {
            previewing = !previewing;
            removeClassName("kns-previewing");
            if (previewing) {
                addClassName("kns-previewing");
            }
            previewButton.setText(getTranslation(previewing ? "authoring.preview.back" : "authoring.preview"));
            showPreview();
        });
        previewButton.addClassName("kns-preview-toggle");
        Div tools = new Div(language, toolbar());
        tools.addClassName("kns-editor-tools");
        Div head = new Div(heading, up, down, remove);
        head.addClassName("kns-editor-head");
        problems.addClassName("kns-field-problems");
        editors.add(tools, vi, en, problems);
        editors.addClassName("kns-lesson-source");
        preview.addClassName("kns-lesson-preview");
        Div body = new Div(editors, preview);
        body.addClassName("kns-lesson-panes");
        add(head, previewButton, body);
        showPreview();
    }

    String slug() {
        return slug;
    }

    /** Problems the check found in this lesson (either language, or its line in the course's list). */
    void problems(List<String> messages) {
        problems.removeAll();
        messages.forEach(m -> problems.add(AuthoringFormats.problem(m)));
    }

    void refresh(LessonSource lesson) {
        vi.refresh(lesson.markdown().vi());
        en.refresh(lesson.markdown().en());
        heading.setText(getTranslation(
                "authoring.lesson.heading", context.draft().source().lessons().indexOf(lesson) + 1, title(lesson)));
    }

    private AutosaveText text(String lang, String markdown) {
        TextArea area = new TextArea(getTranslation("authoring.lesson.text." + lang));
        area.setId("lesson-text-" + lang + "-" + slug);
        area.setHelperText(getTranslation("authoring.lesson.help"));
        area.addClassName("kns-markdown");
        String field = "lesson." + slug + "." + lang;
        AutosaveText text = new AutosaveText(
                area,
                markdown,
                (base, value) -> context.authoring.saveText(context.id(), field, base, value),
                context::saved,
                context.whoWhen);
        area.addValueChangeListener(e -> showPreview());
        return text;
    }

    private Div toolbar() {
        Div bar = new Div();
        for (LessonTool tool : LessonTool.values()) {
            bar.add(tool(tool));
        }
        Button image = new Button(getTranslation("authoring.tool.image"), VaadinIcon.PICTURE.create());
        image.setId("tool-image-" + slug);
        image.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        image.addClickListener(e -> new ImageDialog(context, (vi, en) -> {
                    append(this.vi, vi);
                    append(this.en, en);
                })
                .open());
        bar.add(image);
        bar.addClassName("kns-toolbar");
        return bar;
    }

    private Button tool(LessonTool tool) {
        VaadinIcon icon = switch (tool) {
            case HEADING -> VaadinIcon.HEADER;
            case BOLD -> VaadinIcon.BOLD;
            case STEPS -> VaadinIcon.LIST_OL;
            case TIP -> VaadinIcon.LIGHTBULB;
            case WARNING -> VaadinIcon.WARNING;
        };
        Button button = new Button(getTranslation("authoring.tool." + tool.key()), icon.create());
        button.setId("tool-" + tool.key() + "-" + slug);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        button.addClickListener(e -> {
            AutosaveText target = "en".equals(language.getValue()) ? en : vi;
            target.field()
                    .getElement()
                    .executeJs(
                            LessonTool.INSERT_SCRIPT,
                            target.field().getElement(),
                            tool.pattern(),
                            getTranslation("authoring.tool." + tool.key() + ".sample"));
        });
        return button;
    }

    /** Adds a paragraph at the end of a language's lesson; it saves as typing would. */
    private static void append(AutosaveText text, String markdown) {
        String now = text.field().getValue().stripTrailing();
        text.field().setValue(now + "\n\n" + markdown + "\n");
    }

    private Button icon(VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        return button;
    }

    private void move(int delta) {
        context.saved(context.authoring.moveLesson(context.id(), slug, delta));
        changedRunnable.run();
    }

    /** The learner's lesson page from the text as typed, at phone width, in the chosen language. */
    private void showPreview() {
        boolean english = "en".equals(language.getValue());
        String markdown = (english ? en : vi).field().getValue();
        Locale locale = english ? Locale.ENGLISH : TranslationProvider.VIETNAMESE;
        List<LessonSource> lessons = context.draft().source().lessons();
        int index =
                Math.max(0, lessons.stream().map(LessonSource::slug).toList().indexOf(slug));
        CatalogService catalog = context.catalog;
        String title = CatalogService.markdownTitle(markdown);
        preview.removeAll();
        Div phone = new Div(new vn.kynangso.learning.ui.LessonPage(
                title,
                catalog.markdownHtml(markdown, context.draft().courseCode(), locale),
                title + ". " + catalog.markdownPlainText(markdown),
                index,
                Math.max(lessons.size(), 1),
                locale,
                index > 0 ? () -> {} : null,
                () -> {}));
        phone.addClassName("kns-phone-frame");
        phone.addClassName("kns-lesson");
        phone.setId("lesson-preview-frame-" + slug);
        LargeTextToggle largeText = new LargeTextToggle(context.preferences);
        largeText.setId("lesson-large-text-" + slug); // the shell has its own
        preview.add(largeText, phone);
    }

    private String title(LessonSource lesson) {
        String title = CatalogService.markdownTitle(lesson.markdown().vi());
        return title.isEmpty() ? getTranslation("authoring.lesson.untitled") : title;
    }
}
