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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.base.ui.ResponsiveTable;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.classes.ClassCourses.Target;
import vn.kynangso.classes.ClassProgress.StudentCourse;
import vn.kynangso.classes.ClassReport;
import vn.kynangso.classes.ClassReport.CourseReport;
import vn.kynangso.classes.ClassReport.QuestionResult;
import vn.kynangso.classes.ClassReportCells;
import vn.kynangso.classes.ClassReportDocuments;
import vn.kynangso.classes.SchoolClass;
import vn.kynangso.security.Roles;

/**
 * A class's report after a session, for its teacher and the admins of its area (who read it): per
 * course given, each student's status, lessons read, attempts, best score and completion day (a
 * tap opens their answers), and every question, hardest first, with the share right and the wrong
 * answer chosen most; with the same report to download as XLSX, CSV or PDF. On a phone each row
 * stacks its cells under the student's name; on a wide screen the rows line up as a table.
 */
@Route("classes/:class/report")
@RolesAllowed({Roles.TEACHER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
class ClassReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassReport reports;
    private final ClassReportDocuments documents;
    private String title = "";

    ClassReportView(ClassReport reports, ClassReportDocuments documents) {
        this.reports = reports;
        this.documents = documents;
        addClassName("kns-page");
        addClassName("kns-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ClassReport.Report> found =
                event.getRouteParameters().getLong("class").flatMap(this::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private Optional<ClassReport.Report> find(long id) {
        try {
            return Optional.of(reports.of(id));
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    private void show(ClassReport.Report report) {
        removeAll();
        SchoolClass c = report.schoolClass();
        title = getTranslation("classes.report.title", c.name());
        add(new Anchor("classes/" + c.id(), getTranslation("classes.report.back")));
        H1 heading = new H1(title);
        heading.setId("report-title");
        Paragraph facts =
                new Paragraph(getTranslation("classes.row", c.school(), c.grade(), c.schoolYear(), c.communeName()));
        facts.setId("report-facts");
        add(heading, facts, exports(c));
        if (report.courses().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("classes.progress.none"));
            none.setId("report-none");
            add(none);
            return;
        }
        ClassReportCells cells = new ClassReportCells(this::getTranslation, getLocale());
        for (CourseReport course : report.courses()) {
            add(course(c, course, cells));
        }
    }

    private Div exports(SchoolClass c) {
        Div links = new Div(
                download("report-xlsx", c, "xlsx", Downloads.XLSX, "classes.report.export.xlsx"),
                download("report-csv", c, "csv", Downloads.CSV, "classes.report.export.csv"),
                download("report-pdf", c, "pdf", Downloads.PDF, "classes.report.export.pdf"));
        links.addClassName("kns-links");
        return links;
    }

    private Anchor download(String id, SchoolClass c, String extension, String type, String key) {
        Anchor link = new Anchor(
                Downloads.of(ClassReportDocuments.fileName(c, extension), type, () -> switch (extension) {
                    case "xlsx" -> documents.xlsx(c.id(), getLocale());
                    case "csv" -> documents.csv(c.id(), getLocale());
                    default -> documents.pdf(c.id(), getLocale());
                }),
                getTranslation(key));
        link.setId(id);
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Section course(SchoolClass c, CourseReport course, ClassReportCells cells) {
        // the course given to the whole class is named by its code; a lesson, a group's or some students' by its id too
        ClassCourse given = course.summary().given();
        String code = given.courseCode()
                + (given.isLesson() || given.target().kind() != Target.Kind.CLASS ? "-" + given.id() : "");
        H2 heading = new H2(GivenLabels.what(this, getLocale(), given));
        Paragraph forWhom = new Paragraph(GivenLabels.forWhom(
                this,
                given,
                course.rows().stream()
                        .collect(Collectors.toMap(StudentCourse::personId, StudentCourse::studentName, (a, b) -> a))));
        forWhom.addClassName("kns-muted");
        Section section = new Section(heading, forWhom);
        section.setId("report-course-" + code);
        section.addClassName("kns-card");
        Paragraph summary = new Paragraph(getTranslation(
                "classes.progress.summary",
                course.summary().completed(),
                course.summary().students()));
        summary.setId("report-summary-" + code);
        section.add(summary);
        ResponsiveTable students =
                new ResponsiveTable("report-students-" + code, "kns-report-students", cells.studentHeader());
        for (StudentCourse row : course.rows()) {
            List<String> values = cells.student(row);
            Anchor name = new Anchor("classes/" + c.id() + "/report/" + row.personId(), values.getFirst());
            name.setId("report-answers-" + code + "-" + row.personId());
            students.addRow("report-row-" + code + "-" + row.personId(), name, values);
        }
        section.add(students);
        section.add(new H3(getTranslation("classes.report.questions")));
        ResponsiveTable questions =
                new ResponsiveTable("report-questions-" + code, "kns-report-questions", cells.questionHeader());
        for (QuestionResult q : course.questions()) {
            List<String> values = cells.question(q);
            questions.addRow("report-question-" + code + "-" + q.code(), new Span(values.getFirst()), values);
        }
        section.add(questions);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
