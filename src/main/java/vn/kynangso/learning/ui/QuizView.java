package vn.kynangso.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.ui.PageScroll;
import vn.kynangso.learning.LearningException;
import vn.kynangso.learning.QuestionScreen;
import vn.kynangso.learning.QuestionScreen.Answered;
import vn.kynangso.learning.QuestionScreen.Unanswered;
import vn.kynangso.learning.QuizService;
import vn.kynangso.security.Roles;

/**
 * The quiz, one question a screen. Each answer is saved and graded on the server when given, then
 * explained; opening the quiz again (a reload, a new phone, a restarted server) resumes at the
 * first unanswered question with earlier answers kept.
 *
 * <p>A question costs one trip to the server: choosing happens in the browser and travels with
 * "Answer" ({@link QuestionForm}), and the reply to it carries the next question along with the
 * feedback, kept out of sight until "Next question" shows it, in the browser. On a slow phone
 * connection moving on is instant; the server learns nothing from it (the next question's answer
 * says it was seen).
 */
@Route("learn/:course/quiz")
@RolesAllowed({Roles.RESIDENT, Roles.STUDENT, Roles.OFFICIAL})
class QuizView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * Hides the shown screen, shows the one sent ahead ($0: this button's screen, $1: the next one),
     * scrolls up and moves the focus to the question, as a new screen would.
     */
    private static final String REVEAL_JS = "const [shown, next] = [$0, $1];"
            + " this.addEventListener('click', () => {"
            + " shown.style.display = 'none'; next.style.removeProperty('display');"
            + " "
            + PageScroll.TO_TOP_JS
            + " const h = next.querySelector('h2'); if (h) { h.focus(); } });";

    private final QuizService quiz;
    private final Div body = new Div();
    private String courseCode = "";

    QuizView(QuizService quiz) {
        this.quiz = quiz;
        addClassName("kns-page");
        addClassName("kns-quiz");
        body.setId("quiz-body");
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseCode = event.getRouteParameters().get("course").orElse("");
        try {
            show(quiz.startOrResume(courseCode));
        } catch (LearningException e) {
            // said on the course page itself: a pop-up shown while forwarding would belong to neither screen
            event.forwardTo(
                    "learn/" + courseCode,
                    QueryParameters.of(CourseView.WHY, e.reason().name()));
        }
    }

    private void show(QuestionScreen screen) {
        body.removeAll();
        getUI().ifPresent(PageScroll::toTop);
        switch (screen) {
            case Unanswered unanswered -> body.add(questionScreen(unanswered, true));
            case Answered answered -> body.add(feedbackScreen(answered, null));
        }
    }

    /**
     * "Question n of m" and the progress bar, at the top of each screen. Only the screen shown when
     * sent names its line {@code quiz-position}; one sent ahead is named when it is shown.
     */
    private Div header(QuestionScreen screen, boolean shownNow) {
        Span position = new Span(getTranslation("quiz.position", screen.position() + 1, screen.total()));
        if (shownNow) {
            position.setId("quiz-position");
        }
        ProgressBar bar = new ProgressBar(0, screen.total(), screen.position() + (screen instanceof Answered ? 1 : 0));
        bar.getElement().setAttribute("aria-label", position.getText()); // a progress bar needs a name (WCAG)
        return new Div(position, bar);
    }

    private Div questionScreen(Unanswered question, boolean shownNow) {
        QuestionForm form = new QuestionForm(question, getLocale());
        Button answer = new Button(getTranslation("quiz.answer"));
        answer.setId("quiz-answer");
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        answer.addClassName("kns-wide-button");
        answer.setDisableOnClick(true);
        form.carryAnswerWith(answer); // before the listener below, which reads the answer
        answer.addClickListener(e -> {
            if (form.value().isEmpty()) {
                Notification.show(getTranslation("quiz.choose-first"));
                answer.setEnabled(true);
                return;
            }
            try {
                QuizService.Given given = quiz.answerThenNext(question.attemptId(), question.position(), form.value());
                body.removeAll();
                getUI().ifPresent(PageScroll::toTop);
                body.add(feedbackScreen(given.answered(), given.next()));
            } catch (LearningException ex) {
                Notification.show(getTranslation(ex.reason().translationKey()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                answer.setEnabled(true);
            }
        });
        Div screen = new Div(header(question, shownNow), form, answer);
        screen.addClassName("kns-quiz-screen");
        return screen;
    }

    /** The feedback on an answer; {@code next}, when it is unanswered, is sent along out of sight. */
    private List<Component> feedbackScreen(Answered answered, @Nullable QuestionScreen next) {
        Div screen = new Div(header(answered, true), new AnswerFeedback(answered, getLocale()));
        screen.addClassName("kns-quiz-screen");
        boolean last = answered.position() + 1 >= answered.total();
        if (!last && next instanceof Unanswered ahead) {
            // shown by the browser alone: a bare vaadin-button, as Vaadin's Button reports every click
            Component reveal = new Component(new Element("vaadin-button")) {};
            reveal.setId("quiz-next");
            reveal.getElement().setText(getTranslation("quiz.next"));
            reveal.getElement()
                    .getThemeList()
                    .addAll(List.of(
                            ButtonVariant.LUMO_PRIMARY.getVariantName(), ButtonVariant.LUMO_LARGE.getVariantName()));
            reveal.getElement().getClassList().add("kns-wide-button");
            screen.add(reveal);
            Div later = questionScreen(ahead, false);
            later.getStyle().set("display", "none");
            reveal.getElement().executeJs(REVEAL_JS, screen.getElement(), later.getElement());
            return List.of(screen, later);
        }
        Button button = new Button(getTranslation(last ? "quiz.submit" : "quiz.next"));
        button.setId(last ? "quiz-submit" : "quiz-next");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.addClassName("kns-wide-button");
        screen.add(button);
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            if (!last) {
                // the next question was answered meanwhile (another tab): its feedback, from the server
                show(quiz.question(answered.attemptId(), answered.position() + 1));
                return;
            }
            try {
                quiz.submit(answered.attemptId());
                getUI().ifPresent(ui -> ui.navigate("learn/result/" + answered.attemptId()));
            } catch (LearningException ex) {
                // a question was skipped (another tab?): go to the first unanswered one
                Notification.show(getTranslation(ex.reason().translationKey()));
                show(quiz.startOrResume(courseCode));
            }
        });
        return List.of(screen);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("course.quiz.title") + " · " + getTranslation("app.name");
    }
}
