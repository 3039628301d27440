package vn.kynangso.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.people.HouseholdImport.Column;
import vn.kynangso.people.HouseholdImport.ImportRefused;
import vn.kynangso.people.HouseholdImport.ImportedHousehold;
import vn.kynangso.people.HouseholdImport.Member;
import vn.kynangso.people.HouseholdImport.Preview;
import vn.kynangso.people.HouseholdImport.Problem;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

class HouseholdImportTest extends KaribuTest {

    private static final String HEADER =
            "Mã hộ,Thôn,Địa chỉ,Họ và tên,Năm sinh,Số điện thoại,Chủ hộ,Khuyết tật,Hộ nghèo,Đồng ý\n";

    @Autowired
    HouseholdImport importer;

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private ImportArea.Ids area;

    @BeforeEach
    void signInAsTheCommuneAdmin() {
        area = ImportArea.ensure(places, accounts);
        login(ImportArea.ADMIN);
    }

    private static byte[] csv(String rows) {
        return ("\uFEFF" + HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    private long householdsIn(long hamlet) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE hamlet_id = ?", Long.class, hamlet);
    }

    @Test
    void a_good_file_imports_every_household_head_first_with_flags_audited_and_coverage_counted() {
        long before = householdsIn(area.two());
        Integer coverageBefore = jdbc
                .queryForList("SELECT households FROM hamlet_coverage WHERE hamlet_id = ?", Integer.class, area.two())
                .stream()
                .findFirst()
                .orElse(0);
        Preview preview = importer.read("ds-thon-hai.csv", csv("""
                        H1,Thôn Hai,"Số 3, xóm Chùa",Hoàng Văn Tư,1950,0912 000 111,,,
                        H1,Hai,,Hoàng Thị Năm,1955,,x,,
                        H2,TEST-IMPORT-2,Số 9,Vũ Đình Sáu,12/05/1985,912000222,x,x,cận nghèo,x
                        """), null);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).isEqualTo(3);
        assertThat(preview.people()).isEqualTo(3);
        ImportedHousehold first = preview.households().getFirst();
        assertThat(first.address()).isEqualTo("Số 3, xóm Chùa");
        assertThat(first.members()).extracting(Member::fullName).containsExactly("Hoàng Thị Năm", "Hoàng Văn Tư");
        assertThat(preview.households().get(1).members().getFirst().birthYear()).isEqualTo(1985);
        assertThat(preview.households().get(1).members().getFirst().phone()).isEqualTo("0912000222");

        assertThat(importer.commit(preview)).isEqualTo(2);

        assertThat(householdsIn(area.two())).isEqualTo(before + 2);
        List<Household> added = people.householdsIn(area.two()).stream()
                .filter(h -> h.getAddress().equals("Số 3, xóm Chùa")
                        || h.getAddress().equals("Số 9"))
                .toList();
        Household hoang = added.stream()
                .filter(h -> h.getAddress().equals("Số 3, xóm Chùa"))
                .findFirst()
                .orElseThrow();
        List<Person> members = people.members(hoang.getId());
        assertThat(members).extracting(Person::getFullName).containsExactly("Hoàng Thị Năm", "Hoàng Văn Tư");
        assertThat(hoang.getHeadPersonId()).isEqualTo(members.getFirst().getId());
        assertThat(members.get(1).getPhone()).isEqualTo("0912000111");
        Household vu = added.stream()
                .filter(h -> h.getAddress().equals("Số 9"))
                .findFirst()
                .orElseThrow();
        assertThat(vu.hasDisability()).isTrue();
        assertThat(vu.poverty()).isEqualTo(Poverty.NEAR_POOR);
        assertThat(jdbc.queryForList(
                        "SELECT field FROM sensitive_change WHERE household_id = ? ORDER BY id",
                        String.class,
                        vu.getId()))
                .containsExactly("disability", "poverty");
        assertThat(jdbc.queryForObject(
                        "SELECT households FROM hamlet_coverage WHERE hamlet_id = ?", Integer.class, area.two()))
                .isEqualTo(coverageBefore + 2);
        assertThat(jdbc.queryForObject(
                        "SELECT households FROM household_import WHERE file_name = 'ds-thon-hai.csv'", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void every_bad_row_is_reported_with_row_column_and_reason_and_nothing_is_written() {
        long one = householdsIn(area.one());
        long persons = jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class);
        Preview preview = importer.read("loi.csv", csv("""
                        A1,Thôn Một,Số 1,Đặng Văn Bình,1970,,,,
                        A1,Thôn Một,Số 1,,1972,,,,
                        A2,Thôn Một,Số 2,Bùi Thị Lan,197O,,,,
                        A3,Thôn Ba,Số 3,Ngô Văn Hải,1980,,,,
                        A4,Một,Số 4,Đinh Thị Mai,1981,,,,
                        A5,Thôn Một,Số 5,Tạ Văn Long,1982,12345,,,
                        A6,Thôn Một,Số 6,Lý Văn Minh,1983,,có,,
                        A6,Thôn Một,Số 6,Lý Thị Nga,1984,,x,,
                        A7,Thôn Một,Số 7,Mai Văn Oanh,1985,,,hmm,
                        A8,Thôn Một,Số 8,Cao Văn Phúc,1986,,,,giàu
                        A9,Thôn Một,,Hồ Thị Quyên,1987,,,,
                        A10,Thôn Một,Số 10,Kiều Văn Sơn,1988,,,,
                        A10,Thôn Một,Số 11,Kiều Thị Tâm,1989,,,,
                        ,Thôn Một,Số 12,Lò Văn Út,1990,,,,
                        """), null);

        assertThat(preview.importable()).isFalse();
        assertThat(preview.households()).isEmpty();
        assertThat(preview.problems())
                .extracting(Problem::row, Problem::column, Problem::reason)
                .containsExactly(
                        tuple(3, Column.NAME, "no-name"),
                        tuple(4, Column.BIRTH_YEAR, "bad-birth-year"),
                        tuple(5, Column.HAMLET, "unknown-hamlet"),
                        tuple(6, Column.HAMLET, "ambiguous-hamlet"),
                        tuple(7, Column.PHONE, "bad-phone"),
                        tuple(9, Column.HEAD, "two-heads"),
                        tuple(10, Column.DISABILITY, "bad-yes-no"),
                        tuple(11, Column.POVERTY, "bad-poverty"),
                        tuple(12, Column.ADDRESS, "no-address"),
                        tuple(14, Column.ADDRESS, "household-differs"),
                        tuple(15, Column.HOUSEHOLD, "no-household"));
        assertThat(preview.problems().get(1).args()).containsExactly("197O");
        assertThat(preview.problems().get(2).args()).containsExactly("Thôn Ba");
        assertThat(preview.problems().get(5).args()).containsExactly("A6", "8");
        assertThat(preview.rejectedRows().get(4)).contains("Bùi Thị Lan", "197O");

        assertThatThrownBy(() -> importer.commit(preview)).isInstanceOf(ImportRefused.class);
        assertThat(householdsIn(area.one())).isEqualTo(one);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class))
                .isEqualTo(persons);
    }

    @Test
    void missing_columns_are_named() {
        Preview preview = importer.read(
                "thieu.csv", "Họ tên;Năm sinh\nNguyễn Văn Xuân;1960\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(preview.problems())
                .extracting(Problem::row, Problem::column, Problem::reason)
                .containsExactly(
                        tuple(1, Column.HOUSEHOLD, "missing-column"),
                        tuple(1, Column.HAMLET, "missing-column"),
                        tuple(1, Column.ADDRESS, "missing-column"));
    }

    @Test
    void people_already_registered_or_twice_in_the_file_are_rejected() {
        importer.commit(importer.read("lan-1.csv", csv("B1,Thôn Một,Số 21,Phan Văn Vinh,1961,,,,\n"), null));
        Preview again = importer.read("lan-2.csv", csv("""
                        B2,Thôn Một,Số 22,Phan Văn Vinh,1961,,,,
                        B3,Thôn Một,Số 23,Trịnh Thị Yến,1962,,,,
                        B4,Thôn Một,Số 24,Trịnh Thị Yến,1962,,,,
                        B5,Thôn Hai,Số 25,Trịnh Thị Yến,1962,,,,
                        """), null);
        assertThat(again.problems())
                .extracting(Problem::row, Problem::reason)
                .containsExactly(tuple(2, "already-registered"), tuple(4, "duplicate-in-file"));
        assertThat(again.problems().getFirst().args()).containsExactly("Số 21");
    }

    @Test
    void a_name_without_accents_or_with_odd_spacing_is_the_person_already_registered() {
        importer.commit(importer.read("lan-g1.csv", csv("G1,Thôn Một,Số 61,Đoàn Thị Xuân,1963,,,,\n"), null));
        Preview again = importer.read("lan-g2.csv", csv("""
                        G2,Thôn Một,Số 62,Doan Thi Xuan,1963,,,,
                        G3,Thôn Một,Số 63,ĐOÀN  THỊ   XUÂN,1963,,,,
                        G4,Thôn Một,Số 64,Doan Thi Xuan,1964,,,,
                        """), null);
        assertThat(again.problems())
                .extracting(Problem::row, Problem::reason)
                .containsExactly(
                        tuple(2, "already-registered"), tuple(3, "already-registered"), tuple(3, "duplicate-in-file"));
        assertThat(again.problems().getFirst().args()).containsExactly("Số 61");
    }

    @Test
    void the_same_file_is_not_imported_twice() {
        byte[] file = csv("C1,Thôn Một,Số 31,Quách Văn Đạt,,,,,\n");
        importer.commit(importer.read("c.csv", file, null));
        Preview second = importer.read("c-lai.csv", file, null);
        assertThat(second.problems()).isEmpty(); // no birth year, so no duplicate check can catch it
        assertThatThrownBy(() -> importer.commit(second))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::reason)
                                .containsExactly("already-imported"));
    }

    @Test
    void a_failure_halfway_leaves_nothing_behind() {
        long one = householdsIn(area.one());
        Preview forged = new Preview(
                "giua-chung.csv",
                "f".repeat(64),
                2,
                List.of(
                        new ImportedHousehold(
                                "D1",
                                area.one(),
                                "Thôn Một",
                                "Số 41",
                                false,
                                Poverty.NONE,
                                List.of(new Member(2, "Lương Văn Bắc", 1970, null))),
                        new ImportedHousehold(
                                "D2",
                                area.one(),
                                "Thôn Một",
                                "Số 42",
                                false,
                                Poverty.NONE,
                                List.of(new Member(3, "Lương Văn Nam", 1800, null)))),
                List.of(),
                Map.of(),
                Map.of());
        assertThatThrownBy(() -> importer.commit(forged)).isInstanceOf(HouseholdException.class);
        assertThat(householdsIn(area.one())).isEqualTo(one);
    }

    @Test
    void hamlets_outside_my_area_are_unknown_and_learners_cannot_import() {
        login(TestArea.TEAM_MEMBER);
        Preview preview = importer.read("ngoai.csv", csv("E1,Thôn Một,Số 51,Tô Văn Chung,1975,,,,\n"), null);
        assertThat(preview.problems())
                .extracting(Problem::row, Problem::reason)
                .containsExactly(tuple(2, "unknown-hamlet"));
        Preview forged = new Preview(
                "ngoai.csv",
                "e".repeat(64),
                1,
                List.of(new ImportedHousehold(
                        "E1",
                        area.one(),
                        "Thôn Một",
                        "Số 51",
                        false,
                        Poverty.NONE,
                        List.of(new Member(2, "Tô Văn Chung", 1975, null)))),
                List.of(),
                Map.of(),
                Map.of());
        assertThatThrownBy(() -> importer.commit(forged))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::reason)
                                .containsExactly("unknown-hamlet"));

        login("0912345678");
        assertThatThrownBy(() -> importer.read("x.csv", csv(""), null)).isInstanceOf(AccessDeniedException.class);
    }
}
