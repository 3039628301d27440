package vn.kynangso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Quiz performance targets, measured over real HTTP against the whole app on the embedded
 * MariaDB:
 *
 * <ol>
 *   <li>heap per learner sitting on the quiz screen (≤ 150 KB): heap after a full GC before and
 *       after {@code bench.learners} learners sign in and open the quiz;
 *   <li>saving one answer (p95 ≤ 50 ms with 200 learners answering): the latency of the UIDL
 *       request that carries the click on "Answer", while all those learners answer their 10
 *       questions at once.
 * </ol>
 *
 * Prints the figures as one block and writes them to {@code target/benchmark-quiz.txt}; asserts
 * only that nothing failed. Tagged "benchmark": not part of the normal build, run it with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=QuizBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Knobs (system properties): {@code bench.learners}
 * (200), {@code bench.warmup} (20), {@code bench.thinkMillis} (mean pause between a learner's
 * actions, 1000; 0 = as fast as possible), {@code bench.maxSeconds} (time limit of the answering
 * phase, 150), {@code bench.histogram} (live heap per session by class), {@code bench.jfr} (a
 * flight recording of the answering phase, to that file).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "bench"})
class QuizBenchmark {

    private static final int LEARNERS = Integer.getInteger("bench.learners", 200);
    private static final int WARMUP_LEARNERS = Integer.getInteger("bench.warmup", 20);
    private static final long THINK_MILLIS = Long.getLong("bench.thinkMillis", 1000);
    private static final long MAX_SECONDS = Long.getLong("bench.maxSeconds", 150);
    /** Learners signing in at once while sessions are opened for the heap figure. */
    private static final int OPEN_THREADS = 4;

    /**
     * Also write which classes the learners' sessions fill the heap with (bench.histogram=true):
     * opened, and what one question on adds to that ({@code -mid}).
     */
    private static final boolean HISTOGRAM = Boolean.getBoolean("bench.histogram");

    /** Also record the answering phase alone with Java Flight Recorder's "profile" settings, to this file (bench.jfr). */
    private static final String JFR = System.getProperty("bench.jfr", "");

    /** Learners who answer alone, one after the other, after the load. */
    private static final int SOLO_LEARNERS = 3;

    private static final String QUIZ = "learn/" + BenchLearners.COURSE + "/quiz";
    private static final int QUESTIONS = 10;

    @LocalServerPort
    int port;

    @Autowired
    BenchLearners fixtures;

    @Autowired
    BenchUiCounter counter;

    @Autowired
    JdbcClient jdbc;

    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errorCount = new AtomicInteger();

    @Test
    void quiz() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        long started = System.nanoTime();
        List<String> warmupNames = fixtures.create("benchwarm", WARMUP_LEARNERS, cores);
        List<String> names = fixtures.create("bench", LEARNERS, cores);
        List<String> soloNames = fixtures.create("benchsolo", SOLO_LEARNERS, cores);
        double seedSeconds = seconds(started);

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String base = "http://127.0.0.1:" + port;

        // Warm-up: the measured path, by other learners, as fast as possible; not recorded.
        long warmupStarted = System.nanoTime();
        List<VaadinLearner> warmup = open(http, base, warmupNames, OPEN_THREADS);
        answerAll(warmup, 0, new Samples(), new Samples(), new Samples());
        double warmupSeconds = seconds(warmupStarted);
        int warmupErrors = errorCount.getAndSet(0);

        // 1. Heap per learner on the quiz screen.
        long uisBefore = counter.uis();
        long sessionsBefore = counter.sessions();
        long heapBefore = heapAfterFullGc();
        String histogramBefore = HISTOGRAM ? classHistogram() : "";
        long openStarted = System.nanoTime();
        List<VaadinLearner> learners = open(http, base, names, OPEN_THREADS);
        double openSeconds = seconds(openStarted);
        long heapAfter = heapAfterFullGc();
        if (HISTOGRAM) {
            Files.writeString(
                    Path.of("target", "benchmark-quiz-histogram.txt"),
                    histogramDelta(histogramBefore, classHistogram(), learners.size()),
                    StandardCharsets.UTF_8);
        }
        long uis = counter.uis() - uisBefore;
        long sessions = counter.sessions() - sessionsBefore;
        double kbPerSession = (heapAfter - heapBefore) / 1024.0 / Math.max(1, learners.size());
        double lastResponseKb = counter.averageLastResponseBytes(uisBefore) / 1024.0;
        boolean productionMode = !learners.isEmpty() && learners.getFirst().productionMode;
        // The same learners one question on (answered, the next question shown): what a learner in the
        // middle of a quiz holds. Opening the quiz by its address left the whole screen with the shell
        // as Vaadin's copy of the last response; from the first answer on that copy is a small change.
        String histogramOpened = HISTOGRAM ? classHistogram() : "";
        answerOne(learners);
        long heapMid = heapAfterFullGc();
        if (HISTOGRAM) {
            Files.writeString(
                    Path.of("target", "benchmark-quiz-histogram-mid.txt"),
                    histogramDelta(histogramOpened, classHistogram(), learners.size()),
                    StandardCharsets.UTF_8);
        }
        double kbPerSessionMid = (heapMid - heapBefore) / 1024.0 / Math.max(1, learners.size());
        double lastResponseMidKb = counter.averageLastResponseBytes(uisBefore) / 1024.0;

        // 2. Every learner answers the 10 questions of the attempt, all at once.
        Samples answerLatency = new Samples();
        Samples answerServer = new Samples();
        Samples otherLatency = new Samples();
        Map<String, Long> statementsBefore = statements();
        jdk.jfr.@org.jspecify.annotations.Nullable Recording recording = null;
        if (!JFR.isEmpty()) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        Usage usageBefore = Usage.now();
        long loadStarted = System.nanoTime();
        int finished = answerAll(learners, THINK_MILLIS, answerLatency, answerServer, otherLatency);
        double loadSeconds = seconds(loadStarted);
        Usage usage = Usage.now().since(usageBefore);
        Map<String, Long> statementsAfter = statements();
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(JFR));
            recording.close();
        }
        double perAnswer = Math.max(1, answerLatency.count());
        String statementsPerAnswer = statementsAfter.keySet().stream()
                .sorted()
                .map(name -> "%s %.1f"
                        .formatted(
                                name.toLowerCase(Locale.ROOT),
                                (statementsAfter.get(name) - statementsBefore.getOrDefault(name, 0L)) / perAnswer))
                .collect(Collectors.joining(", "));
        long uidlRequests = Math.max(1, answerLatency.count() + otherLatency.count());

        // A few learners one after the other, no pauses: the answer's latency without contention.
        Samples solo = new Samples();
        Samples soloServer = new Samples();
        for (String name : soloNames) {
            answerAll(open(http, base, List.of(name), 1), 0, solo, soloServer, new Samples());
        }
        long savedAnswers = jdbc.sql("""
                        SELECT COUNT(*) FROM attempt_answer aa
                        JOIN quiz_attempt qa ON qa.id = aa.attempt_id
                        JOIN enrolment e ON e.id = qa.enrolment_id
                        JOIN account a ON a.person_id = e.person_id
                        WHERE a.username LIKE 'bench0%'
                        """).query(Long.class).single();

        String report = String.join(
                "\n",
                "=== Kỹ Năng Số quiz benchmark — "
                        + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT)),
                "machine: %d cores, %s %s, max heap %d MB, GC %s"
                        .formatted(
                                cores,
                                System.getProperty("java.vm.name"),
                                System.getProperty("java.version"),
                                Runtime.getRuntime().maxMemory() >> 20,
                                gcNames()),
                "app: Vaadin %s mode (component tracker %s), embedded MariaDB, course %s"
                        .formatted(
                                productionMode ? "production" : "development",
                                componentTrackerState(),
                                BenchLearners.COURSE),
                "setup: %d + %d learners created in %.1f s; warm-up (%d learners, %d answers each) %.1f s"
                        .formatted(WARMUP_LEARNERS, LEARNERS, seedSeconds, warmup.size(), QUESTIONS, warmupSeconds),
                "",
                "1. Heap per learner on the quiz screen (target ≤ 150 KB)",
                "   sessions opened: %d of %d in %.1f s (new Vaadin sessions %d, UIs %d)"
                        .formatted(learners.size(), LEARNERS, openSeconds, sessions, uis),
                "   heap used after full GC: %.1f MB before, %.1f MB after"
                        .formatted(heapBefore / 1048576.0, heapAfter / 1048576.0),
                "   => %.1f KB per learner session".formatted(kbPerSession),
                "   of which Vaadin's copy of the last UIDL response (UIInternals.lastRequestResponse): %.1f KB"
                        .formatted(lastResponseKb),
                "   one question on (answered, next question shown): %.1f KB per learner session, of which the last response %.1f KB"
                        .formatted(kbPerSessionMid, lastResponseMidKb),
                "",
                "2. Saving one answer: the UIDL request carrying the quiz-answer click (target p95 ≤ 50 ms)",
                "   %d learners at once, the %d answers each left after the first, pause between actions %s"
                        .formatted(learners.size(), QUESTIONS - 1, pause(THINK_MILLIS)),
                "   answers: %d in %.1f s = %.1f answers/s; %d of %d learners finished; %d answers in the database"
                        .formatted(
                                answerLatency.count(),
                                loadSeconds,
                                answerLatency.count() / loadSeconds,
                                finished,
                                learners.size(),
                                savedAnswers),
                "   latency seen by the client (loopback): " + answerLatency.summary(),
                "   Vaadin's own request time (timings):    " + answerServer.summary(),
                "   other UIDL requests (hand-ins):         " + otherLatency.summary(),
                "   CPU while answering, in cores of %d: app JVM (server and client) %.2f, MariaDB %.2f, other processes %.2f"
                        .formatted(
                                cores,
                                usage.jvmCores(),
                                usage.databaseCores(),
                                Math.max(0, usage.machineCores() - usage.jvmCores() - usage.databaseCores())),
                "   GC while answering: %d collections, %d ms of pauses".formatted(usage.gcCount(), usage.gcMillis()),
                "   UIDL requests per answered question (the hand-in shared): %.2f"
                        .formatted(uidlRequests / (double) Math.max(1, answerLatency.count())),
                "   SQL statements per answered question (the hand-in shared): " + statementsPerAnswer,
                "   allocated while answering (server and client, all threads): %.0f KB per UIDL request, %.0f KB per answered question"
                        .formatted(
                                usage.allocatedBytes() / 1024.0 / uidlRequests,
                                usage.allocatedBytes() / 1024.0 / perAnswer),
                "   %d learners alone, one after the other, no pauses (JIT warm, no contention):"
                        .formatted(SOLO_LEARNERS),
                "     latency seen by the client:  " + solo.summary(),
                "     Vaadin's own request time:   " + soloServer.summary(),
                "",
                "errors: %d (warm-up %d)".formatted(errorCount.get(), warmupErrors),
                errors.stream().limit(10).map(e -> "   " + e).collect(Collectors.joining("\n")));
        System.out.println("\n" + report);
        Path file = Path.of("target", "benchmark-quiz.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);

        assertThat(errorCount.get()).as("errors").isZero();
        assertThat(warmupErrors).as("warm-up errors").isZero();
        assertThat(learners).hasSize(LEARNERS);
        assertThat(savedAnswers).isEqualTo((long) LEARNERS * QUESTIONS);
    }

    /** Signs each learner in and opens the quiz, {@code threads} at a time; drops those that fail. */
    private List<VaadinLearner> open(HttpClient http, String base, List<String> names, int threads) throws Exception {
        List<Future<VaadinLearner>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
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

    /** Each learner answers the question shown and opens the next (a few at a time, no pauses). */
    private void answerOne(List<VaadinLearner> learners) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(OPEN_THREADS)) {
            for (VaadinLearner learner : learners) {
                pool.submit(() -> {
                    try {
                        learner.choose();
                        learner.answer();
                        learner.next();
                    } catch (Exception e) {
                        error(learner.username + " answering the first question", e);
                    }
                });
            }
        }
    }

    /**
     * Each learner, on a virtual thread of its own, answers every question of the attempt and hands
     * it in, pausing about {@code thinkMillis} before each action. Returns how many finished.
     */
    private int answerAll(
            List<VaadinLearner> learners, long thinkMillis, Samples answers, Samples server, Samples others)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(MAX_SECONDS).toNanos();
        AtomicInteger finished = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (VaadinLearner learner : learners) {
                threads.submit(() -> {
                    try {
                        // learners do not all start in the same millisecond
                        Thread.sleep(ThreadLocalRandom.current().nextLong(2 * thinkMillis + 1));
                        for (int q = 0; q < QUESTIONS; q++) {
                            if (System.nanoTime() > deadline) {
                                throw new VaadinLearner.Unexpected("time limit reached at question " + (q + 1));
                            }
                            think(thinkMillis);
                            learner.choose(); // in the browser: no request
                            think(thinkMillis);
                            long t1 = System.nanoTime();
                            learner.answer();
                            answers.add(System.nanoTime() - t1);
                            think(thinkMillis);
                            int sent = learner.requests;
                            long t2 = System.nanoTime();
                            boolean more = learner.next();
                            if (learner.requests > sent) { // the hand-in (the next question came with the answer)
                                others.add(System.nanoTime() - t2);
                            }
                            // the next answer reports how long the previous request (the answer) took
                            if (learner.previousServerMillis >= 0) {
                                server.add(learner.previousServerMillis * 1_000_000);
                            }
                            if (!more) {
                                break;
                            }
                        }
                        finished.incrementAndGet();
                    } catch (Exception e) {
                        error(learner.username + " answering", e);
                    } finally {
                        learner.forgetScreen();
                    }
                });
            }
        }
        return finished.get();
    }

    private static void think(long meanMillis) throws InterruptedException {
        if (meanMillis > 0) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(meanMillis / 2, meanMillis * 3 / 2 + 1));
        }
    }

    private void error(String what, Exception e) {
        errorCount.incrementAndGet();
        if (errors.size() < 20) {
            errors.add(what + ": " + e);
        }
    }

    /**
     * Statements the database has run so far, by kind (MariaDB's global counters): every client's,
     * so read while only the learners are busy.
     */
    private Map<String, Long> statements() {
        return jdbc.sql("""
                        SHOW GLOBAL STATUS WHERE Variable_name IN
                            ('Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_commit', 'Questions')
                        """).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Heap in use right after a full collection (least of three, to damp background allocation). */
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

    /** The live-object class histogram (as {@code jcmd <pid> GC.class_histogram} prints it). */
    private static String classHistogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
    }

    /** Classes whose live bytes grew the most between two histograms, per learner. */
    private static String histogramDelta(String before, String after, int learners) {
        Map<String, long[]> delta = new HashMap<>();
        for (int side = 0; side < 2; side++) {
            for (String line : (side == 0 ? before : after).split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    long[] d = delta.computeIfAbsent(f[3], k -> new long[2]);
                    long sign = side == 0 ? -1 : 1;
                    d[0] += sign * Long.parseLong(f[1]);
                    d[1] += sign * Long.parseLong(f[2]);
                }
            }
        }
        StringBuilder out =
                new StringBuilder("Live heap growth per learner session, by class (%d sessions)\n".formatted(learners));
        out.append("%12s %12s  %s%n".formatted("bytes", "objects", "class"));
        long total = delta.values().stream().mapToLong(d -> d[1]).sum();
        delta.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(60)
                .forEach(e -> out.append("%12.0f %12.1f  %s%n"
                        .formatted(
                                e.getValue()[1] / (double) learners, e.getValue()[0] / (double) learners, e.getKey())));
        out.append("%12.0f %12s  total%n".formatted(total / (double) learners, ""));
        return out.toString();
    }

    private static String gcNames() {
        return String.join(
                "/",
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(gc -> gc.getName())
                        .toList());
    }

    /** Vaadin's development-mode tracker keeps a stack trace per component; it distorts heap figures. */
    private static String componentTrackerState() {
        try {
            var field = Class.forName("com.vaadin.flow.component.internal.ComponentTracker")
                    .getDeclaredField("disabled");
            field.setAccessible(true);
            Object disabled = field.get(null);
            return disabled == null ? "unused" : Boolean.TRUE.equals(disabled) ? "off" : "ON";
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String pause(long thinkMillis) {
        return thinkMillis <= 0
                ? "none (as fast as the server answers)"
                : "%d–%d ms (mean %d)".formatted(thinkMillis / 2, thinkMillis * 3 / 2, thinkMillis);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** CPU and GC counters, to tell a saturated machine from a slow request. */
    record Usage(
            long wallNanos,
            long jvmCpuNanos,
            long databaseTicks,
            long machineBusy,
            long gcCount,
            long gcMillis,
            long allocatedBytes) {

        /** Linux reports CPU time in these ticks per second (USER_HZ). */
        private static final double TICKS_PER_SECOND = 100;

        static Usage now() {
            long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                    ? os.getProcessCpuTime()
                    : 0;
            long busy = 0;
            try {
                // Linux: "cpu  user nice system idle iowait irq softirq steal ..."
                String[] fields = Files.readAllLines(Path.of("/proc/stat"))
                        .getFirst()
                        .trim()
                        .split("\\s+");
                for (int i = 1; i < Math.min(fields.length, 9); i++) {
                    if (i != 4 && i != 5) { // not idle, not iowait
                        busy += Long.parseLong(fields[i]);
                    }
                }
            } catch (Exception e) {
                // not Linux: no machine figure
            }
            long gcCount = 0;
            long gcMillis = 0;
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                gcCount += Math.max(0, gc.getCollectionCount());
                gcMillis += Math.max(0, gc.getCollectionTime());
            }
            long allocated = ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                    ? threads.getTotalThreadAllocatedBytes()
                    : 0;
            return new Usage(System.nanoTime(), cpu, childProcessTicks(), busy, gcCount, gcMillis, allocated);
        }

        /** CPU time of the processes this JVM started: the embedded MariaDB. */
        private static long childProcessTicks() {
            return ProcessHandle.current()
                    .descendants()
                    .mapToLong(process -> {
                        try {
                            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
                            // after "pid (name) ": state is field 3, utime and stime are fields 14 and 15
                            String[] fields =
                                    stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        } catch (Exception e) {
                            return 0;
                        }
                    })
                    .sum();
        }

        Usage since(Usage before) {
            return new Usage(
                    wallNanos - before.wallNanos,
                    jvmCpuNanos - before.jvmCpuNanos,
                    databaseTicks - before.databaseTicks,
                    machineBusy - before.machineBusy,
                    gcCount - before.gcCount,
                    gcMillis - before.gcMillis,
                    allocatedBytes - before.allocatedBytes);
        }

        double jvmCores() {
            return wallNanos == 0 ? 0 : (double) jvmCpuNanos / wallNanos;
        }

        double databaseCores() {
            return wallNanos == 0 ? 0 : databaseTicks / TICKS_PER_SECOND / (wallNanos / 1e9);
        }

        /** Busy CPU of every process on the machine (steal included), this JVM and the database too. */
        double machineCores() {
            return wallNanos == 0 ? 0 : machineBusy / TICKS_PER_SECOND / (wallNanos / 1e9);
        }
    }

    /** Durations in nanoseconds, summarised as percentiles in milliseconds. */
    static final class Samples {

        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

        void add(long duration) {
            nanos.add(duration);
        }

        int count() {
            return nanos.size();
        }

        String summary() {
            List<Long> sorted;
            synchronized (nanos) {
                sorted = new ArrayList<>(nanos);
            }
            if (sorted.isEmpty()) {
                return "no samples";
            }
            Collections.sort(sorted);
            return "n=%d  p50 %s  p95 %s  p99 %s  max %s ms"
                    .formatted(
                            sorted.size(),
                            ms(percentile(sorted, 50)),
                            ms(percentile(sorted, 95)),
                            ms(percentile(sorted, 99)),
                            ms(sorted.getLast()));
        }

        /** Nearest-rank percentile. */
        private static long percentile(List<Long> sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }

        private static String ms(long nanos) {
            return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
        }
    }
}
