package vn.kynangso.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import vn.kynangso.base.Spreadsheets;

/**
 * Every problem of an uploaded list, for any import: how many rows are wrong, a table of row,
 * column and reason that reads on a phone, and the same as an Excel or CSV file (with each row's
 * content) to fix the list in a spreadsheet.
 */
public class ImportProblems extends Div {

    /** One problem: the row as the spreadsheet numbers it, the column as the file names it, the reason. */
    public record Line(int row, String column, String reason, List<String> rowCells) {}

    public ImportProblems(List<Line> lines, String reportFileName) {
        addClassNames("kns-card", "kns-warning-box");
        Paragraph headline = new Paragraph(
                lines.isEmpty()
                        ? getTranslation("import.nothing")
                        : getTranslation(
                                "import.rejected",
                                lines.stream().mapToInt(Line::row).distinct().count(),
                                lines.size()));
        headline.setId("import-rejected");
        add(headline);
        if (lines.isEmpty()) {
            return;
        }
        Grid<Line> grid = new Grid<>();
        grid.setId("import-problems");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(Line::row)
                .setHeader(getTranslation("import.report.row"))
                .setWidth("4.5em")
                .setFlexGrow(0);
        grid.addColumn(Line::column)
                .setHeader(getTranslation("import.report.column"))
                .setWidth("6.5em")
                .setFlexGrow(0);
        grid.addColumn(Line::reason)
                .setHeader(getTranslation("import.report.reason"))
                .setFlexGrow(1);
        grid.setItems(lines);
        grid.setAllRowsVisible(lines.size() <= 12);
        add(grid);
        List<String> header = List.of(
                getTranslation("import.report.row"),
                getTranslation("import.report.column"),
                getTranslation("import.report.reason"),
                getTranslation("import.report.content"));
        List<List<Object>> rows = lines.stream()
                .map(l -> List.<Object>of(l.row(), l.column(), l.reason(), String.join(" | ", l.rowCells())))
                .toList();
        Anchor xlsx = new Anchor(
                Downloads.of(
                        reportFileName + ".xlsx",
                        Downloads.XLSX,
                        () -> Spreadsheets.xlsx(getTranslation("import.report.sheet"), header, rows)),
                getTranslation("import.report.xlsx"));
        xlsx.setId("import-report-xlsx");
        xlsx.getElement().setAttribute("download", true);
        Anchor csv = new Anchor(
                Downloads.of(reportFileName + ".csv", Downloads.CSV, () -> Spreadsheets.csv(header, rows)),
                getTranslation("import.report.csv"));
        csv.setId("import-report-csv");
        csv.getElement().setAttribute("download", true);
        Div links = new Div(xlsx, csv);
        links.addClassName("kns-links");
        add(new Paragraph(getTranslation("import.fix-and-retry")), links);
    }
}
