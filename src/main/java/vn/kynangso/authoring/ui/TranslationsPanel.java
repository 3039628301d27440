package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.function.Consumer;
import vn.kynangso.authoring.Draft;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseSource;

/**
 * The English waiting for its translator: for each text whose Vietnamese changed, the Vietnamese
 * before and now, the English as it stands, a way to it, and "the English is still right".
 */
class TranslationsPanel extends Div {

    private final DraftContext context;
    private final Consumer<String> open;

    /** @param open shows the editor of a key ("lesson.<slug>", "question.<code>", "title", "summary") */
    TranslationsPanel(DraftContext context, Consumer<String> open) {
        this.context = context;
        this.open = open;
        setId("draft-translations");
        show(context.draft());
        context.onSaved(this::show);
    }

    private void show(Draft draft) {
        removeAll();
        if (draft.staleEnglish().isEmpty()) {
            add(new Paragraph(getTranslation("authoring.translations.none")));
            return;
        }
        add(new Paragraph(getTranslation(
                "authoring.translations.lead", draft.staleEnglish().size())));
        for (Map.Entry<String, String> stale : draft.staleEnglish().entrySet()) {
            String key = stale.getKey();
            Div item = new Div();
            item.addClassName("kns-stale");
            item.setId("stale-" + key.replace('.', '-'));
            item.add(new H3(label(this, draft.source(), key)));
            item.add(labelled("authoring.translations.before", stale.getValue()));
            item.add(labelled("authoring.translations.now", vietnamese(draft.source(), key)));
            item.add(labelled("authoring.translations.english", english(draft.source(), key)));
            Button edit = new Button(getTranslation("authoring.translations.edit"), e -> open.accept(key));
            Button confirm = new Button(
                    getTranslation("authoring.translations.confirm"),
                    e -> context.saved(context.authoring.confirmTranslation(context.id(), key)));
            confirm.setId("stale-confirm-" + key.replace('.', '-'));
            item.add(new Div(edit, confirm));
            add(item);
        }
    }

    private Div labelled(String key, String text) {
        Span label = new Span(getTranslation(key));
        label.addClassName("kns-muted");
        Paragraph value = new Paragraph(text.isBlank() ? getTranslation("authoring.translations.empty") : text);
        value.addClassName("kns-stale-text");
        return new Div(label, value);
    }

    /** What a stale text is, in words: "Bài: Mật khẩu mạnh", "Câu hỏi otp-secret", "Tên khóa học". */
    static String label(Component owner, CourseSource source, String key) {
        if (key.startsWith("lesson.")) {
            return source.lesson(key.substring(7))
                    .map(l -> owner.getTranslation(
                            "authoring.translations.lesson",
                            CatalogService.markdownTitle(l.markdown().vi())))
                    .orElse(key);
        }
        if (key.startsWith("question.")) {
            return owner.getTranslation("authoring.translations.question", key.substring(9));
        }
        return owner.getTranslation("authoring.translations." + key);
    }

    static String vietnamese(CourseSource source, String key) {
        if (key.startsWith("lesson.")) {
            return source.lesson(key.substring(7)).map(l -> l.markdown().vi()).orElse("");
        }
        if (key.startsWith("question.")) {
            return source.question(key.substring(9))
                    .map(q -> q.question().prompt().vi())
                    .orElse("");
        }
        return key.equals("title") ? source.title().vi() : source.summary().vi();
    }

    static String english(CourseSource source, String key) {
        if (key.startsWith("lesson.")) {
            return source.lesson(key.substring(7)).map(l -> l.markdown().en()).orElse("");
        }
        if (key.startsWith("question.")) {
            return source.question(key.substring(9))
                    .map(q -> q.question().prompt().en())
                    .orElse("");
        }
        return key.equals("title") ? source.title().en() : source.summary().en();
    }
}
