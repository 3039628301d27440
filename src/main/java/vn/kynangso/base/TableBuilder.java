package vn.kynangso.base;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.kynangso.base.SpreadsheetException.Reason;
import vn.kynangso.base.Spreadsheets.Row;
import vn.kynangso.base.Spreadsheets.Table;

/**
 * Gathers the rows of an uploaded file as they are read, and stops the reading as soon as the
 * file goes beyond a limit: more data rows than the import takes, data further right than {@link
 * Spreadsheets#MAX_COLUMNS}, or more text than {@link Spreadsheets#MAX_TEXT_CHARS}. Blank rows are
 * left out; the first other row is the header.
 */
final class TableBuilder {

    private final int maxRows;
    private final Predicate<List<String>> isHeader;
    private final List<Row> rows = new ArrayList<>();
    private List<String> header = List.of();
    private boolean headerSeen;
    private long chars;

    /** @param isHeader whether the first non-blank row is the header of the list asked for */
    TableBuilder(int maxRows, Predicate<List<String>> isHeader) {
        this.maxRows = maxRows;
        this.isHeader = isHeader;
    }

    /**
     * Adds a row as the file numbers it. Cells past {@link Spreadsheets#MAX_COLUMNS} may only be
     * blank (they are dropped); anything else there refuses the file.
     *
     * @throws SpreadsheetException when the file goes beyond a limit
     */
    void add(int number, List<String> cells) {
        // imported text in one form, like typed text (Texts): names compare and print the same
        List<String> kept = cells.stream().map(Texts::nfc).toList();
        if (kept.size() > Spreadsheets.MAX_COLUMNS) {
            for (int c = Spreadsheets.MAX_COLUMNS; c < kept.size(); c++) {
                if (!kept.get(c).isBlank()) {
                    throw new SpreadsheetException(Reason.TOO_MANY_COLUMNS, Spreadsheets.MAX_COLUMNS);
                }
            }
            kept = kept.subList(0, Spreadsheets.MAX_COLUMNS);
        }
        boolean blank = true;
        for (String cell : kept) {
            chars += cell.length();
            blank &= cell.isBlank();
        }
        if (chars > Spreadsheets.MAX_TEXT_CHARS) {
            throw new SpreadsheetException(Reason.TOO_LARGE_UNPACKED);
        }
        if (blank) {
            return;
        }
        if (!headerSeen) {
            headerSeen = true;
            header = List.copyOf(kept);
            if (!isHeader.test(header)) {
                throw new SpreadsheetException(Reason.NOT_A_LIST);
            }
            return;
        }
        if (rows.size() == maxRows) {
            throw new SpreadsheetException(Reason.TOO_MANY_ROWS, maxRows);
        }
        rows.add(new Row(number, List.copyOf(kept)));
    }

    /** Characters kept so far (for a reader's own budget while a cell is still being read). */
    long chars() {
        return chars;
    }

    Table table() {
        if (!headerSeen) {
            throw new SpreadsheetException(Reason.EMPTY);
        }
        return new Table(header, rows);
    }
}
