package vn.kynangso.classes.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.kynangso.classes.ClassBoard.Board;
import vn.kynangso.classes.ClassBoard.Position;
import vn.kynangso.classes.ClassBoard.Row;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.classes.ClassProgress.StudentCourse;

/**
 * The board's students: name, where they are now and why they need help (one cell, so a phone shows
 * it without scrolling sideways), then the status of each course given, in the words every other
 * screen uses. Rows of students who need help are highlighted (they come first).
 */
final class BoardGrid extends Grid<Row> {

    private List<Long> columnsFor = List.of();

    BoardGrid() {
        setId("board-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setPartNameGenerator(r -> r.needsHelp() == null ? null : "kns-needs-help");
    }

    void show(Board board) {
        List<Long> codes = board.courses().stream().map(ClassCourse::id).toList();
        if (!codes.equals(columnsFor)) {
            columns(board.courses());
            columnsFor = codes;
        }
        setItems(board.rows());
    }

    private void columns(List<ClassCourse> courses) {
        removeAllColumns();
        addColumn(LitRenderer.<Row>of("<div class=\"kns-board-student\"><b>${item.name}</b>"
                                + "<div class=\"kns-board-where\">${item.where}</div>"
                                + "<div class=\"kns-board-help\">${item.help}</div></div>")
                        .withProperty("name", Row::name)
                        .withProperty("where", this::where)
                        .withProperty(
                                "help",
                                r -> r.needsHelp() == null
                                        ? ""
                                        : getTranslation(r.needsHelp().translationKey())))
                .setHeader(getTranslation("classes.board.student"))
                .setKey("student")
                .setFlexGrow(3);
        for (ClassCourse c : courses) {
            addColumn(r -> status(r.courses().get(c.id())))
                    .setHeader(GivenLabels.what(this, getLocale(), c))
                    .setKey("given-" + c.id())
                    .setFlexGrow(1);
        }
    }

    private String status(@Nullable StudentCourse sc) {
        return sc == null ? "" : getTranslation(sc.status().key());
    }

    /** Where the student is, as the board says it. */
    String where(Row r) {
        Position p = r.position();
        if (p == null) {
            return getTranslation("classes.board.nowhere");
        }
        String course = p.course().in(getLocale());
        if (p.lesson() != null && p.lessonTitle() != null) {
            return getTranslation(
                    "classes.board.on-lesson", p.lesson(), p.lessonTitle().in(getLocale()), course);
        }
        if (p.question() != null && p.questions() != null) {
            return getTranslation("classes.board.on-question", p.question(), p.questions(), course);
        }
        return getTranslation("classes.board.handed-in", course);
    }
}
