package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * Certificates per second and bytes per PDF on this machine, drawing real certificates with
 * Vietnamese names: one thread, all cores, and a commune's 20,000 certificates printed by the
 * background job into one ZIP. Targets: ≥ 200 certificates/s, ≤ 40 KB each. Tagged "benchmark":
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=CertificateBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class CertificateBenchmark extends KaribuTest {

    private static final int COMMUNE_SIZE = 20_000;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"
    };
    private static final String[] MIDDLE = {"Thị", "Văn", "Đức", "Ngọc", "Thu", "Hữu", "Quỳnh", "Mỹ"};
    private static final String[] GIVEN = {
        "Hương", "Bình", "Cường", "Dũng", "Ánh", "Lan", "Yến", "Đạt", "Thủy", "Nguyệt"
    };

    @Autowired
    CertificateRepository certificates;

    @Autowired
    CertificateRenderer renderer;

    @Autowired
    CertificateBatch batch;

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void certificates_per_second() throws Exception {
        long province = TestArea.ensure(places, accounts).province();
        Place commune = SystemRunner.runAsSystem(() -> places.findByCode("BENCH-CERT")
                .orElseGet(() -> places.create(province, PlaceKind.COMMUNE, "Xã Đông Hưng Thịnh", "BENCH-CERT")));
        insertCertificates(commune.getId());
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM certificate WHERE commune_id = ? ORDER BY id", Long.class, commune.getId());

        List<Certificate> all = certificates.byIds(ids.subList(0, 3_000));
        // warm-up
        for (int i = 0; i < 500; i++) {
            renderer.renderNamed(all.get(i), TranslationProvider.VIETNAMESE);
        }
        int n = 3_000;
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            bytes += renderer.renderNamed(all.get(i), TranslationProvider.VIETNAMESE)
                    .bytes()
                    .length;
        }
        double oneThread = n / ((System.nanoTime() - start) / 1e9);

        int threads = Runtime.getRuntime().availableProcessors();
        long allStart = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = offset; i < n; i += threads) {
                        renderer.renderNamed(all.get(i), TranslationProvider.VIETNAMESE);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        double allCores = n / ((System.nanoTime() - allStart) / 1e9);

        // the drawer pool (DD005): what making a drawer costs (loading the font), and what taking one
        // from the pool and giving it back costs, next to drawing a certificate
        int makes = 50;
        long makeStart = System.nanoTime();
        for (int i = 0; i < makes; i++) {
            new CertificatePdf();
        }
        double makeMs = (System.nanoTime() - makeStart) / 1e6 / makes;
        CertificateDrawers pool = new CertificateDrawers(2 * threads, CertificatePdf::new);
        int takes = 1_000_000;
        for (int i = 0; i < takes; i++) {
            pool.withDrawer(drawer -> drawer);
        }
        long takeStart = System.nanoTime();
        for (int i = 0; i < takes; i++) {
            pool.withDrawer(drawer -> drawer);
        }
        double takeNs = (System.nanoTime() - takeStart) / (double) takes;

        SystemRunner.runAsSystem(() -> {
            if (!accounts.loginExists("quantri.bench-cert")) {
                accounts.create(new AccountService.NewAccount(
                        "quantri.bench-cert",
                        null,
                        "Quản Trị In",
                        "mat-khau-kiem-thu",
                        Set.of(Roles.COMMUNE_ADMIN),
                        Set.of(commune.getId()),
                        null));
            }
        });
        login("quantri.bench-cert");
        long jobStart = System.nanoTime();
        CertificateBatch.Job job = batch.start(commune.getId(), TranslationProvider.VIETNAMESE);
        while (!job.finished()) {
            Thread.sleep(50);
        }
        double jobSeconds = (System.nanoTime() - jobStart) / 1e9;
        assertThat(job.failed()).isFalse();
        long zipBytes = Files.size(job.file().orElseThrow());

        System.out.printf(Locale.ROOT, "%nCertificates (one-page A4 PDF, Vietnamese, subset font, vector QR)%n");
        System.out.printf(Locale.ROOT, "size: %.1f KB per PDF (mean of %,d; target <= 40 KB)%n", bytes / 1024.0 / n, n);
        System.out.printf(Locale.ROOT, "one thread: %.0f certificates/s%n", oneThread);
        System.out.printf(Locale.ROOT, "%d threads: %.0f certificates/s (target >= 200/s)%n", threads, allCores);
        System.out.printf(
                Locale.ROOT,
                "drawer pool: making a drawer %.1f ms, taking one and giving it back %.0f ns, drawing %.2f ms%n",
                makeMs,
                takeNs,
                1000 / oneThread);
        System.out.printf(
                Locale.ROOT,
                "background print of a commune: %,d certificates in %.1f s = %.0f/s, ZIP %.1f MB%n",
                job.total(),
                jobSeconds,
                job.total() / jobSeconds,
                zipBytes / 1024.0 / 1024.0);
    }

    private void insertCertificates(long communeId) {
        long existing =
                jdbc.queryForObject("SELECT COUNT(*) FROM certificate WHERE commune_id = ?", Long.class, communeId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = (int) existing; i < COMMUNE_SIZE; i++) {
            String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 10) % MIDDLE.length] + " "
                    + GIVEN[(i / 80) % GIVEN.length];
            rows.add(new Object[] {
                CertificateCodes.next(),
                name,
                1940 + i % 60,
                i % 2 == 0 ? "Tự bảo vệ trên không gian mạng" : "Thanh toán trực tuyến",
                i % 2 == 0 ? "Staying safe online" : "Paying online",
                i % 2 == 0 ? "CYBER_SAFETY" : "ONLINE_PAYMENT",
                Date.valueOf(LocalDate.of(2026, 1 + i % 11, 1 + i % 28)),
                communeId,
                "Xã Đông Hưng Thịnh",
                "Tỉnh Kiểm Thử",
                communeId,
                Timestamp.from(clock.instant())
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO certificate (code, kind, holder_name, birth_year, title_vi, title_en, skill, completed_on,"
                        + " place_id, commune_name, province_name, commune_id, issued_at)"
                        + " VALUES (?, 'COURSE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }
}
