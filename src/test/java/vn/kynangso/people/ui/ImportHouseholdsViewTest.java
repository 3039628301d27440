package vn.kynangso.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.base.HostileFiles;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.ui.UploadRequests;
import vn.kynangso.people.ImportArea;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

class ImportHouseholdsViewTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private ImportArea.Ids area;

    @BeforeEach
    void communeAdminOpensTheImport() {
        area = ImportArea.ensure(places, accounts);
        login(ImportArea.ADMIN);
        UI.getCurrent().navigate("households/import");
    }

    private long householdsAndPeople() {
        return jdbc.queryForObject(
                "SELECT (SELECT COUNT(*) FROM household) + (SELECT COUNT(*) FROM person)", Long.class);
    }

    private String error() {
        return _get(Paragraph.class, spec -> spec.withId("import-error")).getText();
    }

    /** After a hostile upload the screen (and the app) still takes a good file. */
    private void aGoodFileStillWorks() {
        _upload(
                _get(Upload.class),
                "tot.csv",
                "text/csv",
                "Mã hộ,Địa chỉ,Họ và tên,Thôn\nT1,Số 9,Lò Văn Tâm,Thôn Một\n".getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("Tệp tot.csv: 1 dòng, 1 hộ, 1 người.");
    }

    @Test
    void a_body_beyond_the_limit_is_never_read_whole_whatever_it_announces() throws Exception {
        long before = householdsAndPeople();
        Upload upload = _get(Upload.class);
        String tooLarge = "Tệp lớn hơn 10 MB nên không được nhận. Hãy chia danh sách thành nhiều tệp nhỏ hơn.";
        // the stream gives up after 64 MB, so that code reading everything fails here instead of filling the heap
        long safetyNet = 64L * 1024 * 1024;

        AtomicLong read = new AtomicLong();
        int status =
                UploadRequests.post(upload, "ds.csv", 4L * 1024 * 1024 * 1024, HostileFiles.endless(read, safetyNet));
        assertThat(read.get()).as("4 GB announced: not a byte read").isZero();
        assertThat(status).isEqualTo(422);
        assertThat(error()).isEqualTo(tooLarge);

        for (long announced : new long[] {-1, 1024}) { // not announced (chunked), or a lie
            read.set(0);
            status = UploadRequests.post(upload, "ds.xlsx", announced, HostileFiles.endless(read, safetyNet));
            assertThat(read.get())
                    .as("announced %d: reading stops at the limit", announced)
                    .isLessThanOrEqualTo(Spreadsheets.MAX_FILE_BYTES + 64 * 1024);
            assertThat(status).isEqualTo(422);
            assertThat(error()).isEqualTo(tooLarge);
        }

        assertThat(householdsAndPeople()).isEqualTo(before);
        aGoodFileStillWorks();
    }

    @Test
    void a_ten_megabyte_workbook_that_unpacks_to_a_gigabyte_gets_a_plain_answer() {
        long before = householdsAndPeople();
        HostileFiles.Workbook bomb = HostileFiles.workbook(HostileFiles.letters(1_000_000_000L, 1000, 7, false), 1);
        assertThat(bomb.bytes().length).isBetween(9 * 1024 * 1024, Spreadsheets.MAX_FILE_BYTES);
        assertThat(bomb.sheetBytes()).isGreaterThanOrEqualTo(1_000_000_000L);

        _upload(_get(Upload.class), "danh-sach.xlsx", "application/octet-stream", bomb.bytes());

        assertThat(error()).startsWith("Tệp không phải tệp Excel hợp lệ, hoặc quá lớn khi giải nén.");
        assertThat(_find(Button.class, spec -> spec.withId("import-confirm"))).isEmpty();
        assertThat(householdsAndPeople()).isEqualTo(before);
        aGoodFileStillWorks();
    }

    @Test
    void a_picture_renamed_as_a_list_gets_a_plain_answer() {
        long before = householdsAndPeople();
        for (String name : new String[] {"danh-sach.xlsx", "danh-sach.csv"}) {
            _upload(_get(Upload.class), name, "application/octet-stream", HostileFiles.png());
            assertThat(error()).as(name).startsWith("Nội dung tệp không phải bảng tính Excel (.xlsx) hay CSV");
        }
        assertThat(householdsAndPeople()).isEqualTo(before);
        aGoodFileStillWorks();
    }

    private long householdsIn(long hamlet) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE hamlet_id = ?", Long.class, hamlet);
    }

    @Test
    void bad_rows_are_listed_with_row_column_and_reason_and_nothing_is_imported() {
        long before = householdsIn(area.one());
        byte[] file = ("Mã hộ;Thôn;Địa chỉ;Họ và tên;Năm sinh\n"
                        + "K1;Thôn Một;Số 1;Chu Văn Khải;1966\n"
                        + "K2;Thôn Mười;Số 2;Chu Thị Hạnh;1967\n"
                        + "K3;Thôn Một;Số 3;;1968\n")
                .getBytes(StandardCharsets.UTF_8);

        _upload(_get(Upload.class), "ds-loi.csv", "text/csv", file);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-rejected")).getText())
                .isEqualTo("Chưa nhập gì: 2 dòng có lỗi (2 lỗi).");
        Grid<?> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(_size(problems)).isEqualTo(2);
        assertThat(_getFormattedRow(problems, 0))
                .containsExactly("3", "Thôn", "Không có thôn “Thôn Mười” trong địa bàn bạn phụ trách.");
        assertThat(_getFormattedRow(problems, 1)).containsExactly("4", "Họ và tên", "Chưa ghi họ và tên.");
        assertThat(_find(Button.class, spec -> spec.withId("import-confirm"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("import-report-xlsx")).getHref())
                .isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("import-report-csv")).getHref())
                .isNotBlank();
        assertThat(householdsIn(area.one())).isEqualTo(before);
    }

    @Test
    void an_excel_list_is_previewed_then_imported_at_once() throws Exception {
        long before = householdsIn(area.two());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            String[][] rows = {
                {"Mã hộ", "Thôn", "Địa chỉ", "Họ và tên", "Năm sinh", "Chủ hộ"},
                {"7", "Thôn Hai", "Số 70", "Dương Văn Lực", "1949", "x"},
                {"7", "Thôn Hai", "", "Dương Thị Mến", "1952", ""},
                {"8", "Thôn Hai", "Số 80", "Đoàn Văn Nghĩa", "1990", ""}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && (c == 0 || c == 4)) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c])); // numbers, as Excel keeps them
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }

        _upload(_get(Upload.class), "danh-sach.xlsx", "application/octet-stream", out.toByteArray());

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("Tệp danh-sach.xlsx: 3 dòng, 2 hộ, 3 người.");
        Button confirm = _get(Button.class, spec -> spec.withId("import-confirm"));
        assertThat(confirm.getText()).isEqualTo("Nhập 2 hộ, 3 người");
        assertThat(householdsIn(area.two())).as("nothing before confirming").isEqualTo(before);

        _click(confirm);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .isEqualTo("Đã nhập 2 hộ với 3 người.");
        assertThat(householdsIn(area.two())).isEqualTo(before + 2);
    }

    @Test
    void a_file_that_is_not_a_table_gets_a_plain_answer() {
        _upload(
                _get(Upload.class),
                "ds.csv",
                "text/csv",
                "Mã hộ,Họ tên\n1,Ân\n".getBytes(Charset.forName("windows-1258")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-error")).getText())
                .startsWith("Tệp CSV không ở dạng UTF-8");
    }

    @Test
    void names_that_are_not_names_are_refused_once_with_row_column_and_reason() {
        long before = householdsAndPeople();
        byte[] file = ("Mã hộ;Thôn;Địa chỉ;Họ và tên;Năm sinh\n"
                        + "N1;Thôn Một;Số 1;=HYPERLINK(\"http://example.com/x\",\"Bấm vào\");1966\n"
                        + "N2;Thôn Một;Số 2;Chu Văn 2;1967\n"
                        + "N3;Thôn Một;Số 3;" + "Chu Thị Hạnh ".repeat(12).strip() + ";1968\n"
                        + "N4;Thôn Một;Số 4;Chu Văn Đúng;1969\n")
                .getBytes(StandardCharsets.UTF_8);

        _upload(_get(Upload.class), "ds-ten.csv", "text/csv", file);

        Grid<?> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(_size(problems)).isEqualTo(3);
        assertThat(_getFormattedRow(problems, 0))
                .containsExactly(
                        "2",
                        "Họ và tên",
                        "Không phải họ tên: bắt đầu bằng =, +, - hoặc @ như một công thức bảng tính.");
        assertThat(_getFormattedRow(problems, 1)).containsExactly("3", "Họ và tên", "Không phải họ tên: có chữ số.");
        assertThat(_getFormattedRow(problems, 2)).containsExactly("4", "Họ và tên", "Họ tên dài quá 100 ký tự.");
        assertThat(getNotifications()).as("the list only, no pop-up over it").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("import-confirm"))).isEmpty();
        assertThat(householdsAndPeople()).isEqualTo(before);
    }

    @Test
    void random_text_is_told_it_is_not_a_household_list_and_what_is_expected() {
        Random random = new Random(14);
        StringBuilder text = new StringBuilder();
        while (text.length() < 5 * 1024 * 1024) {
            for (int word = random.nextInt(12); word >= 0; word--) {
                for (int letter = 2 + random.nextInt(8); letter > 0; letter--) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
                text.append(' ');
            }
            text.append('\n');
        }

        _upload(_get(Upload.class), "van-ban.csv", "text/csv", text.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(error())
                .startsWith("Tệp này không phải danh sách hộ")
                .contains("Mã hộ, Địa chỉ, Họ và tên")
                .doesNotContain("20.000");
        assertThat(getNotifications()).as("said once, on the page").isEmpty();
        aGoodFileStillWorks();
    }

    @Test
    void the_preview_lists_the_people_who_would_be_registered_per_hamlet() {
        StringBuilder file = new StringBuilder("Mã hộ,Thôn,Địa chỉ,Họ và tên,Năm sinh\n");
        file.append("P1,Thôn Một,Số 11,Hà Văn Phúc,1971\n").append("P1,Thôn Một,,Hà Thị Lộc,\n");
        for (int i = 0; i < 6; i++) {
            file.append("P2,Thôn Hai,Số 12,Hà Văn ").append("ABCDEF".charAt(i)).append("n,1990\n");
        }

        _upload(_get(Upload.class), "xem-truoc.csv", "text/csv", file.toString().getBytes(StandardCharsets.UTF_8));

        Div people = _get(Div.class, spec -> spec.withId("import-people"));
        assertThat(_find(people, Paragraph.class).stream().map(Paragraph::getText))
                .containsExactly("Thôn Một: 1 hộ, 2 người", "Thôn Hai: 1 hộ, 6 người");
        assertThat(_find(people, ListItem.class).stream().map(ListItem::getText))
                .containsExactly(
                        "Hà Văn Phúc (sinh năm 1971)",
                        "Hà Thị Lộc",
                        "Hà Văn An (sinh năm 1990)",
                        "Hà Văn Bn (sinh năm 1990)",
                        "Hà Văn Cn (sinh năm 1990)",
                        "Hà Văn Dn (sinh năm 1990)",
                        "Hà Văn En (sinh năm 1990)",
                        "… và 1 người nữa");
        assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).getText())
                .isEqualTo("Nhập 2 hộ, 8 người");
    }
}
