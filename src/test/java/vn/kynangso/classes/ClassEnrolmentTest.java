package vn.kynangso.classes;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.base.ui.ImportProblems;
import vn.kynangso.classes.ClassEnrolment.EnrolmentRefused;
import vn.kynangso.classes.ClassEnrolment.Field;
import vn.kynangso.classes.ClassEnrolment.ListedStudent;
import vn.kynangso.classes.ClassEnrolment.Preview;
import vn.kynangso.classes.ClassEnrolment.Problem;
import vn.kynangso.classes.ClassJoining.ClassStudent;
import vn.kynangso.people.HouseholdService.LoginCard;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/**
 * A teacher enrols a whole list at once (pasted, XLSX, CSV): a preview names each bad row and
 * writes nothing; confirming writes everyone or no one; the same list twice enrols nobody twice;
 * the class's login cards print as an A4 PDF.
 */
class ClassEnrolmentTest extends KaribuTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    ClassService classes;

    @Autowired
    ClassJoining joining;

    @Autowired
    ClassEnrolment enrolment;

    @Autowired
    JdbcTemplate jdbc;

    private TestArea.Ids area;

    @BeforeEach
    void theTestsCommuneHasATeacher() {
        area = TestArea.ensureTeacher(places, accounts);
        login(TestArea.TEACHER);
    }

    private SchoolClass aClass() {
        return classes.create(
                area.commune(),
                new ClassDetails(
                        "Trường THCS Kiểm Thử", "6", "Lớp 6 – danh sách " + NEXT.incrementAndGet(), "2026-2027"));
    }

    private long persons() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class);
    }

    private long accountsCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM account", Long.class);
    }

    private List<String> studentNames(SchoolClass c) {
        return joining.students(c.id()).stream().map(ClassStudent::name).toList();
    }

    @Test
    void a_pasted_list_with_bad_rows_shows_each_rows_problem_translated_and_writes_nothing() {
        SchoolClass c = aClass();
        long personsBefore = persons();
        long accountsBefore = accountsCount();
        UI.getCurrent().navigate("classes/" + c.id());
        _setValue(_get(TextArea.class, spec -> spec.withId("enrol-paste")), """
                Nguyễn Văn An, 2013
                , 2013
                Lê Thị Bình, 1850
                Phạm Minh Châu, 2013, 12345
                NGUYEN VAN AN, 2013
                Đỗ Thu Hà, 2014, 0912 345 678
                """);
        _click(_get(Button.class, spec -> spec.withId("enrol-paste-check")));

        @SuppressWarnings("unchecked")
        Grid<ImportProblems.Line> grid = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(grid.getGenericDataView().getItems().toList())
                .extracting(ImportProblems.Line::row, ImportProblems.Line::column, ImportProblems.Line::reason)
                .containsExactly(
                        tuple(2, "Họ và tên", "Chưa ghi họ và tên."),
                        tuple(3, "Năm sinh", "Năm sinh “1850” chưa đúng."),
                        tuple(4, "Số điện thoại", "Số điện thoại “12345” chưa đúng."),
                        tuple(5, "Họ và tên", "Trùng với dòng 1 (cùng họ tên, năm sinh)."));
        assertThat(_find(Button.class, spec -> spec.withId("enrol-confirm"))).isEmpty();
        assertThat(persons()).isEqualTo(personsBefore);
        assertThat(accountsCount()).isEqualTo(accountsBefore);
        assertThat(studentNames(c)).isEmpty();
    }

    @Test
    void a_confirmed_list_enrols_everyone_with_a_student_login_and_their_cards_carry_the_new_passwords()
            throws Exception {
        SchoolClass c = aClass();
        UI.getCurrent().navigate("classes/" + c.id());
        _setValue(
                _get(TextArea.class, spec -> spec.withId("enrol-paste")),
                "Nguyễn Văn Đức, 2013\nTrần Thị Ngọc Ánh\t2014\nHoàng Quốc Việt\n");
        _click(_get(Button.class, spec -> spec.withId("enrol-paste-check")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("enrol-students"))
                        .getChildren()
                        .map(item -> ((ListItem) item).getText())
                        .toList())
                .containsExactly("Nguyễn Văn Đức · 2013", "Trần Thị Ngọc Ánh · 2014", "Hoàng Quốc Việt");
        assertThat(studentNames(c)).as("nothing before confirming").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("enrol-confirm")));

        assertThat(studentNames(c)).containsExactly("Hoàng Quốc Việt", "Nguyễn Văn Đức", "Trần Thị Ngọc Ánh");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("class-student-list"))
                        .getChildren()
                        .count())
                .isEqualTo(3);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT p.full_name, p.birth_year, p.place_id, p.household_id, r.role, a.username
                FROM class_student s JOIN person p ON p.id = s.person_id
                JOIN account a ON a.person_id = p.id JOIN account_role r ON r.account_id = a.id
                WHERE s.class_id = ? ORDER BY p.id""", c.id());
        assertThat(rows)
                .extracting(
                        r -> r.get("full_name"),
                        r -> r.get("birth_year"),
                        r -> r.get("household_id"),
                        r -> r.get("role"))
                .containsExactly(
                        tuple("Nguyễn Văn Đức", 2013, null, "STUDENT"),
                        tuple("Trần Thị Ngọc Ánh", 2014, null, "STUDENT"),
                        tuple("Hoàng Quốc Việt", null, null, "STUDENT"));
        assertThat(rows)
                .allSatisfy(r ->
                        assertThat(((Number) r.get("place_id")).longValue()).isEqualTo(c.communeId()));

        byte[] pdf = _download(_get(Anchor.class, spec -> spec.withId("enrol-cards")));
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isOne();
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains(
                        "Nguyễn Văn Đức",
                        "Trần Thị Ngọc Ánh",
                        "Hoàng Quốc Việt",
                        "Thẻ đăng nhập Kỹ Năng Số",
                        "Mật khẩu");
        for (Map<String, Object> row : rows) {
            assertThat(text).contains((String) row.get("username"));
        }
        assertThat(text).containsPattern("(?s)(\\d{8}.*){3}");
    }

    @Test
    void the_same_list_sent_twice_enrols_nobody_twice() {
        SchoolClass c = aClass();
        Preview preview = enrolment.preview(c.id(), "Vũ Hải Nam, 2013\nVũ Hải Long, 2013");
        assertThat(preview.enrollable()).isTrue();
        List<LoginCard> cards = enrolment.enrol(preview);
        assertThat(cards).extracting(LoginCard::name).containsExactly("Vũ Hải Nam", "Vũ Hải Long");
        assertThat(cards).allSatisfy(card -> assertThat(card.password()).matches("\\d{8}"));
        long personsAfter = persons();

        // a double tap or a second tab sends the same preview again
        assertThatThrownBy(() -> enrolment.enrol(preview))
                .isInstanceOfSatisfying(
                        EnrolmentRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::reasonKey)
                                .containsExactly("classes.enrol.problem.already-enrolled"));
        // the same students pasted again, in another order and spelling, are already in the class
        Preview again = enrolment.preview(c.id(), "VU HAI LONG, 2013\nVũ Hải Nam, 2013\nVũ Hải Phong, 2014");
        assertThat(again.problems())
                .extracting(Problem::row, Problem::reasonKey)
                .containsExactly(
                        tuple(1, "classes.enrol.problem.already-in-class"),
                        tuple(2, "classes.enrol.problem.already-in-class"));
        assertThatThrownBy(() -> enrolment.enrol(again)).isInstanceOf(EnrolmentRefused.class);
        assertThat(persons()).isEqualTo(personsAfter);
        assertThat(studentNames(c)).containsExactly("Vũ Hải Long", "Vũ Hải Nam");
    }

    @Test
    void a_list_checked_before_someone_else_enrolled_the_same_student_is_refused_whole() {
        SchoolClass c = aClass();
        Preview first = enrolment.preview(c.id(), "Lý Thu Trang, 2013\nLý Minh Tú, 2013");
        Preview second = enrolment.preview(c.id(), "Lý Minh Tú, 2013\nLý Gia Bảo, 2014");
        enrolment.enrol(first);
        long personsAfter = persons();

        assertThatThrownBy(() -> enrolment.enrol(second))
                .isInstanceOfSatisfying(
                        EnrolmentRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::row, Problem::field, Problem::reasonKey)
                                .containsExactly(tuple(1, Field.NAME, "classes.enrol.problem.already-in-class")));
        assertThat(persons()).as("Lý Gia Bảo is not added alone").isEqualTo(personsAfter);
    }

    @Test
    void an_xlsx_list_with_a_bad_row_names_the_files_columns_and_a_csv_list_enrols() throws Exception {
        SchoolClass c = aClass();
        UI.getCurrent().navigate("classes/" + c.id());
        byte[] xlsx = Spreadsheets.xlsx(
                "Lớp",
                List.of("STT", "Họ tên", "Ngày sinh", "SĐT"),
                List.of(
                        List.of(1, "Đặng Thị Yến", "12/03/2013", ""),
                        List.of(2, "Bùi Văn Toàn", "năm ngoái", ""),
                        List.of(3, "Mai Anh Tuấn", 2013, 912_345_679)));
        _upload(_get(Upload.class, spec -> spec.withId("enrol-upload")), "lop6.xlsx", "application/octet-stream", xlsx);
        @SuppressWarnings("unchecked")
        Grid<ImportProblems.Line> grid = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(grid.getGenericDataView().getItems().toList())
                .extracting(ImportProblems.Line::row, ImportProblems.Line::column, ImportProblems.Line::reason)
                .containsExactly(tuple(3, "Ngày sinh", "Năm sinh “năm ngoái” chưa đúng."));
        assertThat(studentNames(c)).isEmpty();

        Preview fixed = enrolment.preview(
                c.id(),
                "lop6.xlsx",
                Spreadsheets.xlsx(
                        "Lớp",
                        List.of("Họ tên", "Ngày sinh", "SĐT"),
                        List.of(
                                List.of("Đặng Thị Yến", "12/03/2013", ""),
                                List.of("Mai Anh Tuấn", 2013, 912_345_679))));
        assertThat(fixed.students())
                .containsExactly(
                        new ListedStudent(2, "Đặng Thị Yến", 2013, null),
                        new ListedStudent(3, "Mai Anh Tuấn", 2013, "0912345679"));

        String csv = "\uFEFFHọ và tên;Năm sinh;Số điện thoại\r\nNgô Bảo Châu;2012;\r\nTạ Thị Lệ;2013;\r\n";
        _upload(
                _get(Upload.class, spec -> spec.withId("enrol-upload")),
                "lop6.csv",
                "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("enrol-confirm")));
        assertThat(studentNames(c)).containsExactly("Ngô Bảo Châu", "Tạ Thị Lệ");
    }

    @Test
    void the_class_cards_give_every_student_a_fresh_link_and_void_the_earlier_ones() throws Exception {
        SchoolClass c = aClass();
        List<LoginCard> made = enrolment.enrol(enrolment.preview(c.id(), "Quách Tĩnh, 2013\nHoàng Dung, 2013"));
        String oldToken =
                made.getFirst().link().substring(made.getFirst().link().lastIndexOf('/') + 1);
        assertThat(accounts.linkHolder(oldToken)).contains("Quách Tĩnh");

        UI.getCurrent().navigate("classes/" + c.id());
        byte[] pdf = _download(_get(Anchor.class, spec -> spec.withId("class-cards")));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text)
                .contains(
                        "Hoàng Dung",
                        "Quách Tĩnh",
                        made.get(0).login(),
                        made.get(1).login(),
                        "Như đã có (không đổi)");
        assertThat(text).doesNotContain(made.get(0).password(), made.get(1).password());
        assertThat(accounts.linkHolder(oldToken)).as("the earlier card's link").isEmpty();
        assertThat(enrolment.classCards(c.id(), TranslationProvider.ENGLISH))
                .satisfies(english -> assertThat(new PdfTextExtractor(new PdfReader(english)).getTextFromPage(1))
                        .contains("Kỹ Năng Số login card", "As before (unchanged)"));
    }

    @Test
    void an_archived_class_takes_no_list_and_prints_no_cards() {
        SchoolClass c = aClass();
        classes.archive(c.id());
        assertThatThrownBy(() -> enrolment.preview(c.id(), "Trịnh Công Sơn, 2013"))
                .isInstanceOfSatisfying(
                        ClassException.class, e -> assertThat(e.reason()).isEqualTo(ClassException.Reason.ARCHIVED));
        assertThatThrownBy(() -> enrolment.classCards(c.id(), TranslationProvider.VIETNAMESE))
                .isInstanceOf(ClassException.class);
        UI.getCurrent().navigate("classes/" + c.id());
        assertThat(_find(TextArea.class, spec -> spec.withId("enrol-paste"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("class-cards"))).isEmpty();
    }
}
