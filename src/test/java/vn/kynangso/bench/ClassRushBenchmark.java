package vn.kynangso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import vn.kynangso.bench.QuizBenchmark.Samples;
import vn.kynangso.classes.ClassCourses;
import vn.kynangso.classes.ClassDetails;
import vn.kynangso.classes.ClassJoining;
import vn.kynangso.classes.ClassService;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.AccountService.NewAccount;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * The class rush (issue target: p95 ≤ 1 s, 0 errors): {@code bench.classes} classes of {@code
 * bench.students} students each (1 × 40) whose students all sign in with their login cards (the
 * card's one-time link, as a phone that scanned the QR code; their home page follows in the same
 * page) and open the same quiz from there within {@code bench.spreadSeconds} (5) seconds. Measured per student over real HTTP against the whole app on the
 * embedded MariaDB: from the first request of the sign-in to the first question on screen.
 *
 * <p>Run with {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ClassRushBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; prints the figures and writes them to {@code
 * target/benchmark-class-rush.txt}; asserts only that nothing failed. {@code -Dbench.jfr=<file>}
 * records the rush alone with Java Flight Recorder.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "bench"})
class ClassRushBenchmark {

    private static final int CLASSES = Integer.getInteger("bench.classes", 1);
    private static final int STUDENTS = Integer.getInteger("bench.students", 40);
    private static final int SPREAD_SECONDS = Integer.getInteger("bench.spreadSeconds", 5);
    /** Students who take the same path before the rush, ten at a time, not recorded (bench.warm). */
    private static final int WARM_STUDENTS = Integer.getInteger("bench.warm", 200);
    /** Also record the rush alone with Java Flight Recorder's "profile" settings, to this file (bench.jfr). */
    private static final String JFR = System.getProperty("bench.jfr", "");

    private static final String COURSE = BenchLearners.COURSE;
    private static final String QUIZ = "learn/" + COURSE + "/quiz";

    @LocalServerPort
    int port;

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    ClassService classes;

    @Autowired
    ClassJoining joining;

    @Autowired
    ClassCourses courses;

    @Autowired
    LearningService learning;

    @Autowired
    UserDetailsService userDetails;

    private final Queue<String> errors = new ConcurrentLinkedQueue<>();

    @Test
    void class_rush() throws Exception {
        long seedStarted = System.nanoTime();
        List<String> warmupTokens = students("rushwarm", 1, WARM_STUDENTS);
        List<String> tokens = students("rush", CLASSES, STUDENTS);
        List<String> soloTokens = students("rushsolo", 1, 5);
        double seedSeconds = (System.nanoTime() - seedStarted) / 1e9;
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String base = "http://127.0.0.1:" + port;

        // warm-up: the same path by other students, not recorded, until the JIT compiler has done
        // most of its work (a server that has been up for a morning of classes); 10 leaves it compiling
        // through the rush: about one core's worth, measured with bench.jfr (jdk.Compilation)
        for (int i = 0; i < warmupTokens.size(); i += 10) {
            rush(
                    http,
                    base,
                    warmupTokens.subList(i, Math.min(warmupTokens.size(), i + 10)),
                    1,
                    new Samples(),
                    new Samples());
        }
        errors.clear();

        Samples toQuestion = new Samples();
        Samples signIn = new Samples();
        jdk.jfr.@Nullable Recording recording = null;
        if (!JFR.isEmpty()) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        QuizBenchmark.Usage before = QuizBenchmark.Usage.now();
        long started = System.nanoTime();
        int shown = rush(http, base, tokens, SPREAD_SECONDS, toQuestion, signIn);
        double seconds = (System.nanoTime() - started) / 1e9;
        QuizBenchmark.Usage usage = QuizBenchmark.Usage.now().since(before);
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(JFR));
            recording.close();
        }

        // the same path alone, one student after the other: the time without contention
        Samples soloToQuestion = new Samples();
        for (String token : soloTokens) {
            rush(http, base, List.of(token), 0, soloToQuestion, new Samples());
        }

        String report = String.join(
                "\n",
                "=== Kỹ Năng Số class rush benchmark — "
                        + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT)),
                "machine: %d cores, %s %s, max heap %d MB"
                        .formatted(
                                Runtime.getRuntime().availableProcessors(),
                                System.getProperty("java.vm.name"),
                                System.getProperty("java.version"),
                                Runtime.getRuntime().maxMemory() >> 20),
                "setup: %d class(es) × %d students (cards issued, lessons read) in %.1f s"
                        .formatted(CLASSES, STUDENTS, seedSeconds),
                "warm-up: %d other students through the same path first, ten at a time".formatted(WARM_STUDENTS),
                "rush: every student signs in with their card and opens %s, starts spread over %d s"
                        .formatted(QUIZ, SPREAD_SECONDS),
                "   first question on screen for %d of %d students in %.1f s; errors %d"
                        .formatted(shown, tokens.size(), seconds, errors.size()),
                "   sign-in with the card (open link + tap):      " + signIn.summary(),
                "   sign-in to first question on screen (target p95 ≤ 1000 ms): " + toQuestion.summary(),
                "   alone, one student after the other:            " + soloToQuestion.summary(),
                "   CPU: app %.2f cores, database %.2f cores, machine %.2f cores busy"
                        .formatted(usage.jvmCores(), usage.databaseCores(), usage.machineCores()),
                errors.isEmpty()
                        ? ""
                        : "errors (first 5): " + errors.stream().limit(5).toList());
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-class-rush.txt"), report + "\n", StandardCharsets.UTF_8);
        assertThat(errors).isEmpty();
        assertThat(shown).isEqualTo(tokens.size());
    }

    /** Every card used once, the starts spread at random over the seconds given; returns how many got a question. */
    private int rush(
            HttpClient http, String base, List<String> tokens, int spreadSeconds, Samples toQuestion, Samples signIn)
            throws Exception {
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(tokens.size())) {
            for (String token : tokens) {
                long delay =
                        spreadSeconds == 0 ? 0 : ThreadLocalRandom.current().nextLong(spreadSeconds * 1000L);
                results.add(pool.submit(() -> {
                    TimeUnit.MILLISECONDS.sleep(delay);
                    VaadinLearner student = new VaadinLearner(http, base, "card");
                    try {
                        long start = System.nanoTime();
                        if (!student.signInWithCard(token).containsKey("home-classes")) {
                            errors.add("signed in, but the home page shows no class");
                            return false;
                        }
                        signIn.add(System.nanoTime() - start);
                        student.go(QUIZ); // a tap on the class's quiz, in the same page
                        boolean question = student.questionShown();
                        if (question) {
                            toQuestion.add(System.nanoTime() - start);
                        } else {
                            errors.add("no question on screen");
                        }
                        return question;
                    } catch (Exception e) {
                        errors.add(e.toString());
                        return false;
                    }
                }));
            }
            int shown = 0;
            for (Future<Boolean> result : results) {
                shown += result.get() ? 1 : 0;
            }
            return shown;
        }
    }

    /**
     * Classes of students in a commune of their own, each class given the course; every student has
     * read its lessons (so the quiz is open) and a login card whose one-time link is returned.
     */
    private List<String> students(String prefix, int classCount, int perClass) throws Exception {
        record Made(long commune, long teacher) {}
        Made made = SystemRunner.runAsSystem(() -> {
            Place province = places.create(null, PlaceKind.PROVINCE, "Tỉnh " + prefix, null);
            Place commune = places.create(province.getId(), PlaceKind.COMMUNE, "Xã " + prefix, null);
            long teacher = accounts.create(new NewAccount(
                            prefix + "gv",
                            null,
                            "Giáo viên " + prefix,
                            BenchLearners.PASSWORD,
                            Set.of(Roles.TEACHER),
                            Set.of(commune.getId()),
                            null))
                    .getId();
            return new Made(commune.getId(), teacher);
        });
        List<Future<String>> futures = new ArrayList<>();
        try (ExecutorService pool =
                Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            for (int c = 1; c <= classCount; c++) {
                int classNumber = c;
                long classId = SystemRunner.runAsSystem(() -> {
                    long id = classes.createFor(
                                    made.teacher(),
                                    made.commune(),
                                    new ClassDetails("Trường " + prefix, "7", "Lớp 7A" + classNumber, "2026-2027"))
                            .id();
                    courses.assign(id, COURSE, null);
                    return id;
                });
                for (int s = 1; s <= perClass; s++) {
                    String username = "%s%02d%03d".formatted(prefix, classNumber, s);
                    futures.add(pool.submit(() -> student(made.commune(), classId, username)));
                }
            }
            List<String> tokens = new ArrayList<>();
            for (Future<String> future : futures) {
                tokens.add(future.get());
            }
            return tokens;
        }
    }

    private String student(long commune, long classId, String username) {
        long person = SystemRunner.runAsSystem(() -> {
            long id =
                    people.registerPerson(commune, "Học sinh " + username, 2013).getId();
            accounts.create(new NewAccount(
                    username,
                    null,
                    "Học sinh " + username,
                    BenchLearners.PASSWORD,
                    Set.of(Roles.STUDENT),
                    Set.of(),
                    id));
            joining.enrol(classId, id);
            return id;
        });
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            int lessons = learning.progress(COURSE).course().content().lessons().size();
            for (int i = 0; i < lessons; i++) {
                learning.lessonRead(COURSE, i);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        return SystemRunner.runAsSystem(() -> accounts.newLoginLink(person).orElseThrow());
    }
}
