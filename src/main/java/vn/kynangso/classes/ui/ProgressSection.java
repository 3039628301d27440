package vn.kynangso.classes.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import vn.kynangso.classes.ClassProgress;
import vn.kynangso.classes.ClassProgress.CourseSummary;
import vn.kynangso.classes.ClassProgress.StudentCourse;

/**
 * How the class's students are doing: per course given, how many completed it, and a narrow grid
 * (student, status, lessons read, best score) that fits a phone without scrolling sideways.
 */
final class ProgressSection extends Div {

    ProgressSection(ClassProgress progress, long classId) {
        setId("class-progress");
        addClassName("kns-card");
        add(new H2(getTranslation("classes.progress.title")));
        ClassProgress.Report report = progress.of(classId);
        if (report.courses().isEmpty() || report.rows().isEmpty()) {
            add(new Paragraph(getTranslation("classes.progress.none")));
            return;
        }
        for (CourseSummary course : report.courses()) {
            add(new H3(GivenLabels.what(this, getLocale(), course.given())));
            Paragraph summary =
                    new Paragraph(getTranslation("classes.progress.summary", course.completed(), course.students()));
            summary.setId("class-progress-summary-" + course.assignmentId());
            add(summary);
            add(grid(
                    course.assignmentId(),
                    report.rows().stream()
                            .filter(r -> r.assignmentId() == course.assignmentId())
                            .toList()));
        }
    }

    private Grid<StudentCourse> grid(long assignmentId, List<StudentCourse> rows) {
        Grid<StudentCourse> grid = new Grid<>();
        grid.setId("class-progress-" + assignmentId);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(StudentCourse::studentName)
                .setHeader(getTranslation("classes.progress.student"))
                .setWidth("6em")
                .setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.status().key()))
                .setHeader(getTranslation("classes.progress.status"))
                .setWidth("4.5em")
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("classes.progress.lessons", r.lessonsRead(), r.lessons()))
                .setHeader(getTranslation("classes.progress.lessons-header"))
                .setWidth("2.75em")
                .setFlexGrow(0);
        grid.addColumn(r -> r.bestPercent() == null ? "–" : getTranslation("classes.progress.best", r.bestPercent()))
                .setHeader(getTranslation("classes.progress.best-header"))
                .setWidth("4.25em")
                .setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
