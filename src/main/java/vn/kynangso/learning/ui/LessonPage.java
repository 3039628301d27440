package vn.kynangso.learning.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.i18n.TranslationProvider;

/**
 * A lesson as the learner reads it: position, "read aloud", the lesson, and the buttons that go on.
 * The lesson reader and the trainers' preview both show this one component, so what a trainer
 * previews is what learners get.
 */
public class LessonPage extends Div {

    /** Speaks the text with the browser's speech synthesis; returns false where there is none. */
    private static final String SPEAK = "if (!('speechSynthesis' in window)) { return false; }"
            + " speechSynthesis.cancel(); const u = new SpeechSynthesisUtterance($0); u.lang = $1; u.rate = 0.9;"
            + " speechSynthesis.speak(u); return true;";

    private final Locale locale;
    private boolean speaking;

    /**
     * @param safeHtml the lesson's body, already through the one sanitizer (catalog's lesson HTML)
     * @param words the title and body as plain words, for reading aloud
     * @param previous goes to the lesson before (none on the first)
     * @param next marks the lesson read and goes on
     */
    public LessonPage(
            String title,
            String safeHtml,
            String words,
            int index,
            int count,
            Locale locale,
            @Nullable Runnable previous,
            Runnable next) {
        this.locale = locale;
        addClassName("kns-lesson-page");
        Span position = new Span(getTranslation(locale, "lesson.position", index + 1, count));
        position.setId("lesson-position");
        ProgressBar bar = new ProgressBar(0, count, index + 1);
        bar.getElement().setAttribute("aria-label", position.getText()); // a progress bar needs a name (WCAG)
        H1 heading = new H1(title);
        heading.setId("lesson-title");

        Button listen = new Button(getTranslation(locale, "lesson.listen"), VaadinIcon.VOLUME_UP.create());
        listen.setId("lesson-listen");
        listen.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        String voice = TranslationProvider.isEnglish(locale) ? "en-GB" : "vi-VN";
        listen.addClickListener(e -> toggleSpeech(listen, words, voice));

        Html body = new Html("<div class=\"kns-lesson-body\">" + safeHtml + "</div>");

        Button nextButton = new Button(
                getTranslation(locale, index + 1 < count ? "lesson.next" : "lesson.finish"),
                VaadinIcon.ARROW_RIGHT.create());
        nextButton.setId("lesson-next");
        nextButton.setIconAfterText(true);
        nextButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        nextButton.addClassName("kns-wide-button");
        nextButton.addClickListener(e -> next.run());
        Nav nav = new Nav(nextButton);
        nav.addClassName("kns-lesson-nav");
        if (previous != null) {
            Button back = new Button(
                    getTranslation(locale, "lesson.previous"), VaadinIcon.ARROW_LEFT.create(), e -> previous.run());
            back.setId("lesson-previous");
            back.addClassName("kns-wide-button");
            nav.add(back);
        }
        add(new Div(position, bar), heading, listen, body, nav);
    }

    private void toggleSpeech(Button listen, String words, String voice) {
        if (speaking) {
            getElement().executeJs("if ('speechSynthesis' in window) { speechSynthesis.cancel(); }");
            speaking = false;
            listen.setText(getTranslation(locale, "lesson.listen"));
            return;
        }
        getElement().executeJs(SPEAK, words, voice).then(Boolean.class, supported -> {
            if (Boolean.TRUE.equals(supported)) {
                speaking = true;
                listen.setText(getTranslation(locale, "lesson.listen.stop"));
            } else {
                Notification.show(getTranslation(locale, "lesson.listen.unsupported"));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        getElement().executeJs("if ('speechSynthesis' in window) { speechSynthesis.cancel(); }");
        super.onDetach(event);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        speaking = false;
    }
}
