package vn.kynangso.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
    void readsUtf8CsvWithAndWithoutBomAndKeepsRowNumbers() {
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
    void readsSemicolonSeparatedCsvAsExcelWithVietnameseSettingsWritesIt() {
        Table table =
                Spreadsheets.read("ds.csv", "Mã hộ;Họ và tên\n7;Trần Văn Đức\n".getBytes(StandardCharsets.UTF_8), 100);
        assertThat(table.rows().getFirst().cells()).containsExactly("7", "Trần Văn Đức");
    }

    @Test
    void refusesCsvThatIsNotUtf8() {
        byte[] windows1258 = "Mã hộ,Họ và tên\n1,Nguyễn Văn Ân\n".getBytes(Charset.forName("windows-1258"));
        assertThatThrownBy(() -> Spreadsheets.read("ds.csv", windows1258, 100))
                .isInstanceOfSatisfying(
                        SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_UTF8));
    }

    @Test
    void refusesOtherFilesEmptyFilesBrokenWorkbooksAndTooManyRows() {
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
    void readsXlsxNumbersDatesAndFormulaResultsAsText() throws Exception {
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
    void csvExportHasBomAndNeutralisesFormulas() {
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
    void xlsxExportNeverWritesAFormula() throws Exception {
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
}
