package vn.kynangso.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
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
 */
@Route("learn/:course/quiz")
@RolesAllowed({Roles.RESIDENT, Roles.STUDENT, Roles.OFFICIAL})
class QuizView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizService quiz;
    private final Span position = new Span();
    private final ProgressBar bar = new ProgressBar();
    private final Div body = new Div();
    private String courseCode = "";

    QuizView(QuizService quiz) {
        this.quiz = quiz;
        addClassName("kns-page");
        addClassName("kns-quiz");
        position.setId("quiz-position");
        body.setId("quiz-body");
        add(new Div(position, bar), body);
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
        position.setText(getTranslation("quiz.position", screen.position() + 1, screen.total()));
        bar.setMax(screen.total());
        bar.setValue(screen.position() + (screen instanceof Answered ? 1 : 0));
        bar.getElement().setAttribute("aria-label", position.getText()); // a progress bar needs a name (WCAG)
        body.removeAll();
        getUI().ifPresent(PageScroll::toTop);
        switch (screen) {
            case Unanswered unanswered -> showQuestion(unanswered);
            case Answered answered -> showFeedback(answered);
        }
    }

    private void showQuestion(Unanswered question) {
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
                show(quiz.answer(question.attemptId(), question.position(), form.value()));
            } catch (LearningException ex) {
                Notification.show(getTranslation(ex.reason().translationKey()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                answer.setEnabled(true);
            }
        });
        body.add(form, answer);
    }

    private void showFeedback(Answered answered) {
        body.add(new AnswerFeedback(answered, getLocale()));
        boolean last = answered.position() + 1 >= answered.total();
        Button next = new Button(getTranslation(last ? "quiz.submit" : "quiz.next"));
        next.setId(last ? "quiz-submit" : "quiz-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClassName("kns-wide-button");
        next.setDisableOnClick(true);
        next.addClickListener(e -> {
            if (!last) {
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
        body.add(next);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("course.quiz.title") + " · " + getTranslation("app.name");
    }
}
