package vn.kynangso.base;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.SpreadsheetException.Reason;

/**
 * Tables in and out: reads an uploaded CSV (UTF-8 with or without BOM; comma, semicolon or tab)
 * or XLSX into rows of text, and writes exports as CSV (UTF-8 with BOM, so Excel shows Vietnamese
 * right) or XLSX. No cell of an export can become a formula: text starting with {@code = + - @}
 * (or a tab or carriage return) is written as text: quote-prefixed in XLSX, with a leading
 * apostrophe in CSV.
 */
public final class Spreadsheets {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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
            Map<C, String> texts = new java.util.HashMap<>();
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
     * Reads the first sheet of an XLSX file, or a CSV file, into text cells.
     *
     * @throws SpreadsheetException with a reason the user can act on
     */
    public static Table read(String fileName, byte[] data, int maxRows) {
        if (!isSupported(fileName)) {
            throw new SpreadsheetException(Reason.UNSUPPORTED_TYPE);
        }
        if (data.length == 0) {
            throw new SpreadsheetException(Reason.EMPTY);
        }
        List<Row> rows = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? readXlsx(data) : readCsv(data);
        List<Row> nonBlank = rows.stream().filter(r -> !r.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            throw new SpreadsheetException(Reason.EMPTY);
        }
        List<Row> body = nonBlank.subList(1, nonBlank.size());
        if (body.size() > maxRows) {
            throw new SpreadsheetException(Reason.TOO_MANY_ROWS, maxRows);
        }
        return new Table(nonBlank.getFirst().cells(), body);
    }

    private static List<Row> readCsv(byte[] data) {
        String text;
        try {
            int start = startsWithBom(data) ? UTF8_BOM.length : 0;
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, start, data.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SpreadsheetException(Reason.NOT_UTF8);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(new Row((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new SpreadsheetException(Reason.UNREADABLE);
        }
        return rows;
    }

    private static boolean startsWithBom(byte[] data) {
        return data.length >= 3 && data[0] == UTF8_BOM[0] && data[1] == UTF8_BOM[1] && data[2] == UTF8_BOM[2];
    }

    /** The separator the header line uses most: comma, semicolon (Excel with Vietnamese settings) or tab. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = first.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static List<Row> readXlsx(byte[] data) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(data))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new SpreadsheetException(Reason.EMPTY);
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            List<Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(new Row(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SpreadsheetException known) {
                throw known;
            }
            throw new SpreadsheetException(Reason.UNREADABLE);
        }
    }

    private static String text(@Nullable Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
        }
        return formatter.formatCellValue(cell);
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
     * An XLSX export with one sheet: a bold, frozen header; numbers as numbers, dates as dates, the
     * rest as text (never a formula).
     */
    public static byte[] xlsx(String sheetName, List<String> header, List<? extends List<?>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
            sheet.trackAllColumnsForAutoSizing();
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setQuotePrefixed(true);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            org.apache.poi.ss.usermodel.Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(headerStyle);
            }
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
                List<?> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    write(row.createCell(c), values.get(c), textStyle, dateStyle);
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < header.size(); c++) {
                sheet.autoSizeColumn(c);
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
            case java.time.LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
            case java.time.Instant instant -> {
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
