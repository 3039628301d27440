package vn.kynangso.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A table that fits a phone: on a wide screen a header line and a row per item in columns (their
 * widths in the CSS, by the table's kind); below 800 px each row becomes a small card, its first
 * cell in bold and every other cell labelled with its column's header. Nothing scrolls sideways.
 */
public class ResponsiveTable extends Div {

    private final List<String> header;

    /**
     * @param id the table's id
     * @param kind the CSS class that sets its columns ({@code --kns-report-columns})
     * @param header the columns' headers, in order
     */
    public ResponsiveTable(String id, String kind, List<String> header) {
        this.header = List.copyOf(header);
        setId(id);
        addClassNames("kns-report-table", kind);
        Div head = new Div();
        head.addClassName("kns-report-head");
        header.forEach(h -> head.add(new Span(h)));
        add(head);
    }

    /** A row of texts: its first cell as given, the others labelled with their headers. */
    public Div addRow(String id, Component first, List<String> values) {
        return addRowOf(
                id,
                first,
                values.stream().skip(1).map(v -> (Component) new Span(v)).toList());
    }

    /** A row of components: {@code first} in the first column, {@code others} in the next ones. */
    public Div addRowOf(String id, Component first, List<Component> others) {
        Div row = new Div(first);
        row.setId(id);
        row.addClassName("kns-report-row");
        for (int i = 0; i < others.size(); i++) {
            Component cell = others.get(i);
            if (!(cell instanceof Span)) {
                cell = new Span(cell);
            }
            cell.getElement().setAttribute("data-label", header.get(i + 1));
            row.add(cell);
        }
        add(row);
        return row;
    }

    /** The rows, in order (not the header line). */
    public List<Div> rows() {
        return getChildren()
                .filter(Div.class::isInstance)
                .map(Div.class::cast)
                .filter(d -> d.hasClassName("kns-report-row"))
                .toList();
    }
}
