package vn.kynangso.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kynangso.Application;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.catalog.Text;
import vn.kynangso.reports.CoverageService;
import vn.kynangso.security.SystemRunner;

/**
 * The load and fault scripts' two steps on the app's own database, run without a web server next
 * to (or before) the app: {@code seed --prefix=load --learners=N} makes N bench learners
 * ({@link BenchLearners}, skipped when they exist), and {@code check --prefix=… --acks=file}
 * compares the load client's acknowledged answers with the database, looks for answers,
 * gradings and certificates held twice, and runs {@link CoverageService#rebuild()}; it exits 1 when
 * any count is wrong ({@code seed --newcomer=name} also makes one learner who has not started the
 * course). {@code publish --text=…} publishes a correction of the bench course whose
 * title ends with that text, as the authoring screen's "Publish" does ({@link
 * CatalogService#publishAuthored}), and prints when it was committed. The database is the one
 * {@code KNS_DB_URL} names, as for the app.
 */
public final class BenchSeed {

    private BenchSeed() {}

    /** {@code seed} or {@code check}, then {@code --name=value} arguments. */
    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        Map<String, String> a =
                LoadClient.arguments(java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
        String prefix = a.getOrDefault("prefix", "load");
        SpringApplication app = new SpringApplication(Application.class);
        // Vaadin's beans need a web application context: a server on a free loopback port nobody calls
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.setAdditionalProfiles("bench");
        List<String> properties = new java.util.ArrayList<>();
        properties.add("--kns.db.embedded=false");
        properties.add("--server.port=0");
        properties.add("--vaadin.productionMode=true");
        properties.add("--server.address=127.0.0.1");
        properties.add("--management.server.port=-1");
        properties.add("--kns.demo-data=false");
        properties.add("--kns.evaluation.closing-cron=-");
        properties.add("--kns.print.cleanup-cron=-");
        properties.add("--kns.certificates.retry-cron=-");
        properties.add("--spring.main.banner-mode=off");
        // the app publishes the course content; it must have started once on this database
        properties.add("--kns.content.publish-on-start=false");
        properties.add("--logging.level.root=WARN");
        // the check reads what the app left: re-sending its unfinished events here would act for it
        properties.add("--spring.modulith.events.republish-outstanding-events-on-restart=false");
        int status;
        try (ConfigurableApplicationContext context = app.run(properties.toArray(String[]::new))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            status = switch (command) {
                case "seed" ->
                    seed(
                            context.getBean(BenchLearners.class),
                            jdbc,
                            prefix,
                            Integer.parseInt(a.getOrDefault("learners", "250")),
                            a.get("newcomer"));
                case "check" ->
                    check(
                            context.getBean(CoverageService.class),
                            jdbc,
                            prefix,
                            Path.of(a.getOrDefault("acks", "target/load/acks.jsonl")));
                case "publish" ->
                    publish(context.getBean(CatalogService.class), jdbc, a.getOrDefault("text", "(corrected)"));
                default -> {
                    System.err.println("usage: BenchSeed seed|check|publish --prefix=… [--learners=N] [--acks=file]");
                    yield 2;
                }
            };
        }
        System.exit(status);
    }

    private static int seed(
            BenchLearners learners, JdbcClient jdbc, String prefix, int count, @Nullable String newcomer)
            throws Exception {
        long existing = jdbc.sql("SELECT COUNT(*) FROM account WHERE username LIKE ?")
                .param(prefix + "0%")
                .query(Long.class)
                .single();
        if (existing >= count) {
            System.out.printf("%d learners %s… exist already%n", existing, prefix);
            return 0;
        }
        if (existing > 0) {
            System.err.printf("%d learners %s… exist, fewer than %d: use another prefix%n", existing, prefix, count);
            return 1;
        }
        long t = System.nanoTime();
        learners.create(prefix, count, Runtime.getRuntime().availableProcessors());
        if (newcomer != null) {
            learners.createNewcomer(newcomer);
        }
        System.out.printf("%d learners %s0001… made in %.1f s%n", count, prefix, (System.nanoTime() - t) / 1e9);
        return 0;
    }

    private static int check(CoverageService coverage, JdbcClient jdbc, String prefix, Path ackFile) throws Exception {
        List<AckLog.Ack> acks = AckLog.read(ackFile);
        Map<String, Long> saved = new HashMap<>();
        jdbc.sql("""
                        SELECT a.username, aa.position, COUNT(*) AS n FROM attempt_answer aa
                        JOIN quiz_attempt qa ON qa.id = aa.attempt_id
                        JOIN enrolment e ON e.id = qa.enrolment_id
                        JOIN account a ON a.person_id = e.person_id
                        WHERE a.username LIKE ?
                        GROUP BY a.username, aa.position
                        """)
                .param(prefix + "0%")
                .query((rs, n) -> saved.put(rs.getString(1) + "#" + rs.getInt(2), rs.getLong(3)))
                .list();
        long inDatabase = saved.values().stream().mapToLong(Long::longValue).sum();
        long lost = AckLog.lost(acks, saved);
        long unknownPosition = acks.stream().filter(x -> x.position() < 0).count();
        long answeredTwice = count(jdbc, """
                SELECT COUNT(*) FROM (SELECT attempt_id, position FROM attempt_answer
                GROUP BY attempt_id, position HAVING COUNT(*) > 1) d""");
        // graded twice: a second pass after a pass, or a grade that is not the sum of the attempt's answers
        long passedTwice = count(jdbc, """
                SELECT COUNT(*) FROM (SELECT enrolment_id FROM quiz_attempt WHERE passed
                GROUP BY enrolment_id HAVING COUNT(*) > 1) d""");
        long gradeMismatch = count(jdbc, """
                SELECT COUNT(*) FROM quiz_attempt qa WHERE qa.submitted_at IS NOT NULL
                AND qa.score <> (SELECT COALESCE(SUM(aa.points), 0) FROM attempt_answer aa WHERE aa.attempt_id = qa.id)""");
        long certificatesTwice = count(jdbc, """
                SELECT COUNT(*) FROM (SELECT person_id, course_code FROM certificate WHERE person_id IS NOT NULL
                GROUP BY person_id, course_code HAVING COUNT(*) > 1) d""");
        long submitted = count(jdbc, "SELECT COUNT(*) FROM quiz_attempt WHERE submitted_at IS NOT NULL");
        long passed = count(jdbc, "SELECT COUNT(*) FROM quiz_attempt WHERE passed");
        long certificates = count(jdbc, "SELECT COUNT(*) FROM certificate");
        CoverageService.RebuildReport rebuild = SystemRunner.runAsSystem(coverage::rebuild);
        System.out.println(String.join(
                "\n",
                "=== fault check (learners " + prefix + "…)",
                "acknowledged=" + acks.size(),
                "in_database=" + inDatabase,
                "lost=" + lost,
                "acknowledged_without_position=" + unknownPosition,
                "answered_twice=" + answeredTwice,
                "attempts_handed_in=" + submitted,
                "attempts_passed=" + passed,
                "passed_twice=" + passedTwice,
                "grade_not_sum_of_answers=" + gradeMismatch,
                "certificates=" + certificates,
                "certificates_twice=" + certificatesTwice,
                "rebuild_hamlets=" + rebuild.hamlets(),
                "rebuild_differences=" + rebuild.differing()));
        boolean ok = lost == 0
                && unknownPosition == 0
                && answeredTwice == 0
                && passedTwice == 0
                && gradeMismatch == 0
                && certificatesTwice == 0
                && rebuild.differing() == 0
                && !acks.isEmpty();
        System.out.println(ok ? "RESULT: OK" : "RESULT: FAILED");
        return ok ? 0 : 1;
    }

    /** A correction of the bench course with {@code text} added to its title, published as a trainer does. */
    private static int publish(CatalogService catalog, JdbcClient jdbc, String text) {
        long account = jdbc.sql("SELECT MIN(id) FROM account").query(Long.class).single();
        PublishedCourse published = SystemRunner.runAsSystem(() -> {
            CourseContent c =
                    catalog.current(BenchLearners.COURSE).orElseThrow().content();
            CourseContent corrected = new CourseContent(
                    c.id(),
                    c.declaredVersion(),
                    c.category(),
                    c.skill(),
                    c.audience(),
                    new Text(c.title().vi() + " " + text, c.title().en() + " " + text),
                    c.summary(),
                    c.creditHours(),
                    c.deadline(),
                    c.assessment(),
                    c.lessons(),
                    c.questions());
            return catalog.publishAuthored(corrected, true, account);
        });
        System.out.printf(
                "published_at_ms=%d%npublished_revision=%d%n", System.currentTimeMillis(), published.revision());
        return 0;
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
