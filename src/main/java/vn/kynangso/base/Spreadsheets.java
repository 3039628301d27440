package vn.kynangso.base;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.SpreadsheetException.Reason;

/**
 * Tables in and out: reads an uploaded CSV (UTF-8 with or without BOM; comma, semicolon or tab)
 * or XLSX into rows of text, and writes exports as CSV (UTF-8 with BOM, so Excel shows Vietnamese
 * right) or XLSX. No cell of an export can become a formula: text starting with {@code = + - @}
 * (or a tab or carriage return) is written as text: quote-prefixed in XLSX, with a leading
 * apostrophe in CSV.
 *
 * <p>An upload is never trusted: its content must be what its name says (a picture renamed
 * {@code .xlsx} is refused as such), and it is read as a stream that stops at the first limit it
 * reaches: {@link #MAX_FILE_BYTES}, the caller's row limit, {@link #MAX_COLUMNS}, {@link
 * #MAX_TEXT_CHARS}, and for XLSX the zip-bomb guard set here for all of POI (see {@link
 * XlsxReading} and docs/security.md, "Uploads and files").
 */
public final class Spreadsheets {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The largest file an import takes: a commune's whole list is far smaller. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /** Columns with data an import takes; an import needs at most nine, lists carry a few more. */
    public static final int MAX_COLUMNS = 100;

    /** Characters of text in all cells of one file (POI's own default for text it extracts). */
    public static final long MAX_TEXT_CHARS = 10_000_000;

    /**
     * A zipped part may unpack to at most 100 times its packed size (POI's default, set here on
     * purpose): real sheets pack 5–30 times, zip bombs a thousand.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    /**
     * No part may unpack beyond 100 MB: 20,000 rows of 100 short cells are about 90 MB of sheet
     * XML. (POI's default is 4 GB.) Together with the ratio, a 10 MB upload unpacks to at most
     * 100 MB a part, and the sheet is read as a stream, so that costs time, not memory.
     */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        // POI's zip-bomb guard is one setting for the whole JVM: set it here, before any upload is read.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    private Spreadsheets() {}

    /** A row as the user sees it in their spreadsheet program: row 1 is the header. */
    public record Row(int number, List<String> cells) {

        /** The cell in column {@code index} (0-based), stripped, or "" past the row's end. */
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The header row and the data rows after it (blank rows left out, numbers kept). */
    public record Table(List<String> header, List<Row> rows) {

        /**
         * Which column holds each of an import's fields: a header matches a field when, folded (no
         * case, accents or punctuation: "Số điện thoại" → "so dien thoai"), it is one of the field's
         * names. The first matching column wins; fields without one are left out.
         */
        public <C extends Enum<C>> Map<C, Integer> columns(Class<C> fields, Function<C, Set<String>> names) {
            Map<C, Integer> found = new EnumMap<>(fields);
            for (int c = 0; c < header.size(); c++) {
                String folded = TextMatch.fold(header.get(c));
                for (C field : fields.getEnumConstants()) {
                    if (!found.containsKey(field) && names.apply(field).contains(folded)) {
                        found.put(field, c);
                    }
                }
            }
            return found;
        }

        /** The header text of each found column, as the file has it (for messages). */
        public <C extends Enum<C>> Map<C, String> headersOf(Map<C, Integer> columns) {
            Map<C, String> texts = new HashMap<>();
            columns.forEach((field, index) -> texts.put(field, header.get(index).strip()));
            return texts;
        }
    }

    /** Whether the file name is one {@link #read} understands. */
    public static boolean isSupported(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".txt");
    }

    /**
     * Reads the first sheet of an XLSX file, or a CSV file, into text cells. Reading stops at the
     * first limit the file goes beyond, so a hostile file costs little time and memory.
     *
     * @throws SpreadsheetException with a reason the user can act on
     */
    public static Table read(String fileName, byte[] data, int maxRows) {
        return read(fileName, data, maxRows, header -> true);
    }

    /**
     * Reads as {@link #read(String, byte[], int)} does, but checks the header row as soon as it is
     * read: a file whose header {@code isHeader} refuses is not the list asked for, and is refused
     * with {@link Reason#NOT_A_LIST} before its rows are read or counted (a long text file would
     * otherwise be told it has too many rows).
     *
     * @throws SpreadsheetException with a reason the user can act on
     */
    public static Table read(String fileName, byte[] data, int maxRows, Predicate<List<String>> isHeader) {
        if (!isSupported(fileName)) {
            throw new SpreadsheetException(Reason.UNSUPPORTED_TYPE);
        }
        if (data.length > MAX_FILE_BYTES) {
            throw new SpreadsheetException(Reason.TOO_LARGE, MAX_FILE_BYTES / (1024 * 1024));
        }
        if (data.length == 0) {
            throw new SpreadsheetException(Reason.EMPTY);
        }
        boolean xlsx = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        checkContent(data, xlsx);
        TableBuilder rows = new TableBuilder(maxRows, isHeader);
        if (xlsx) {
            XlsxReading.read(data, rows);
        } else {
            readCsv(data, rows);
        }
        return rows.table();
    }

    /** The content must be what the name says: a workbook for .xlsx, text for .csv. */
    private static void checkContent(byte[] data, boolean xlsx) {
        FileMagic magic = FileMagic.valueOf(Arrays.copyOf(data, Math.min(data.length, 64)));
        if (xlsx) {
            switch (magic) {
                case OOXML -> {
                    // a zip, as a workbook is: its parts are checked as they are read
                }
                case OLE2 -> throw new SpreadsheetException(Reason.OLD_EXCEL); // .xls, or a password-protected .xlsx
                case UNKNOWN, XML, HTML -> throw new SpreadsheetException(Reason.UNREADABLE);
                default -> throw new SpreadsheetException(Reason.WRONG_CONTENT); // a picture, a PDF…
            }
            return;
        }
        if (startsWithUtf16Bom(data)) {
            throw new SpreadsheetException(Reason.NOT_UTF8); // Excel's "Unicode text"
        }
        boolean text = switch (magic) {
            case UNKNOWN, XML, HTML, RTF, BMP -> true; // BMP's two letters "BM" may well start a text
            default -> false;
        };
        if (!text || indexOf(data, (byte) 0) >= 0) {
            throw new SpreadsheetException(Reason.WRONG_CONTENT);
        }
    }

    private static boolean startsWithUtf16Bom(byte[] data) {
        return data.length >= 2
                && ((data[0] == (byte) 0xFF && data[1] == (byte) 0xFE)
                        || (data[0] == (byte) 0xFE && data[1] == (byte) 0xFF));
    }

    private static int indexOf(byte[] data, byte value) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /**
     * More separators than this on one line of a CSV file is no list anyone keeps: refused before
     * the parser would make a cell of each.
     */
    private static final int MAX_SEPARATORS_PER_LINE = 10 * MAX_COLUMNS;

    private static void readCsv(byte[] data, TableBuilder rows) {
        int start = startsWithBom(data) ? UTF8_BOM.length : 0;
        char delimiter = delimiter(data, start);
        int separators = 0;
        for (int i = start; i < data.length; i++) {
            if (data[i] == '\n') {
                separators = 0;
            } else if (data[i] == delimiter && ++separators > MAX_SEPARATORS_PER_LINE) {
                throw new SpreadsheetException(Reason.TOO_MANY_COLUMNS, MAX_COLUMNS);
            }
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
        // decoded as it is parsed: bytes that are not UTF-8 stop the reading where they are
        Reader text = new InputStreamReader(
                new ByteArrayInputStream(data, start, data.length - start),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                rows.add((int) record.getRecordNumber(), record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    throw new SpreadsheetException(Reason.NOT_UTF8);
                }
            }
            throw new SpreadsheetException(Reason.UNREADABLE);
        }
    }

    private static boolean startsWithBom(byte[] data) {
        return data.length >= 3 && data[0] == UTF8_BOM[0] && data[1] == UTF8_BOM[1] && data[2] == UTF8_BOM[2];
    }

    /**
     * The separator the header line uses most: comma, semicolon (Excel with Vietnamese settings) or
     * tab. Counted in the bytes: in UTF-8 no byte of a multi-byte letter is one of them.
     */
    private static char delimiter(byte[] data, int start) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (int i = start; i < data.length && data[i] != '\n'; i++) {
            switch (data[i]) {
                case ',' -> commas++;
                case ';' -> semicolons++;
                case '\t' -> tabs++;
                default -> {
                    // letters
                }
            }
        }
        char best = ',';
        int bestCount = commas;
        if (semicolons > bestCount) {
            best = ';';
            bestCount = semicolons;
        }
        if (tabs > bestCount) {
            best = '\t';
        }
        return best;
    }

    /** Text that a spreadsheet program would take for a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The CSV form of a cell: numbers as they are, text that looks like a formula behind an apostrophe. */
    static String csvCell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** A CSV export: UTF-8 with BOM, comma-separated, CRLF, every formula-like text neutralised. */
    public static byte[] csv(List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            printer.printRecord(header.stream().map(Spreadsheets::csvCell).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(Spreadsheets::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A sheet of an XLSX export: its name, lines above the table (a title first, then the period, who
     * made it; may be empty), the table's header and its rows.
     */
    public record Sheet(String name, List<String> preamble, List<String> header, List<? extends List<?>> rows) {

        /** A sheet that is only its table. */
        public Sheet(String name, List<String> header, List<? extends List<?>> rows) {
            this(name, List.of(), header, rows);
        }
    }

    /**
     * An XLSX export with one sheet: a bold, frozen header; numbers as numbers, dates as dates, the
     * rest as text (never a formula).
     */
    public static byte[] xlsx(String sheetName, List<String> header, List<? extends List<?>> rows) {
        return xlsx(List.of(new Sheet(sheetName, header, rows)));
    }

    /** An XLSX export with several sheets, each written as {@link #xlsx(String, List, List)} writes its one. */
    public static byte[] xlsx(List<Sheet> sheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(big);
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setQuotePrefixed(true);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (Sheet data : sheets) {
                SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(data.name()));
                sheet.trackAllColumnsForAutoSizing();
                List<String> header = data.header();
                List<String> preamble = data.preamble();
                for (int p = 0; p < preamble.size(); p++) {
                    Cell line = sheet.createRow(p).createCell(0);
                    line.setCellValue(preamble.get(p));
                    line.setCellStyle(p == 0 ? titleStyle : textStyle);
                }
                int first = preamble.isEmpty() ? 0 : preamble.size() + 1;
                // POI's row, not this class's Row record
                org.apache.poi.ss.usermodel.Row top = sheet.createRow(first);
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = top.createCell(c);
                    cell.setCellValue(header.get(c));
                    cell.setCellStyle(headerStyle);
                }
                for (int r = 0; r < data.rows().size(); r++) {
                    org.apache.poi.ss.usermodel.Row row = sheet.createRow(first + r + 1);
                    List<?> values = data.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        write(row.createCell(c), values.get(c), textStyle, dateStyle);
                    }
                }
                sheet.createFreezePane(0, first + 1);
                for (int c = 0; c < header.size(); c++) {
                    sheet.autoSizeColumn(c);
                }
                if (!preamble.isEmpty()) {
                    // the preamble's long lines run over the first column: only the table sizes it
                    int widest = header.isEmpty() ? 10 : header.getFirst().length();
                    for (List<?> values : data.rows()) {
                        if (!values.isEmpty() && values.getFirst() != null) {
                            widest = Math.max(
                                    widest, values.getFirst().toString().length());
                        }
                    }
                    sheet.setColumnWidth(0, Math.min(255, widest + 3) * 256);
                    // printed as a report is filed: landscape, the table's width on one page
                    sheet.getPrintSetup().setLandscape(true);
                    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                    sheet.setFitToPage(true);
                    sheet.getPrintSetup().setFitWidth((short) 1);
                    sheet.getPrintSetup().setFitHeight((short) 0);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, @Nullable Object value, CellStyle textStyle, CellStyle dateStyle) {
        switch (value) {
            case null -> cell.setBlank();
            case Number number -> cell.setCellValue(number.doubleValue());
            case Boolean flag -> cell.setCellValue(flag);
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
            case Instant instant -> {
                cell.setCellValue(instant.atOffset(ZoneOffset.UTC).toLocalDate());
                cell.setCellStyle(dateStyle);
            }
            default -> {
                String text = value.toString();
                cell.setCellValue(text);
                if (looksLikeFormula(text)) {
                    cell.setCellStyle(textStyle);
                }
            }
        }
    }
}
