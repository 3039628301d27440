package vn.kynangso.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.learning.CourseCorrections;
import vn.kynangso.learning.CourseProgress;
import vn.kynangso.learning.CourseProgressService;
import vn.kynangso.learning.LearningException;
import vn.kynangso.learning.QuizGate;
import vn.kynangso.security.Roles;

/** A course: what it teaches, its lessons with what is read, the quiz and what it takes to open it. */
@Route("learn/:course")
@RolesAllowed({Roles.RESIDENT, Roles.STUDENT, Roles.OFFICIAL})
class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter: why the learner was sent here (a {@link LearningException.Reason}). */
    static final String WHY = "why";

    private final CourseProgressService learning;
    private final Clock clock;
    private final CourseCorrections corrections;
    private String title = "";

    CourseView(CourseProgressService learning, Clock clock, CourseCorrections corrections) {
        this.learning = learning;
        this.clock = clock;
        this.corrections = corrections;
        addClassName("kns-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("course").orElse("");
        CourseProgress progress;
        try {
            progress = learning.progress(code);
        } catch (LearningException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        show(progress);
        if (progress.enrolled() && corrections.notice(code).isPresent()) {
            Paragraph corrected = new Paragraph(getTranslation("learning.corrected"));
            corrected.setId("course-corrected");
            corrected.addClassName("kns-warning-box");
            addComponentAtIndex(1, corrected); // under the title; told once
            corrections.noticeSeen(code);
        }
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(WHY)
                .flatMap(CourseView::reason)
                .ifPresent(why -> {
                    Paragraph message = new Paragraph(getTranslation(why.translationKey()));
                    message.setId("course-why");
                    message.addClassName("kns-warning-box");
                    addComponentAtIndex(1, message); // under the title
                });
    }

    private static Optional<LearningException.Reason> reason(String name) {
        return Arrays.stream(LearningException.Reason.values())
                .filter(r -> r.name().equals(name))
                .findFirst();
    }

    private void show(CourseProgress progress) {
        CourseContent course = progress.course().content();
        String code = progress.course().code();
        title = course.title().in(getLocale());
        add(new H1(title), new Paragraph(course.summary().in(getLocale())));
        if (course.creditHours() != null && progress.deadline() != null) {
            add(new Paragraph(getTranslation(
                    "course.official.facts", course.creditHours(), LearningFormats.date(this, progress.deadline()))));
        }
        if (progress.completedAt() != null) {
            Paragraph done = new Paragraph(
                    getTranslation("course.completed", LearningFormats.date(this, clock, progress.completedAt())));
            done.setId("course-completed");
            done.addClassName("kns-success");
            add(done);
        }
        add(primaryAction(progress, code));

        OrderedList lessons = new OrderedList();
        lessons.setId("course-lessons");
        lessons.addClassName("kns-lesson-list");
        for (int i = 0; i < course.lessons().size(); i++) {
            RouterLink link = new RouterLink(
                    course.lessons().get(i).title().in(getLocale()),
                    LessonView.class,
                    new RouteParameters(Map.of("course", code, "number", String.valueOf(i + 1))));
            ListItem item = new ListItem(link);
            if (progress.lessonsRead().contains(i)) {
                Span read = new Span(VaadinIcon.CHECK.create(), new Span(getTranslation("course.lesson.read")));
                read.addClassName("kns-read-mark");
                item.add(read);
            }
            lessons.add(item);
        }
        add(new H2(getTranslation("course.lessons.title")), lessons);

        add(new H2(getTranslation("course.quiz.title")));
        add(new Paragraph(getTranslation(
                "course.quiz.rules",
                course.assessment().questionsPerAttempt(),
                course.assessment().passMark())));
        Paragraph gate = new Paragraph(gateText(progress.gate(), course));
        gate.setId("course-gate");
        if (!gate.getText().isEmpty()) {
            add(gate);
        }
        Div attempts = new Div();
        attempts.setId("course-attempts");
        progress.attempts()
                .forEach(a -> attempts.add(new Paragraph(getTranslation(
                        "course.attempt.item",
                        a.number(),
                        a.percent(),
                        getTranslation(
                                a.submittedAt() == null
                                        ? "course.attempt.open"
                                        : a.passed() ? "course.attempt.passed" : "course.attempt.failed")))));
        add(attempts);
    }

    private Button primaryAction(CourseProgress progress, String code) {
        Button action = new Button();
        action.setId("course-action");
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        action.addClassName("kns-wide-button");
        QuizGate gate = progress.gate();
        if (progress.openAttemptId() != null || (gate.isOpen() && progress.allLessonsRead())) {
            action.setText(
                    getTranslation(progress.openAttemptId() != null ? "course.quiz.resume" : "course.quiz.start"));
            action.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("learn/" + code + "/quiz")));
        } else if (gate instanceof QuizGate.HeldByTeacher) {
            action.setText(getTranslation("course.quiz.start"));
            action.setEnabled(false); // the teacher opens it in class; the gate's text says so
        } else if (gate instanceof QuizGate.AlreadyPassed
                && !progress.attempts().isEmpty()) {
            long last = progress.attempts().getLast().id();
            action.setText(getTranslation("result.title"));
            action.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("learn/result/" + last)));
        } else {
            int next = gate instanceof QuizGate.ReviewLessons review
                    ? review.lessons().getFirst()
                    : progress.nextLesson();
            action.setText(
                    progress.enrolled() ? getTranslation("course.continue", next + 1) : getTranslation("course.start"));
            action.addClickListener(
                    e -> getUI().ifPresent(ui -> ui.navigate("learn/" + code + "/lesson/" + (next + 1))));
        }
        return action;
    }

    private String gateText(QuizGate gate, CourseContent course) {
        return switch (gate) {
            case QuizGate.Open open -> "";
            case QuizGate.AlreadyPassed passed -> getTranslation("course.gate.passed");
            case QuizGate.HeldByTeacher held -> getTranslation("course.gate.held-by-teacher");
            case QuizGate.LessonsToRead toRead ->
                getTranslation("course.gate.lessons", toRead.lessons().size());
            case QuizGate.WaitUntil wait ->
                getTranslation("course.gate.wait", LearningFormats.dateTime(this, clock, wait.until()));
            case QuizGate.ReviewLessons review ->
                getTranslation("course.gate.review", lessonNames(review.lessons(), course));
        };
    }

    private String lessonNames(List<Integer> lessons, CourseContent course) {
        return lessons.stream()
                .map(i -> getTranslation(
                        "course.lesson.item",
                        i + 1,
                        course.lessons().get(i).title().in(getLocale())))
                .collect(Collectors.joining("; "));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
