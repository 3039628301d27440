package vn.kynangso.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.learning.AttemptReport;
import vn.kynangso.learning.CourseProgressService;
import vn.kynangso.learning.QuestionScreen.Answered;
import vn.kynangso.learning.QuizGate;
import vn.kynangso.learning.QuizService;
import vn.kynangso.security.Roles;

/** A handed-in quiz: passed or not, the score, every mistake explained, and what to do next. */
@Route("learn/result/:attempt")
@RolesAllowed({Roles.RESIDENT, Roles.STUDENT, Roles.OFFICIAL})
class ResultView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizService quiz;
    private final CourseProgressService progress;

    ResultView(QuizService quiz, CourseProgressService progress) {
        this.quiz = quiz;
        this.progress = progress;
        addClassName("kns-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long attempt = event.getRouteParameters().getLong("attempt").orElse(-1L);
        AttemptReport report;
        try {
            report = quiz.report(attempt);
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (report.summary().submittedAt() == null) {
            event.forwardTo("learn/" + report.course().code() + "/quiz");
            return;
        }
        removeAll();
        show(report);
    }

    private void show(AttemptReport report) {
        CourseContent course = report.course().content();
        String code = report.course().code();
        boolean passed = report.summary().passed();
        Paragraph verdict = new Paragraph(getTranslation(passed ? "result.passed" : "result.failed"));
        verdict.setId("result-verdict");
        verdict.addClassNames("kns-verdict", passed ? "kns-success" : "kns-error");
        BigDecimal score = report.summary().score() == null
                ? BigDecimal.ZERO
                : report.summary().score();
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(1);
        // partial credit makes the score a fraction: it is said in points, and the questions apart
        Paragraph figures = new Paragraph(getTranslation(
                "result.points",
                decimal.format(score),
                report.summary().max(),
                report.questions().size(),
                report.summary().percent(),
                report.passMark()));
        figures.setId("result-score");
        add(new H1(getTranslation("result.title")), verdict, figures);
        if (passed) {
            if (course.skill() != null) {
                add(new Paragraph(getTranslation(
                        "result.skill", getTranslation(course.skill().nameKey()))));
            } else {
                add(new Paragraph(
                        getTranslation("result.course-done", course.title().in(getLocale()))));
            }
            if (progress.progress(code).completedAt() != null) {
                // a completed course earns its certificate (issued just after the pass is saved): the
                // button opens the learner's certificates with this course's first, marked new
                Button certificate = new Button(
                        getTranslation("result.certificate"),
                        e -> getUI().ifPresent(ui -> ui.navigate("certificates", QueryParameters.of("course", code))));
                certificate.setId("result-certificate");
                certificate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                certificate.addClassName("kns-wide-button");
                add(certificate);
            }
        }

        List<Answered> mistakes =
                report.questions().stream().filter(q -> !q.fullyRight()).toList();
        Div explained = new Div();
        explained.setId("result-mistakes");
        add(new H2(getTranslation(mistakes.isEmpty() ? "result.no-mistakes" : "result.mistakes.title")), explained);
        mistakes.forEach(q -> explained.add(new AnswerFeedback(q, getLocale())));

        if (!passed) {
            Button next = new Button();
            next.setId("result-next");
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            next.addClassName("kns-wide-button");
            switch (report.nextGate()) {
                case QuizGate.ReviewLessons review -> {
                    next.setText(getTranslation("result.review-lessons"));
                    int first = review.lessons().getFirst() + 1;
                    next.addClickListener(e -> navigate("learn/" + code + "/lesson/" + first));
                }
                case QuizGate.Open open -> {
                    next.setText(getTranslation("result.retake"));
                    next.addClickListener(e -> navigate("learn/" + code + "/quiz"));
                }
                default -> {
                    next.setText(getTranslation("course.back"));
                    next.addClickListener(e -> navigate("learn/" + code));
                }
            }
            add(next);
        }
        Button back = new Button(getTranslation("course.back"), e -> navigate("learn/" + code));
        back.setId("result-course");
        back.addClassName("kns-wide-button");
        add(back);
    }

    private void navigate(String location) {
        getUI().ifPresent(ui -> ui.navigate(location));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("result.title") + " · " + getTranslation("app.name");
    }
}
