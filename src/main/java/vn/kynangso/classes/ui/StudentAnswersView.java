package vn.kynangso.classes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Text;
import vn.kynangso.classes.ClassReport;
import vn.kynangso.classes.ClassReport.CourseAttempts;
import vn.kynangso.classes.ClassReportCells;
import vn.kynangso.learning.QuizAnswersOf.GivenAnswer;
import vn.kynangso.learning.QuizAnswersOf.HandedIn;
import vn.kynangso.security.Roles;

/**
 * One student's answers in a class, for the class's teacher and the admins of its area: per course
 * given, every attempt handed in, and each question with what the student answered, right or wrong,
 * and its points.
 */
@Route("classes/:class/report/:person")
@RolesAllowed({Roles.TEACHER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
class StudentAnswersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassReport reports;
    private final Clock clock;
    private String title = "";

    StudentAnswersView(ClassReport reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        addClassName("kns-page");
        addClassName("kns-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> classId = event.getRouteParameters().getLong("class");
        Optional<Long> person = event.getRouteParameters().getLong("person");
        Optional<ClassReport.StudentAnswers> found = Optional.empty();
        if (classId.isPresent() && person.isPresent()) {
            try {
                found = Optional.of(reports.answersOf(classId.get(), person.get()));
            } catch (AccessDeniedException e) {
                found = Optional.empty();
            }
        }
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(ClassReport.StudentAnswers answers) {
        removeAll();
        ClassReportCells cells = new ClassReportCells(this::getTranslation, getLocale());
        long classId = answers.schoolClass().id();
        title = getTranslation("classes.report.answers.title", answers.student().name());
        add(new Anchor("classes/" + classId + "/report", getTranslation("classes.report.back-to-report")));
        H1 heading = new H1(title);
        heading.setId("answers-title");
        add(heading, new Paragraph(answers.schoolClass().name()));
        for (CourseAttempts course : answers.courses()) {
            Section section = new Section(new H2(course.title().in(getLocale())));
            section.setId("answers-course-" + course.courseCode());
            section.addClassName("kns-card");
            if (course.attempts().isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("classes.report.answers.none"));
                none.addClassName("kns-muted");
                section.add(none);
            }
            for (HandedIn attempt : course.attempts()) {
                H3 head = new H3(getTranslation(
                        "classes.report.answers.attempt",
                        attempt.number(),
                        cells.day(LocalDate.ofInstant(attempt.submittedAt(), clock.getZone())),
                        attempt.percent(),
                        getTranslation(
                                attempt.passed() ? "classes.report.answers.passed" : "classes.report.answers.failed")));
                head.setId("answers-attempt-" + attempt.attemptId());
                section.add(head);
                for (GivenAnswer answer : attempt.answers()) {
                    section.add(answer(attempt.attemptId(), answer, cells));
                }
            }
            add(section);
        }
    }

    private Div answer(long attemptId, GivenAnswer answer, ClassReportCells cells) {
        Div row = new Div();
        row.setId("answer-" + attemptId + "-" + answer.position());
        row.addClassName("kns-answer");
        row.addClassName(answer.right() ? "kns-answer-right" : "kns-answer-wrong");
        Span prompt = new Span(getTranslation(
                "classes.report.answers.question",
                answer.position() + 1,
                answer.question().prompt().in(getLocale())));
        prompt.addClassName("kns-answer-prompt");
        List<Choice> choices = answer.question().choices();
        QuestionType type = answer.question().type();
        List<Integer> indices = type == QuestionType.ORDER
                ? answer.response()
                : answer.response().stream().sorted().toList();
        List<Text> given = indices.stream()
                .filter(i -> i < choices.size())
                .map(i -> choices.get(i).text())
                .toList();
        Span response = new Span(
                answer.answered()
                        ? getTranslation("classes.report.answers.given", cells.answer(type, given))
                        : getTranslation("classes.report.answers.not-answered"));
        response.setId("answer-given-" + attemptId + "-" + answer.position());
        Span verdict = new Span(getTranslation(
                answer.right() ? "classes.report.answers.right" : "classes.report.answers.wrong", points(answer)));
        verdict.setId("answer-verdict-" + attemptId + "-" + answer.position());
        row.add(prompt, response, verdict);
        return row;
    }

    /** Points as the language writes numbers: "0,5" in Vietnamese, "0.5" in English. */
    private String points(GivenAnswer answer) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(answer.points());
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
