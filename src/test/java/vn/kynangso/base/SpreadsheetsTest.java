package vn.kynangso.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.kynangso.base.SpreadsheetException.Reason;
import vn.kynangso.base.Spreadsheets.Table;

class SpreadsheetsTest {

    private static final String CSV =
            "Mã hộ,Họ và tên,Năm sinh\r\n1,Nguyễn Thị Thu Hương,1958\r\n\r\n2,\"Lê Văn, Bảy\",1960\r\n";

    @Test
    void reads_utf8_csv_with_and_without_bom_and_keeps_row_numbers() {
        byte[] plain = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8);
        for (byte[] data : List.of(plain, withBom)) {
            Table table = Spreadsheets.read("ds.csv", data, 100);
            assertThat(table.header()).containsExactly("Mã hộ", "Họ và tên", "Năm sinh");
            assertThat(table.rows()).hasSize(2);
            assertThat(table.rows().get(0).number()).isEqualTo(2);
            assertThat(table.rows().get(0).cell(1)).isEqualTo("Nguyễn Thị Thu Hương");
            assertThat(table.rows().get(1).number())
                    .as("the blank line 3 still counts")
                    .isEqualTo(4);
            assertThat(table.rows().get(1).cell(1)).isEqualTo("Lê Văn, Bảy");
        }
    }

    @Test
    void names_typed_decomposed_in_a_file_are_read_composed() {
        String decomposed = Normalizer.normalize("Lê Thị Huyền", Normalizer.Form.NFD);
        Table table =
                Spreadsheets.read("ds.csv", ("Họ và tên\n" + decomposed + "\n").getBytes(StandardCharsets.UTF_8), 100);
        assertThat(table.rows().getFirst().cells()).containsExactly("Lê Thị Huyền");
    }

    @Test
    void reads_semicolon_separated_csv_as_excel_with_vietnamese_settings_writes_it() {
        Table table =
                Spreadsheets.read("ds.csv", "Mã hộ;Họ và tên\n7;Trần Văn Đức\n".getBytes(StandardCharsets.UTF_8), 100);
        assertThat(table.rows().getFirst().cells()).containsExactly("7", "Trần Văn Đức");
    }

    @Test
    void refuses_csv_that_is_not_utf8() {
        byte[] windows1258 = "Mã hộ,Họ và tên\n1,Nguyễn Văn Ân\n".getBytes(Charset.forName("windows-1258"));
        assertThatThrownBy(() -> Spreadsheets.read("ds.csv", windows1258, 100))
                .isInstanceOfSatisfying(
                        SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_UTF8));
    }

    @Test
    void refuses_other_files_empty_files_broken_workbooks_and_too_many_rows() {
        assertThatThrownBy(() -> Spreadsheets.read("ds.pdf", new byte[] {1}, 100))
                .isInstanceOfSatisfying(
                        SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE));
        assertThatThrownBy(() -> Spreadsheets.read("ds.csv", "\uFEFF\r\n\r\n".getBytes(StandardCharsets.UTF_8), 100))
                .isInstanceOfSatisfying(
                        SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
        assertThatThrownBy(() -> Spreadsheets.read("ds.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), 100))
                .isInstanceOfSatisfying(
                        SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
        assertThatThrownBy(() -> Spreadsheets.read("ds.csv", "a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 2))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
                    assertThat(e.args()).containsExactly(2);
                });
    }

    @Test
    void a_header_the_caller_does_not_know_is_refused_before_the_rows_are_counted() {
        StringBuilder text = new StringBuilder("lorem ipsum dolor\n");
        for (int i = 0; i < 50; i++) {
            text.append("sit amet consectetur\n");
        }
        byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Spreadsheets.read("ds.csv", data, 10, header -> header.contains("Mã hộ")))
                .isInstanceOfSatisfying(
                        SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_LIST));
        assertThat(Spreadsheets.read(
                                "ds.csv",
                                "Mã hộ\n1\n".getBytes(StandardCharsets.UTF_8),
                                10,
                                header -> header.contains("Mã hộ"))
                        .rows())
                .hasSize(1);
    }

    @Test
    void reads_xlsx_numbers_dates_and_formula_results_as_text() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Hộ");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Năm sinh");
            header.createCell(2).setCellValue("Số điện thoại");
            header.createCell(3).setCellValue("Ngày sinh");
            Row row = sheet.createRow(2); // row 2 left empty, as people do
            row.createCell(0).setCellValue("Phạm Thị Ngọc Ánh");
            row.createCell(1).setCellValue(1958);
            row.createCell(2).setCellValue(912345678);
            Cell date = row.createCell(3);
            date.setCellValue(LocalDate.of(1958, 3, 12));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            row.createCell(4).setCellFormula("1900+58");
            workbook.setForceFormulaRecalculation(false);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        Table table = Spreadsheets.read("DS.XLSX", out.toByteArray(), 100);
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().getFirst().number()).isEqualTo(3);
        assertThat(table.rows().getFirst().cells())
                .containsExactly("Phạm Thị Ngọc Ánh", "1958", "912345678", "1958-03-12", "1958");
    }

    @Test
    void a_picture_renamed_as_a_list_is_refused_for_what_it_is() throws Exception {
        byte[] png = HostileFiles.png();
        for (String name : List.of("danh-sach.xlsx", "danh-sach.csv", "danh-sach.txt")) {
            assertThatThrownBy(() -> Spreadsheets.read(name, png, 100))
                    .as(name)
                    .isInstanceOfSatisfying(
                            SpreadsheetException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_CONTENT));
        }
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Hộ").createRow(0).createCell(0).setCellValue("Họ và tên");
            workbook.write(xls);
        }
        assertThatThrownBy(() -> Spreadsheets.read("ds.xlsx", xls.toByteArray(), 100))
                .as("an Excel 97–2003 file (or a password-protected one) renamed .xlsx")
                .isInstanceOfSatisfying(
                        SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OLD_EXCEL));
    }

    @Test
    void a_file_over_the_size_limit_is_refused_whatever_it_holds() {
        byte[] big = new byte[Spreadsheets.MAX_FILE_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> Spreadsheets.read("ds.csv", big, 100))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.args()).containsExactly(10);
                });
    }

    @Test
    void a_zip_bomb_is_refused_after_unpacking_only_a_little() {
        // 1 GB of the same row: about 8 MB packed, far more than a hundred times that unpacked
        HostileFiles.Workbook bomb = HostileFiles.workbook(HostileFiles.letters(1_000_000_000L, 4000, 1, false), 1);
        assertThat(bomb.bytes().length).isLessThanOrEqualTo(Spreadsheets.MAX_FILE_BYTES);
        assertThat(bomb.sheetBytes()).isGreaterThanOrEqualTo(1_000_000_000L);

        assertThatThrownBy(() -> Spreadsheets.read("ds.xlsx", bomb.bytes(), 20_000))
                .isInstanceOfSatisfying(
                        SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE_UNPACKED));
    }

    @Test
    void a_workbook_that_passes_the_inflate_ratio_check_is_still_stopped_by_its_limits() {
        // 10 MB packed, 1 GB unpacked: a ratio of about 1:96, just inside POI's 1:100 check
        HostileFiles.Workbook bomb = HostileFiles.workbook(HostileFiles.letters(1_000_000_000L, 1000, 7, false), 1);
        assertThat(bomb.bytes().length).isLessThanOrEqualTo(Spreadsheets.MAX_FILE_BYTES);
        assertThat(bomb.sheetBytes()).isGreaterThanOrEqualTo(1_000_000_000L);
        assertThat((double) bomb.bytes().length / bomb.sheetBytes()).isGreaterThan(0.01);

        assertThatThrownBy(() -> Spreadsheets.read("ds.xlsx", bomb.bytes(), 20_000))
                .isInstanceOfSatisfying(
                        SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE_UNPACKED));
        // the same with a styles part of 30 MB that POI would otherwise build into memory
        HostileFiles.Workbook bigStyles =
                HostileFiles.workbook(chunk -> false, 1, HostileFiles.letters(30_000_000L, 20, 3, true));
        assertThatThrownBy(() -> Spreadsheets.read("ds.xlsx", bigStyles.bytes(), 20_000))
                .isInstanceOfSatisfying(
                        SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE_UNPACKED));
    }

    @Test
    void the_row_limit_stops_reading_before_the_end_of_the_file() {
        // 30,000 rows, then XML that is broken: a reader that stops at the limit never sees it
        AtomicInteger row = new AtomicInteger(1);
        HostileFiles.Workbook xlsx = HostileFiles.workbook(
                chunk -> {
                    for (int i = 0; i < 1000; i++) {
                        int r = row.incrementAndGet();
                        chunk.writeBytes(("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>")
                                .getBytes(StandardCharsets.US_ASCII));
                    }
                    if (row.get() >= 30_000) {
                        chunk.writeBytes("<row><c><v>broken".getBytes(StandardCharsets.US_ASCII));
                        return false;
                    }
                    return true;
                },
                6);
        assertThatThrownBy(() -> Spreadsheets.read("ds.xlsx", xlsx.bytes(), 20_000))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
                    assertThat(e.args()).containsExactly(20_000);
                });

        StringBuilder csv = new StringBuilder("Mã hộ\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append(i).append('\n');
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] notUtf8AtTheEnd = Arrays.copyOf(text, text.length + 2);
        notUtf8AtTheEnd[text.length] = (byte) 0xC3;
        notUtf8AtTheEnd[text.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> Spreadsheets.read("ds.csv", notUtf8AtTheEnd, 20_000))
                .isInstanceOfSatisfying(
                        SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS));
    }

    @Test
    void data_far_to_the_right_is_refused_but_empty_formatted_cells_are_not() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Hộ");
            sheet.createRow(0).createCell(0).setCellValue("Họ và tên");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Vũ Thị Lan");
            row.createCell(16_000).setCellStyle(workbook.createCellStyle()); // formatted, empty
            workbook.write(out);
        }
        Table table = Spreadsheets.read("ds.xlsx", out.toByteArray(), 100);
        assertThat(table.rows().getFirst().cell(0)).isEqualTo("Vũ Thị Lan");
        assertThat(table.rows().getFirst().cells()).hasSizeLessThanOrEqualTo(Spreadsheets.MAX_COLUMNS);

        out.reset();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Hộ");
            sheet.createRow(0).createCell(0).setCellValue("Họ và tên");
            sheet.createRow(1).createCell(Spreadsheets.MAX_COLUMNS).setCellValue("x");
            workbook.write(out);
        }
        assertThatThrownBy(() -> Spreadsheets.read("ds.xlsx", out.toByteArray(), 100))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_COLUMNS);
                    assertThat(e.args()).containsExactly(Spreadsheets.MAX_COLUMNS);
                });
        byte[] wideCsv = ("Họ và tên" + ",".repeat(5_000) + "x\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Spreadsheets.read("ds.csv", wideCsv, 100))
                .isInstanceOfSatisfying(
                        SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_COLUMNS));
    }

    @Test
    void every_reason_is_explained_in_both_languages() throws Exception {
        for (String file : List.of("translations.properties", "translations_en.properties")) {
            Properties texts = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Reason reason : Reason.values()) {
                assertThat(texts.getProperty(reason.translationKey()))
                        .as(file + " " + reason)
                        .isNotBlank();
            }
        }
    }

    @Test
    void csv_export_has_bom_and_neutralises_formulas() {
        byte[] csv = Spreadsheets.csv(
                List.of("Họ và tên", "Ghi chú", "Số"),
                List.of(
                        List.of("=HYPERLINK(\"http://x\")", "+84912345678", -5),
                        List.of("@SUM(A1)", "-1+2", "Nguyễn Thị Thu Hương")));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("Họ và tên,Ghi chú,Số\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",'+84912345678,-5\r\n"
                        + "'@SUM(A1),'-1+2,Nguyễn Thị Thu Hương\r\n");
        // and it reads back as the same text cells (apart from the neutralising apostrophe)
        Table back = Spreadsheets.read("x.csv", csv, 10);
        assertThat(back.rows().get(1).cells()).containsExactly("'@SUM(A1)", "'-1+2", "Nguyễn Thị Thu Hương");
    }

    @Test
    void xlsx_export_never_writes_a_formula() throws Exception {
        byte[] xlsx = Spreadsheets.xlsx(
                "Báo cáo",
                List.of("Tên", "Số", "Ngày"),
                List.of(List.of("=1+1", 42, LocalDate.of(2026, 11, 23)), List.of("Đỗ Thị Ý", 7, "@cmd")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Báo cáo");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
            Cell risky = sheet.getRow(1).getCell(0);
            assertThat(risky.getStringCellValue()).isEqualTo("=1+1");
            assertThat(risky.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(42);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Đỗ Thị Ý");
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getQuotePrefixed())
                    .isTrue();
        }
    }

    @Test
    void an_export_with_lines_above_its_table_keeps_them_freezes_the_header_and_prints_one_page_wide()
            throws Exception {
        byte[] xlsx = Spreadsheets.xlsx(List.of(new Spreadsheets.Sheet(
                "Độ phủ",
                List.of("Báo cáo tháng 10/2026 – Xã Tiên Du", "Người lập: Hoàng Văn Nam, lúc 08:00, 02/11/2026"),
                List.of("Nơi", "Số hộ"),
                List.of(List.of("Thôn Đông Sơn", 52), List.of("=Tổng cộng", 52)))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo tháng 10/2026 – Xã Tiên Du");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Người lập");
            assertThat(sheet.getRow(2)).as("a blank line before the table").isNull();
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Nơi");
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(52);
            assertThat(sheet.getRow(5).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getColumnWidth(0))
                    .as("sized by the table, not by the long lines above it")
                    .isLessThan(20 * 256);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
    }
}
