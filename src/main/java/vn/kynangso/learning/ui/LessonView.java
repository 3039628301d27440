package vn.kynangso.learning.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
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

    private final CourseProgressService learning;
    private final CatalogService catalog;
    private final CourseCorrections corrections;
    private String title = "";

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
        String words = title + ". " + catalog.lessonPlainText(course, index, getLocale());
        // Lesson HTML comes from content files and passes through the one sanitizer (SafeHtml).
        LessonPage page = new LessonPage(
                title,
                catalog.lessonHtml(course, index, getLocale()),
                words,
                index,
                count,
                getLocale(),
                index > 0 ? () -> getUI().ifPresent(ui -> ui.navigate("learn/" + code + "/lesson/" + index)) : null,
                () -> {
                    learning.lessonRead(code, index);
                    getUI().ifPresent(ui -> ui.navigate(
                            index + 1 < count ? "learn/" + code + "/lesson/" + (index + 2) : "learn/" + code));
                });
        add(back, page);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
