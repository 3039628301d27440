package vn.kynangso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.kynangso.bench.QuizBenchmark.Samples;
import vn.kynangso.bench.QuizBenchmark.Usage;
import vn.kynangso.classes.ClassCourses;
import vn.kynangso.classes.ClassDetails;
import vn.kynangso.classes.ClassJoining;
import vn.kynangso.classes.ClassService;
import vn.kynangso.classes.ClassSessions;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.AccountService.NewAccount;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * Live class boards while their students answer, over real HTTP as browsers would (the board's own
 * poll requests, the students' quiz clicks), against the whole app on the embedded MariaDB:
 *
 * <ol>
 *   <li>heap per open class board (≤ 500 KB): heap after a full GC before and after a teacher opens
 *       {@code bench.heapBoards} boards of 40 students (each in a browser session of its own, so the
 *       figure includes the session);
 *   <li>the cost of keeping {@code bench.boards} boards current: CPU of the app and the database
 *       while the boards poll and nobody answers, and while every student answers;
 *   <li>the board's delay behind an answer (≤ 2 s): from the moment a student's answer came back
 *       saved to the first poll answer of their class's board that shows them on the next question.
 * </ol>
 *
 * Prints the figures and writes them to {@code target/benchmark-board.txt}; asserts only that
 * nothing failed. Run it with {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=ClassBoardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Knobs: {@code bench.boards}
 * (10), {@code bench.students} (40 a class), {@code bench.heapBoards} (40), {@code
 * bench.thinkMillis} (1000), {@code bench.pollMillis} (the board's poll interval, 1500).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "bench"})
class ClassBoardBenchmark {

    private static final int BOARDS = Integer.getInteger("bench.boards", 10);
    private static final int STUDENTS = Integer.getInteger("bench.students", 40);
    private static final int HEAP_BOARDS = Integer.getInteger("bench.heapBoards", 40);
    private static final long THINK_MILLIS = Long.getLong("bench.thinkMillis", 1000);
    private static final long POLL_MILLIS = Long.getLong("bench.pollMillis", 1500);
    private static final long IDLE_SECONDS = 20;
    private static final long MAX_SECONDS = 240;
    private static final int QUESTIONS = 10;
    private static final String QUIZ = "learn/" + BenchLearners.COURSE + "/quiz";
    private static final String TEACHER = "boardteacher";
    private static final Pattern ON_QUESTION = Pattern.compile("câu (\\d+)/(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    BenchLearners fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ClassService classes;

    @Autowired
    ClassJoining joining;

    @Autowired
    ClassCourses courses;

    @Autowired
    ClassSessions sessions;

    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errorCount = new AtomicInteger();

    /** Per student name: the question (1-based) the board should show next, and when the answer came back. */
    private final Map<String, long[]> pending = new ConcurrentHashMap<>();

    @Test
    void boards() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        long started = System.nanoTime();
        // one thread: households registered at once in a brand-new hamlet can deadlock on its coverage row
        List<String> names = fixtures.create("boardbench", BOARDS * STUDENTS, 1);
        long commune = jdbc.sql("SELECT id FROM place WHERE name = 'Xã boardbench'")
                .query(Long.class)
                .single();
        List<Long> classIds = classesOf(names, commune);
        double seedSeconds = seconds(started);

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String base = "http://127.0.0.1:" + port;

        // 1. Heap per open board: boards opened and left open (they are not polled after this).
        long heapBefore = heapAfterFullGc();
        List<VaadinLearner> heapBoards = new ArrayList<>();
        for (int i = 0; i < HEAP_BOARDS; i++) {
            heapBoards.add(openBoard(http, base, classIds.get(i % classIds.size())));
        }
        long heapAfter = heapAfterFullGc();
        double kbPerBoard = (heapAfter - heapBefore) / 1024.0 / HEAP_BOARDS;

        // The live boards, one a class, and the students on the quiz.
        List<VaadinLearner> boards = new ArrayList<>();
        for (long classId : classIds) {
            boards.add(openBoard(http, base, classId));
        }
        long openStarted = System.nanoTime();
        List<VaadinLearner> students = openQuiz(http, base, names);
        double openSeconds = seconds(openStarted);

        // 2a. The boards poll while nobody answers.
        Samples idlePolls = new Samples();
        AtomicBoolean stop = new AtomicBoolean();
        Usage idleBefore = Usage.now();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (VaadinLearner board : boards) {
                threads.submit(() -> poll(board, stop, idlePolls, new Samples()));
            }
            Thread.sleep(IDLE_SECONDS * 1000);
            stop.set(true);
        }
        Usage idle = Usage.now().since(idleBefore);

        // 2b and 3. Every student answers while the boards poll.
        Samples answers = new Samples();
        Samples livePolls = new Samples();
        Samples delays = new Samples();
        AtomicBoolean done = new AtomicBoolean();
        Usage liveBefore = Usage.now();
        int finished;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (VaadinLearner board : boards) {
                threads.submit(() -> poll(board, done, livePolls, delays));
            }
            finished = answerAll(students, answers);
            Thread.sleep(2 * POLL_MILLIS); // the boards catch up with the last answers
            done.set(true);
        }
        Usage live = Usage.now().since(liveBefore);

        int polls = idlePolls.count();
        String report = String.join(
                "\n",
                "=== Kỹ Năng Số class board benchmark — "
                        + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT)),
                "machine: %d cores, %s %s, max heap %d MB"
                        .formatted(
                                cores,
                                System.getProperty("java.vm.name"),
                                System.getProperty("java.version"),
                                Runtime.getRuntime().maxMemory() >> 20),
                "setup: %d classes of %d students created in %.1f s; %d students opened the quiz in %.1f s"
                        .formatted(BOARDS, STUDENTS, seedSeconds, students.size(), openSeconds),
                "boards poll every %d ms (UI polling, DD008)".formatted(POLL_MILLIS),
                "",
                "1. Heap per open class board of %d students (target ≤ 500 KB)".formatted(STUDENTS),
                "   heap used after full GC: %.1f MB before, %.1f MB after %d boards"
                        .formatted(heapBefore / 1048576.0, heapAfter / 1048576.0, HEAP_BOARDS),
                "   => %.1f KB per board, its browser session included".formatted(kbPerBoard),
                "",
                "2. Keeping %d boards current".formatted(boards.size()),
                "   nobody answering, %d s: %d polls; poll round trip %s"
                        .formatted(IDLE_SECONDS, polls, idlePolls.summary()),
                "   CPU: app %.3f cores, database %.3f cores => %.2f ms of app CPU per board refresh"
                        .formatted(
                                idle.jvmCores(),
                                idle.databaseCores(),
                                polls == 0 ? 0 : idle.jvmCpuNanos() / 1e6 / polls),
                "   %d students answering (%d of them finished), %.0f s: %d polls; poll round trip %s"
                        .formatted(
                                students.size(),
                                finished,
                                live.wallNanos() / 1e9,
                                livePolls.count(),
                                livePolls.summary()),
                "   CPU: app %.3f cores, database %.3f cores, whole machine %.2f cores; GC %d runs, %d ms"
                        .formatted(
                                live.jvmCores(),
                                live.databaseCores(),
                                live.machineCores(),
                                live.gcCount(),
                                live.gcMillis()),
                "   answer round trip %s".formatted(answers.summary()),
                "",
                "3. The board's delay behind an answer (target ≤ 2 s)",
                "   %s".formatted(delays.summary()),
                "",
                "errors: %d%s"
                        .formatted(errorCount.get(), errors.isEmpty() ? "" : "\n   " + String.join("\n   ", errors)),
                "");
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-board.txt"), report, StandardCharsets.UTF_8);
        assertThat(errorCount.get()).as(String.join("\n", errors)).isZero();
        assertThat(heapBoards).hasSize(HEAP_BOARDS);
    }

    /** A teacher and the classes, each with its students, the course given and a session running. */
    private List<Long> classesOf(List<String> names, long commune) {
        Map<String, Long> persons = new HashMap<>();
        jdbc.sql("SELECT username, person_id FROM account WHERE username LIKE 'boardbench%'")
                .query(rs -> {
                    persons.put(rs.getString(1), rs.getLong(2));
                });
        return SystemRunner.runAsSystem(() -> {
            long teacher = accounts.create(new NewAccount(
                            TEACHER,
                            null,
                            "Giáo viên Benchmark",
                            BenchLearners.PASSWORD,
                            Set.of(Roles.TEACHER),
                            Set.of(commune),
                            null))
                    .getId();
            List<Long> ids = new ArrayList<>();
            for (int c = 0; c < BOARDS; c++) {
                long id = classes.createFor(
                                teacher,
                                commune,
                                new ClassDetails("Trường Benchmark", "8", "Lớp " + (c + 1), "2026-2027"))
                        .id();
                for (String name : names.subList(c * STUDENTS, (c + 1) * STUDENTS)) {
                    joining.enrol(id, persons.get(name));
                }
                courses.assign(id, BenchLearners.COURSE, null);
                sessions.start(id);
                ids.add(id);
            }
            return ids;
        });
    }

    private VaadinLearner openBoard(HttpClient http, String base, long classId) throws Exception {
        VaadinLearner teacher = new VaadinLearner(http, base, TEACHER);
        teacher.signIn(BenchLearners.PASSWORD);
        teacher.open("classes/" + classId + "/board");
        int grid = teacher.nodeOf("board-grid");
        if (grid < 0) {
            throw new VaadinLearner.Unexpected("the board shows no grid");
        }
        // as the browser's grid does once it is on screen: ask for its rows
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("type", "publishedEventHandler");
        range.put("node", grid);
        range.put("templateEventMethodName", "setViewportRange");
        range.put("templateEventMethodArgs", List.of(0, STUDENTS + 10));
        range.put("promise", 0);
        teacher.send(List.of(range));
        return teacher;
    }

    private List<VaadinLearner> openQuiz(HttpClient http, String base, List<String> names) throws Exception {
        List<Future<VaadinLearner>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (String name : names) {
                futures.add(pool.submit(() -> {
                    VaadinLearner learner = new VaadinLearner(http, base, name);
                    try {
                        learner.signIn(BenchLearners.PASSWORD);
                        learner.open(QUIZ);
                        if (!learner.questionShown()) {
                            throw new VaadinLearner.Unexpected("the quiz shows no question");
                        }
                        return learner;
                    } catch (Exception e) {
                        error(name + " opening the quiz", e);
                        return null;
                    }
                }));
            }
        }
        List<VaadinLearner> opened = new ArrayList<>();
        for (Future<VaadinLearner> future : futures) {
            if (future.get() != null) {
                opened.add(future.get());
            }
        }
        return opened;
    }

    /** A board's browser: a poll every POLL_MILLIS (first one at a random moment) until told to stop. */
    private void poll(VaadinLearner board, AtomicBoolean stop, Samples roundTrips, Samples delays) {
        Map<String, Object> poll = new LinkedHashMap<>();
        poll.put("type", "event");
        poll.put("node", 1);
        poll.put("event", "ui-poll");
        poll.put("data", Map.of());
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(POLL_MILLIS));
            long next = System.nanoTime();
            while (!stop.get()) {
                long t0 = System.nanoTime();
                JsonNode response = board.send(List.of(poll));
                long t1 = System.nanoTime();
                roundTrips.add(t1 - t0);
                seen(response, t1, delays);
                next += POLL_MILLIS * 1_000_000;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                }
            }
        } catch (Exception e) {
            error(board.username + " polling", e);
        }
    }

    /** Finds, in a poll answer, each student shown on a question, and settles their pending answer. */
    private void seen(JsonNode response, long at, Samples delays) {
        List<JsonNode> objects = new ArrayList<>();
        collect(response, objects);
        for (JsonNode item : objects) {
            String name = null;
            int question = -1;
            for (JsonNode value : item) {
                if (!value.isString()) {
                    continue;
                }
                String text = value.asString();
                if (pending.containsKey(text)) {
                    name = text;
                }
                Matcher m = ON_QUESTION.matcher(text);
                if (m.find()) {
                    question = Integer.parseInt(m.group(1));
                }
            }
            if (name != null && question > 0) {
                long[] wanted = pending.get(name);
                if (wanted != null && question >= wanted[0] && pending.remove(name, wanted)) {
                    delays.add(at - wanted[1]);
                }
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> objects) {
        if (node.isObject()) {
            objects.add(node);
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                collect(child, objects);
            }
        }
    }

    /** Every student answers the attempt's questions and hands it in, pausing about THINK_MILLIS before each action. */
    private int answerAll(List<VaadinLearner> students, Samples answers) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(MAX_SECONDS).toNanos();
        AtomicInteger finished = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (VaadinLearner student : students) {
                threads.submit(() -> {
                    String name = "Học viên " + student.username;
                    try {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(2 * THINK_MILLIS + 1));
                        for (int q = 0; q < QUESTIONS; q++) {
                            if (System.nanoTime() > deadline) {
                                throw new VaadinLearner.Unexpected("time limit reached at question " + (q + 1));
                            }
                            think();
                            student.choose();
                            think();
                            long t0 = System.nanoTime();
                            student.answer();
                            long t1 = System.nanoTime();
                            answers.add(t1 - t0);
                            if (q + 1 < QUESTIONS) {
                                pending.put(name, new long[] {q + 2, t1});
                            }
                            think();
                            if (!student.next()) {
                                break;
                            }
                        }
                        finished.incrementAndGet();
                    } catch (Exception e) {
                        error(student.username + " answering", e);
                    } finally {
                        student.forgetScreen();
                    }
                });
            }
        }
        return finished.get();
    }

    private static void think() throws InterruptedException {
        if (THINK_MILLIS > 0) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(THINK_MILLIS / 2, THINK_MILLIS * 3 / 2 + 1));
        }
    }

    private void error(String what, Exception e) {
        errorCount.incrementAndGet();
        if (errors.size() < 20) {
            errors.add(what + ": " + e);
        }
    }

    private static long heapAfterFullGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage afterGc = pool.getCollectionUsage();
                if (pool.getType() == MemoryType.HEAP && afterGc != null) {
                    used += afterGc.getUsed();
                }
            }
            least = Math.min(least, used);
            Thread.sleep(200);
        }
        return least;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
