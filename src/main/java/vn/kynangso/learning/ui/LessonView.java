package vn.kynangso.learning.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.learning.CourseCorrections;
import vn.kynangso.learning.CourseProgress;
import vn.kynangso.learning.CourseProgressService;
import vn.kynangso.learning.LearningException;
import vn.kynangso.security.Roles;

/**
 * One lesson a screen: position, a "read aloud" button, the lesson, and at its end the button that
 * marks it read and goes on (so a lesson counts as read only when the learner reached its end).
 */
@Route("learn/:course/lesson/:number")
@RolesAllowed({Roles.RESIDENT, Roles.STUDENT, Roles.OFFICIAL})
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Speaks the text with the browser's speech synthesis; returns false where there is none. */
    private static final String SPEAK = "if (!('speechSynthesis' in window)) { return false; }"
            + " speechSynthesis.cancel(); const u = new SpeechSynthesisUtterance($0); u.lang = $1; u.rate = 0.9;"
            + " speechSynthesis.speak(u); return true;";

    private final CourseProgressService learning;
    private final CatalogService catalog;
    private final CourseCorrections corrections;
    private String title = "";
    private boolean speaking;

    LessonView(CourseProgressService learning, CatalogService catalog, CourseCorrections corrections) {
        this.learning = learning;
        this.catalog = catalog;
        this.corrections = corrections;
        addClassName("kns-page");
        addClassName("kns-lesson");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("course").orElse("");
        int number = event.getRouteParameters().getInteger("number").orElse(0);
        CourseProgress progress;
        try {
            progress = learning.openingLesson(code); // a learner a correction replaced is moved onto it first
        } catch (LearningException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        int count = progress.course().content().lessons().size();
        if (number < 1 || number > count) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        learning.lessonOpened(code, number - 1); // where the learner is, for their class's board
        show(progress.course(), number - 1, count);
        if (corrections.notice(code).isPresent()) {
            addComponentAtIndex(1, correctionNotice(code));
        }
    }

    /** Told once: showing it marks it seen. */
    private Paragraph correctionNotice(String code) {
        Paragraph message = new Paragraph(getTranslation("learning.corrected"));
        message.setId("lesson-corrected");
        message.addClassName("kns-warning-box");
        corrections.noticeSeen(code);
        return message;
    }

    private void show(PublishedCourse course, int index, int count) {
        String code = course.code();
        title = course.content().lessons().get(index).title().in(getLocale());
        RouterLink back = new RouterLink(
                course.content().title().in(getLocale()), CourseView.class, new RouteParameters("course", code));
        back.setId("lesson-course");
        Span position = new Span(getTranslation("lesson.position", index + 1, count));
        position.setId("lesson-position");
        ProgressBar bar = new ProgressBar(0, count, index + 1);
        H1 heading = new H1(title);
        heading.setId("lesson-title");

        Button listen = new Button(getTranslation("lesson.listen"), VaadinIcon.VOLUME_UP.create());
        listen.setId("lesson-listen");
        listen.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        String words = title + ". " + catalog.lessonPlainText(course, index, getLocale());
        String voice = TranslationProvider.isEnglish(getLocale()) ? "en-GB" : "vi-VN";
        listen.addClickListener(e -> toggleSpeech(listen, words, voice));

        // Lesson HTML comes from content files and passes through the one sanitizer (SafeHtml).
        Html body =
                new Html("<div class=\"kns-lesson-body\">" + catalog.lessonHtml(course, index, getLocale()) + "</div>");

        Button next = new Button(
                getTranslation(index + 1 < count ? "lesson.next" : "lesson.finish"), VaadinIcon.ARROW_RIGHT.create());
        next.setId("lesson-next");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClassName("kns-wide-button");
        next.addClickListener(e -> {
            learning.lessonRead(code, index);
            getUI().ifPresent(ui ->
                    ui.navigate(index + 1 < count ? "learn/" + code + "/lesson/" + (index + 2) : "learn/" + code));
        });
        Nav nav = new Nav(next);
        nav.addClassName("kns-lesson-nav");
        if (index > 0) {
            Button previous = new Button(
                    getTranslation("lesson.previous"),
                    VaadinIcon.ARROW_LEFT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("learn/" + code + "/lesson/" + index)));
            previous.setId("lesson-previous");
            previous.addClassName("kns-wide-button");
            nav.add(previous);
        }
        add(back, new Div(position, bar), heading, listen, body, nav);
    }

    private void toggleSpeech(Button listen, String words, String voice) {
        if (speaking) {
            getElement().executeJs("if ('speechSynthesis' in window) { speechSynthesis.cancel(); }");
            speaking = false;
            listen.setText(getTranslation("lesson.listen"));
            return;
        }
        getElement().executeJs(SPEAK, words, voice).then(Boolean.class, supported -> {
            if (Boolean.TRUE.equals(supported)) {
                speaking = true;
                listen.setText(getTranslation("lesson.listen.stop"));
            } else {
                Notification.show(getTranslation("lesson.listen.unsupported"));
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

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
