package vn.kynangso.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.people.HouseholdImport.Column;
import vn.kynangso.people.HouseholdImport.Preview;
import vn.kynangso.people.HouseholdImport.Problem;
import vn.kynangso.people.HouseholdListReader.Hamlet;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;

/** The list reader on its own: no Spring, no database. */
class HouseholdListReaderTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private static final Hamlet DONG = new Hamlet(7, "Thôn Đông", "T07");

    private static Preview read(String rows, Map<String, String> registered) {
        String csv = "Mã hộ,Thôn,Địa chỉ,Họ và tên,Năm sinh,Số điện thoại,Chủ hộ\n" + rows;
        return new HouseholdListReader(VALIDATOR, Year.of(2026), List.of(DONG), null, hamlets -> registered)
                .read(Spreadsheets.read("list.csv", csv.getBytes(StandardCharsets.UTF_8), 100), "list.csv", "sha");
    }

    @Test
    void rows_with_one_household_number_become_one_household_head_first() {
        Preview preview = read("""
                H1,Đông,Số 1,Lê Văn Con,2010,,
                H1,T07,Số 1,Lê Văn Bố,1975,912345678,x
                """, Map.of());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.households()).singleElement().satisfies(h -> {
            assertThat(h.hamletId()).isEqualTo(7);
            assertThat(h.members())
                    .extracting(HouseholdImport.Member::fullName, HouseholdImport.Member::phone)
                    .containsExactly(tuple("Lê Văn Bố", "0912345678"), tuple("Lê Văn Con", null));
        });
    }

    @Test
    void the_limits_are_those_of_the_service_s_records() {
        Preview preview = read(
                "H1,Đông,"
                        + "a".repeat(NewHousehold.MAX_ADDRESS_LENGTH + 1)
                        + ","
                        + "B".repeat(NewMember.MAX_NAME_LENGTH + 1)
                        + ",1899,0123,x\n",
                Map.of());

        assertThat(preview.households()).isEmpty();
        assertThat(preview.problems())
                .extracting(Problem::column, Problem::reason, Problem::args)
                .containsExactly(
                        tuple(Column.ADDRESS, "too-long", List.of("300")),
                        tuple(Column.NAME, "too-long", List.of("200")),
                        tuple(Column.BIRTH_YEAR, "bad-birth-year", List.of("1899")),
                        tuple(Column.PHONE, "bad-phone", List.of("0123")));
    }

    @Test
    void someone_already_registered_is_a_problem_with_their_address() {
        String key = SamePerson.key(7, "Lê Văn Bố", 1975).orElseThrow();
        Preview preview = read("H1,Đông,Số 1,LÊ VĂN  BỐ,1975,,x\n", Map.of(key, "Số 9"));

        assertThat(preview.problems())
                .extracting(Problem::row, Problem::reason, Problem::args)
                .containsExactly(tuple(2, "already-registered", List.of("Số 9")));
    }

    @Test
    void cells_that_are_not_names_are_refused_with_row_column_and_reason() {
        Preview preview = read(
                "H1,Đông,Số 1,\"=HYPERLINK(\"\"http://example.com/x\"\",\"\"Bấm vào\"\")\",1975,,x\n"
                        + "H2,Đông,Số 2,Nguyễn Văn 2,1980,,x\n"
                        + "H3,Đông,Số 3," + "Nguyễn Thị Hoa ".repeat(10).strip() + ",1981,,x\n"
                        + "H4,Đông,Số 4,@Lê Văn Tám,1982,,x\n"
                        + "H5,Đông,Số 5,Lê\u202EVăn,1983,,x\n"
                        + "H6,Đông,Số 6,A,1984,,x\n"
                        + "H7,Đông,Số 7,Trần Văn Đúng,1985,,x\n",
                Map.of());

        assertThat(preview.households()).isEmpty();
        assertThat(preview.problems())
                .extracting(Problem::row, Problem::column, Problem::reason, Problem::args)
                .containsExactly(
                        tuple(2, Column.NAME, "name-formula", List.of()),
                        tuple(3, Column.NAME, "name-digits", List.of()),
                        tuple(4, Column.NAME, "name-too-long", List.of("100")),
                        tuple(5, Column.NAME, "name-formula", List.of()),
                        tuple(6, Column.NAME, "name-control", List.of()),
                        tuple(7, Column.NAME, "name-too-short", List.of("2")));
    }

    @Test
    void real_names_pass_the_name_check() {
        for (String name : List.of("Lò Văn Tâm", "H'Hen Niê", "Nguyễn Thị Ánh-Dương", "Ý Lan", "Hầu A Páo")) {
            assertThat(ListCells.nameFault(name)).as(name).isEmpty();
        }
    }
}
