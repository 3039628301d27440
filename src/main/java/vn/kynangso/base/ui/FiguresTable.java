package vn.kynangso.base.ui;

import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * The numbers behind a chart as a plain table, folded under a summary line: what a screen reader
 * reads, and what a province office copies into its own sheet.
 */
public class FiguresTable extends NativeDetails {

    public FiguresTable(String id, String summary, String caption, List<String> headers, List<List<String>> rows) {
        super(summary);
        setId(id);
        addClassName("kns-figures-table");
        NativeTable table = new NativeTable();
        NativeTableCaption tableCaption = new NativeTableCaption();
        tableCaption.setText(caption);
        table.add(tableCaption);
        NativeTableRow head = new NativeTableRow();
        headers.forEach(h -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        });
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        NativeTableBody body = new NativeTableBody();
        for (List<String> row : rows) {
            NativeTableRow line = new NativeTableRow();
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    NativeTableHeaderCell first = new NativeTableHeaderCell(row.get(i));
                    first.getElement().setAttribute("scope", "row");
                    line.add(first);
                } else {
                    line.add(new NativeTableCell(row.get(i)));
                }
            }
            body.add(line);
        }
        table.add(header, body);
        setContent(table);
    }
}
