package vn.kynangso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.people.HouseholdImport;
import vn.kynangso.people.HouseholdImport.Preview;
import vn.kynangso.people.ImportArea;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/**
 * Imports a 10,000-row list (one row per person, 1–6 people per household, three hamlets) as a
 * commune admin would: read and check (the preview), then register everything in one
 * transaction. Prints the time of each step and rows per second, for XLSX and CSV. Target: the
 * whole import of 10,000 rows under 60 s. Tagged "benchmark": run with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class ImportBenchmark extends KaribuTest {

    private static final int ROWS = 10_000;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thu", "Quang", "Hữu"};
    private static final String[] GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Hương", "Lan", "Mai", "Nam", "Oanh", "Phúc", "Quyên", "Sơn", "Tâm", "Uyên",
        "Vinh", "Xuân", "Yến", "Đạt", "Ánh", "Hạnh"
    };

    @Autowired
    HouseholdImport importer;

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ten_thousand_rows() throws Exception {
        ImportArea.ensure(places, accounts);
        login(ImportArea.ADMIN);
        List<List<String>> rows = rows(new Random(7), "X");
        byte[] xlsx = xlsx(rows);
        System.out.printf(Locale.ROOT, "%nHousehold import, %,d rows (%,d bytes as XLSX)%n", ROWS, xlsx.length);
        run("XLSX", "ds.xlsx", xlsx);
        byte[] csv = csv(rows(new Random(8), "C"));
        System.out.printf(Locale.ROOT, "Household import, %,d rows (%,d bytes as CSV)%n", ROWS, csv.length);
        run("CSV", "ds.csv", csv);
    }

    private void run(String kind, String name, byte[] data) {
        long persons = jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class);
        long start = System.nanoTime();
        Preview preview = importer.read(name, data, null);
        long read = System.nanoTime();
        assertThat(preview.problems()).isEmpty();
        int households = importer.commit(preview);
        long end = System.nanoTime();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class))
                .isEqualTo(persons + ROWS);
        double total = (end - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: read and check %.2f s, register %,d households in one transaction %.2f s;"
                        + " total %.2f s = %,.0f rows/s (target: < 60 s)%n",
                kind,
                (read - start) / 1e9,
                households,
                (end - read) / 1e9,
                total,
                ROWS / total);
    }

    /** Household number, hamlet, address, name, birth year, phone, head: 1–6 people a household. */
    private static List<List<String>> rows(Random random, String prefix) {
        List<List<String>> rows = new ArrayList<>();
        String[] hamlets = {"Thôn Một", "Thôn Hai", "Ấp Một"};
        int household = 0;
        while (rows.size() < ROWS) {
            household++;
            int size = Math.min(1 + random.nextInt(6), ROWS - rows.size());
            String hamlet = hamlets[household % hamlets.length];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            for (int m = 0; m < size; m++) {
                String fullName = family + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                        + GIVEN[random.nextInt(GIVEN.length)] + " " + prefix + household + "-" + m;
                rows.add(List.of(
                        prefix + household,
                        hamlet,
                        m == 0 ? "Số " + household + ", đường Lê Lợi" : "",
                        fullName,
                        String.valueOf(1930 + random.nextInt(90)),
                        random.nextInt(3) == 0 ? String.format(Locale.ROOT, "09%08d", random.nextInt(100_000_000)) : "",
                        m == 0 ? "x" : ""));
            }
        }
        return rows;
    }

    private static final List<String> HEADER =
            List.of("Mã hộ", "Thôn", "Địa chỉ", "Họ và tên", "Năm sinh", "Số điện thoại", "Chủ hộ");

    private static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("Danh sách");
            List<List<String>> all = new ArrayList<>();
            all.add(HEADER);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] csv(List<List<String>> rows) {
        StringBuilder text =
                new StringBuilder("\uFEFF").append(String.join(",", HEADER)).append("\r\n");
        for (List<String> row : rows) {
            text.append(String.join(
                            ",",
                            row.stream()
                                    .map(c -> c.contains(",") ? "\"" + c + "\"" : c)
                                    .toList()))
                    .append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
