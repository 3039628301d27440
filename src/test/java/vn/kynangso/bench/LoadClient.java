package vn.kynangso.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load client, in a process of its own: {@code learners} bench learners (usernames
 * {@code prefix0001}…, made by {@link BenchSeed}) sign in to an app started separately and, each on
 * a virtual thread, answer the bench course's quiz at a realistic pace (one question every 15–30 s)
 * and read its lessons between attempts, until {@code seconds} have passed. It measures saving an
 * answer (the "Answer" click) and opening the next question ("Next question"), counts errors, and
 * appends every acknowledged answer to a JSON-lines file ({@link AckLog}). When the server goes away
 * (connection refused, 5xx, expired session) a learner waits, signs in again and carries on where
 * the app resumes it; these reconnects are counted, and how long they took.
 *
 * <p>Arguments, all {@code --name=value}: {@code url} (http://127.0.0.1:8080), {@code learners}
 * (250), {@code prefix} (load), {@code seconds} (300), {@code warmup} (seconds not measured, 60),
 * {@code ramp} (seconds over which learners start, 60), {@code pace} (seconds per question, "15-30";
 * "0" = no pauses), {@code lesson} (seconds per lesson page, "20-40"), {@code correct} (the share
 * of questions answered right, 0–1, from the course's {@code content/} folder: 0, the first choice
 * each time, rarely passes; 0.95 passes most attempts and earns certificates), {@code content} (the
 * content folder, "content"), {@code acks}
 * (target/load/acks.jsonl), {@code report} (target/load/report.txt). Run with {@code
 * bench/load/run-load.sh}.
 */
public final class LoadClient {

    private static final String PASSWORD = BenchLearners.PASSWORD;

    private final String url;
    private final String course;
    private final long[] pace;
    private final long[] lesson;
    private final double correct;
    private final AnswerKey key;
    private final HttpClient http;
    private final AckLog acks;
    private volatile boolean stopping;
    private volatile boolean measuring;
    private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
    /**
     * {@code --once=true}: each learner signs in during the ramp, waits for the measurement to
     * start, answers the open attempt to the hand-in and stops: every learner answering at once, as
     * {@code QuizBenchmark} does in one process (the saturation of answering alone).
     */
    private boolean once;

    /**
     * With {@code --once}: this many learners (the first ones) answer their attempt right after
     * signing in, before the measurement, so that the server's answering code is compiled and warm
     * when every other learner starts at once ({@code --warm}, default 20). The start waits until
     * every learner is signed in with the quiz open (and every warming learner is done), so no
     * sign-in (a password hash) and no warming answer falls in the measurement.
     */
    private int warm;

    /** With {@code --once}: learners ready to start (quiz open, or warming done). */
    private final java.util.concurrent.atomic.AtomicInteger ready = new java.util.concurrent.atomic.AtomicInteger();

    private final java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long lastAnswer;

    final Latencies answer = new Latencies();
    final Latencies nextQuestion = new Latencies();
    final Latencies signIn = new Latencies();
    final Latencies reconnect = new Latencies();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong reconnects = new AtomicLong();
    /**
     * Reconnect episodes that began with the app asking a signed-in learner to sign in again: the
     * session was not where the request went (a node gone, or a balancer that is not sticky).
     * Sign-ins sent back as busy before the learner was in are not counted here.
     */
    final AtomicLong sessionsLost = new AtomicLong();

    final AtomicLong acknowledged = new AtomicLong();
    final AtomicLong handedIn = new AtomicLong();
    private final Map<String, String> firstTroubles = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> firstErrors = new java.util.concurrent.ConcurrentHashMap<>();

    LoadClient(String url, String course, long[] pace, long[] lesson, double correct, AnswerKey key, AckLog acks) {
        this.url = url;
        this.course = course;
        this.pace = pace;
        this.lesson = lesson;
        this.correct = correct;
        this.key = key;
        this.acks = acks;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Runs the load as the arguments say; prints and writes the figures. */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = arguments(args);
        int learners = Integer.parseInt(a.getOrDefault("learners", "250"));
        String prefix = a.getOrDefault("prefix", "load");
        long seconds = Long.parseLong(a.getOrDefault("seconds", "300"));
        long warmup = Long.parseLong(a.getOrDefault("warmup", "60"));
        long ramp = Long.parseLong(a.getOrDefault("ramp", "60"));
        Path ackFile = Path.of(a.getOrDefault("acks", "target/load/acks.jsonl"));
        Path report = Path.of(a.getOrDefault("report", "target/load/report.txt"));
        String course = a.getOrDefault("course", BenchLearners.COURSE);
        double correct = Double.parseDouble(a.getOrDefault("correct", "0"));
        AnswerKey key = correct > 0
                ? AnswerKey.of(Path.of(a.getOrDefault("content", "content")), course)
                : AnswerKey.of(List.of());
        try (AckLog log = new AckLog(ackFile)) {
            LoadClient client = new LoadClient(
                    a.getOrDefault("url", "http://127.0.0.1:8080").replaceAll("/$", ""),
                    course,
                    range(a.getOrDefault("pace", "15-30")),
                    range(a.getOrDefault("lesson", "20-40")),
                    correct,
                    key,
                    log);
            client.once = Boolean.parseBoolean(a.getOrDefault("once", "false"));
            client.warm = client.once ? Integer.parseInt(a.getOrDefault("warm", "20")) : 0;
            try {
                String figures = client.run(prefix, learners, seconds, warmup, ramp);
                System.out.println(figures);
                if (report.getParent() != null) {
                    Files.createDirectories(report.getParent());
                }
                Files.writeString(report, figures, StandardCharsets.UTF_8);
            } finally {
                client.done.countDown();
            }
        }
    }

    private String run(String prefix, int learners, long seconds, long warmup, long ramp) throws Exception {
        // stopped with SIGTERM (the fault script): learners stop, the figures are still written
        Thread hook = new Thread(() -> {
            stopping = true;
            try {
                done.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        long started = System.nanoTime();
        long end = started + TimeUnit.SECONDS.toNanos(seconds);
        long cpuBefore = cpuNanos();
        long measuredFrom;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 1; i <= learners; i++) {
                String name = "%s%04d".formatted(prefix, i);
                long delay = ramp * 1000L * (i - 1) / Math.max(1, learners);
                boolean warming = i <= warm;
                threads.submit(() -> learn(name, delay, end, warming));
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(Math.min(warmup, seconds)));
            while (once && ready.get() < learners && System.nanoTime() < end && !stopping) {
                Thread.sleep(200);
            }
            if (once) {
                System.out.println("  all %d learners ready %.0f s after the start; go"
                        .formatted(ready.get(), (System.nanoTime() - started) / 1e9));
            }
            clearSamples();
            measuring = true;
            measuredFrom = System.nanoTime();
            long cpuMeasured = cpuNanos();
            go.countDown();
            while (System.nanoTime() < end && !stopping && !(once && finished.get() == learners)) {
                Thread.sleep(1000);
                if ((System.nanoTime() - started) / 1_000_000_000L % 30 == 0) {
                    System.out.println(progress());
                }
            }
            stopping = true;
            threads.shutdownNow();
            threads.awaitTermination(10, TimeUnit.SECONDS);
            cpuBefore = cpuMeasured;
        }
        // answering once: up to the last answer, not the time left on the clock
        double measured =
                (once && lastAnswer > measuredFrom ? lastAnswer - measuredFrom : System.nanoTime() - measuredFrom)
                        / 1e9;
        double clientCores = (cpuNanos() - cpuBefore) / 1e9 / measured;
        return String.join(
                        "\n",
                        "=== load client: %d learners, pace %s s a question, lessons %s s, %s"
                                .formatted(learners, show(pace), show(lesson), url),
                        "measured_seconds=%.0f".formatted(measured),
                        "answer_save: " + answer.summary(),
                        "next_question: " + nextQuestion.summary(),
                        "sign_in: " + signIn.summary(),
                        line("answer_p50", answer.percentileMillis(50)),
                        line("answer_p95", answer.percentileMillis(95)),
                        line("answer_p99", answer.percentileMillis(99)),
                        line("next_p50", nextQuestion.percentileMillis(50)),
                        line("next_p95", nextQuestion.percentileMillis(95)),
                        line("next_p99", nextQuestion.percentileMillis(99)),
                        "answers_per_second=%.2f".formatted(answer.count() / measured),
                        "acknowledged_total=" + acknowledged.get(),
                        "handed_in_total=" + handedIn.get(),
                        "learners_done=" + finished.get(),
                        "errors=" + errors.get(),
                        "reconnects=" + reconnects.get(),
                        "sessions_lost=" + sessionsLost.get(),
                        "reconnect_time: " + reconnect.summary(),
                        "client_cpu_cores=%.2f".formatted(clientCores),
                        "first_errors: " + firstErrors,
                        "first_reconnect_causes: " + firstTroubles)
                + "\n";
    }

    private static String line(String name, double millis) {
        return String.format(Locale.ROOT, "%s=%.1f", name, millis);
    }

    private String progress() {
        return "  … acknowledged %d, errors %d, reconnects %d, answer %s"
                .formatted(acknowledged.get(), errors.get(), reconnects.get(), answer.summary());
    }

    private void clearSamples() {
        answer.clear();
        nextQuestion.clear();
        signIn.clear();
        reconnect.clear();
        errors.set(0);
    }

    /** One learner's life: sign in, then quiz and lessons in turn; after any trouble, again. */
    private void learn(String name, long delayMillis, long end, boolean warming) {
        VaadinLearner learner = new VaadinLearner(http, url, name);
        try {
            Thread.sleep(delayMillis);
            long[] trouble = {0}; // when the server went away, until the quiz is on screen again; 0 = no trouble
            boolean signedIn = false;
            while (!stopping && System.nanoTime() < end) {
                try {
                    if (!signedIn) {
                        long t = System.nanoTime();
                        learner.forgetSession();
                        learner.signIn(PASSWORD);
                        signedIn = true;
                        if (trouble[0] == 0) {
                            signIn.add(System.nanoTime() - t);
                        }
                    }
                    if (once) {
                        // the quiz opened first (a page load each), then answered when everyone starts
                        QuizScreen.Step opened = QuizScreen.step(
                                learner.go("learn/" + course + "/quiz").keySet());
                        if (!warming) {
                            ready.incrementAndGet();
                            go.await();
                        }
                        quiz(learner, opened, trouble);
                        finished.incrementAndGet();
                        if (warming) {
                            ready.incrementAndGet();
                        }
                        return;
                    }
                    quiz(learner, trouble);
                    lessons(learner);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    if (stopping) {
                        return;
                    }
                    if (QuizScreen.serverGone(e)) {
                        if (firstTroubles.size() < 5) {
                            firstTroubles.putIfAbsent(name, String.valueOf(e));
                        }
                        if (trouble[0] == 0) {
                            trouble[0] = System.nanoTime();
                            reconnects.incrementAndGet();
                        }
                        if (signedIn && QuizScreen.signInAgain(e)) {
                            sessionsLost.incrementAndGet();
                        }
                        // a server that is only slow or restarting keeps the session; a new one asks to sign in
                        signedIn = signedIn && !QuizScreen.signInAgain(e);
                    } else {
                        error(name, e);
                        signedIn = false;
                    }
                    // sent back as busy, a person waits the "moment" the sign-in page asks for
                    boolean busy = String.valueOf(e.getMessage()).contains("login?busy");
                    Thread.sleep(ThreadLocalRandom.current().nextLong(busy ? 5000 : 1000, busy ? 15000 : 3000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens the quiz where the app resumes it and answers until handed in (or closed). */
    private void quiz(VaadinLearner learner, long[] trouble) throws IOException, InterruptedException {
        quiz(learner, QuizScreen.step(learner.go("learn/" + course + "/quiz").keySet()), trouble);
    }

    /** Answers from the quiz screen just opened ({@code step}) until handed in (or closed). */
    private void quiz(VaadinLearner learner, QuizScreen.Step opened, long[] trouble)
            throws IOException, InterruptedException {
        QuizScreen.Step step = opened;
        if (trouble[0] != 0) { // back after a reconnect: the app resumed the quiz
            reconnect.add(System.nanoTime() - trouble[0]);
            trouble[0] = 0;
        }
        while (step != QuizScreen.Step.CLOSED && !stopping) {
            if (step == QuizScreen.Step.QUESTION) {
                long total = pause(pace);
                Thread.sleep(total * 6 / 10);
                learner.choose(
                        ThreadLocalRandom.current().nextDouble() < correct ? key.correct(learner.prompt()) : Set.of());
                Thread.sleep(total * 3 / 10);
                int position = learner.position();
                long t = System.nanoTime();
                learner.answer();
                long took = System.nanoTime() - t;
                // from here the answer is acknowledged: the verdict is on screen
                acks.append(new AckLog.Ack(
                        learner.username, course, position, learner.lastAnswer(), Instant.now(), took / 1_000_000));
                acknowledged.incrementAndGet();
                lastAnswer = System.nanoTime();
                if (measuring) {
                    answer.add(took);
                }
                Thread.sleep(total / 10);
            }
            long t = System.nanoTime();
            boolean more = learner.next();
            if (!more) {
                handedIn.incrementAndGet();
                return;
            }
            if (measuring) {
                nextQuestion.add(System.nanoTime() - t);
            }
            step = QuizScreen.Step.QUESTION;
        }
    }

    /** Reads the course's lessons from the first, a page at a time, as a retake asks. */
    private void lessons(VaadinLearner learner) throws IOException, InterruptedException {
        Map<String, Integer> ids = learner.go("learn/" + course + "/lesson/1");
        while (ids.containsKey("lesson-next") && !stopping) {
            Thread.sleep(pause(lesson));
            ids = learner.click("lesson-next");
        }
        Thread.sleep(pause(lesson) / 4);
    }

    private void error(String name, Exception e) {
        errors.incrementAndGet();
        if (firstErrors.size() < 5) {
            firstErrors.putIfAbsent(name, String.valueOf(e));
        }
    }

    private static long pause(long[] range) {
        return range[1] <= 0 ? 0 : ThreadLocalRandom.current().nextLong(range[0], range[1] + 1);
    }

    /** "15-30" seconds as milliseconds {15000, 30000}; "0" as no pause. */
    static long[] range(String text) {
        String[] parts = text.split("-", 2);
        double low = Double.parseDouble(parts[0].strip());
        double high = parts.length > 1 ? Double.parseDouble(parts[1].strip()) : low;
        if (high < low) {
            throw new IllegalArgumentException("range " + text);
        }
        return new long[] {Math.round(low * 1000), Math.round(high * 1000)};
    }

    private static String show(long[] range) {
        return range[1] == 0 ? "no pause" : "%s–%s".formatted(range[0] / 1000.0, range[1] / 1000.0);
    }

    static Map<String, String> arguments(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            map.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return map;
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }
}
