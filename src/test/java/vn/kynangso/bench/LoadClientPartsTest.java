package vn.kynangso.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load client's pure parts: percentiles, the acknowledged-answers file, and resuming. */
class LoadClientPartsTest {

    @TempDir
    Path dir;

    private static AckLog.Ack ack(String learner, int position) {
        return new AckLog.Ack(learner, "course", position, "k1", Instant.parse("2026-12-01T12:00:00Z"), 12);
    }

    @Test
    void percentiles_are_nearest_rank_in_milliseconds() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) { // out of order on purpose
            latencies.add(ms * 1_000_000L);
        }
        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(95)).isEqualTo(95.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        assertThat(latencies.summary()).startsWith("n=100  p50 50.0  p95 95.0  p99 99.0  max 100.0 ms");
    }

    @Test
    void percentiles_of_few_samples_are_the_largest_not_an_index_error() {
        Latencies latencies = new Latencies();
        latencies.add(3_000_000L);
        assertThat(latencies.percentileMillis(99)).isEqualTo(3.0);
        latencies.clear();
        assertThat(latencies.percentileMillis(95)).isZero();
        assertThat(latencies.summary()).isEqualTo("n=0");
    }

    @Test
    void latencies_grow_past_their_first_array() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 5000; i++) {
            latencies.add(1_000_000L);
        }
        assertThat(latencies.count()).isEqualTo(5000);
    }

    @Test
    void acknowledged_answers_are_read_back_as_written_and_a_cut_line_is_skipped() throws IOException {
        Path file = dir.resolve("acks.jsonl");
        try (AckLog log = new AckLog(file)) {
            log.append(ack("load0001", 0));
            log.append(new AckLog.Ack("load0002", "c", 9, "say \"hi\"", Instant.parse("2026-12-01T12:00:01Z"), 40));
        }
        Files.writeString(file, "{\"learner\":\"load0003\",\"pos", java.nio.file.StandardOpenOption.APPEND);

        List<AckLog.Ack> read = AckLog.read(file);

        assertThat(read)
                .containsExactly(
                        ack("load0001", 0),
                        new AckLog.Ack("load0002", "c", 9, "say \"hi\"", Instant.parse("2026-12-01T12:00:01Z"), 40));
    }

    @Test
    void the_log_appends_to_a_file_of_an_earlier_run() throws IOException {
        Path file = dir.resolve("acks.jsonl");
        try (AckLog log = new AckLog(file)) {
            log.append(ack("load0001", 0));
        }
        try (AckLog log = new AckLog(file)) {
            log.append(ack("load0001", 1));
        }
        assertThat(AckLog.read(file)).hasSize(2);
    }

    @Test
    void nothing_is_lost_when_every_acknowledged_place_is_saved_as_often() {
        List<AckLog.Ack> acks = List.of(ack("a", 0), ack("a", 1), ack("a", 0), ack("b", 0));
        // an answer saved but never acknowledged (the server died before the verdict) is not a loss
        Map<String, Long> saved = Map.of("a#0", 2L, "a#1", 1L, "b#0", 1L, "b#1", 1L);
        assertThat(AckLog.lost(acks, saved)).isZero();
    }

    @Test
    void an_answer_acknowledged_twice_at_one_place_but_saved_once_is_one_lost() {
        // acknowledged, lost in a crash, asked again after the restart and acknowledged again
        List<AckLog.Ack> acks = List.of(ack("a", 3), ack("a", 3), ack("b", 0));
        assertThat(AckLog.lost(acks, Map.of("a#3", 1L))).isEqualTo(2); // a#3 once, b#0 never saved
    }

    @Test
    void a_resumed_quiz_shows_a_question_its_feedback_or_nothing() {
        assertThat(QuizScreen.step(Set.of("quiz-position", "quiz-answer", "quiz-choices")))
                .isEqualTo(QuizScreen.Step.QUESTION);
        assertThat(QuizScreen.step(Set.of("quiz-verdict", "quiz-next"))).isEqualTo(QuizScreen.Step.FEEDBACK);
        assertThat(QuizScreen.step(Set.of("quiz-verdict", "quiz-submit"))).isEqualTo(QuizScreen.Step.FEEDBACK);
        assertThat(QuizScreen.step(Set.of("course-why", "course-lessons"))).isEqualTo(QuizScreen.Step.CLOSED);
    }

    @Test
    void the_position_line_gives_its_first_number() {
        assertThat(QuizScreen.firstNumber("Câu 3 / 10")).isEqualTo(3);
        assertThat(QuizScreen.firstNumber("Question 10 of 10")).isEqualTo(10);
        assertThat(QuizScreen.firstNumber("")).isZero();
    }

    @Test
    void a_server_that_went_away_is_told_from_an_app_error() {
        assertThat(QuizScreen.serverGone(new ConnectException("Connection refused")))
                .isTrue();
        assertThat(QuizScreen.serverGone(new HttpTimeoutException("request timed out")))
                .isTrue();
        assertThat(QuizScreen.serverGone(new VaadinLearner.Unexpected("UIDL answered 503: down")))
                .isTrue();
        assertThat(QuizScreen.serverGone(new VaadinLearner.Unexpected("UIDL error: {\"sessionExpired\":true}")))
                .isTrue();
        assertThat(QuizScreen.serverGone(new VaadinLearner.Unexpected("GET /learn/x/quiz answered 302: ")))
                .isTrue();
        assertThat(QuizScreen.serverGone(new VaadinLearner.Unexpected("answer without feedback: [quiz-answer]")))
                .isFalse();
        assertThat(QuizScreen.serverGone(new VaadinLearner.Unexpected("UIDL error: {\"appError\":{}}")))
                .isFalse();
    }

    @Test
    void pace_ranges_are_read_in_seconds() {
        assertThat(LoadClient.range("15-30")).containsExactly(15_000, 30_000);
        assertThat(LoadClient.range("0")).containsExactly(0, 0);
        assertThat(LoadClient.range("0.5-1")).containsExactly(500, 1000);
        assertThatThrownBy(() -> LoadClient.range("30-15")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LoadClient.arguments(new String[] {"--learners=200", "--url=http://127.0.0.1:8080/"}))
                .containsEntry("learners", "200")
                .containsEntry("url", "http://127.0.0.1:8080/");
    }

    @Test
    void only_a_lost_session_asks_to_sign_in_again() {
        assertThat(QuizScreen.signInAgain(new ConnectException("Connection refused")))
                .isFalse();
        assertThat(QuizScreen.signInAgain(new HttpTimeoutException("request timed out")))
                .isFalse();
        assertThat(QuizScreen.signInAgain(new VaadinLearner.Unexpected("init answered 503: starting")))
                .isFalse();
        assertThat(QuizScreen.signInAgain(new VaadinLearner.Unexpected("GET /learn/x/quiz answered 302: ")))
                .isTrue();
        assertThat(QuizScreen.signInAgain(new VaadinLearner.Unexpected("UIDL error: {\"sessionExpired\":true}")))
                .isTrue();
    }

    @Test
    void the_answer_key_gives_the_correct_labels_of_a_prompt_from_the_content_folder() {
        AnswerKey key = AnswerKey.of(Path.of("content"), BenchLearners.COURSE);
        assertThat(key.correct("Một người gọi điện xưng là công an, nói bạn liên quan đến một vụ án và bảo bạn"
                        + " chuyển tiền vào một tài khoản để “xác minh”. Bạn làm gì?"))
                .containsExactly("Cúp máy, rồi tự đến công an xã, phường, đặc khu để hỏi");
        assertThat(key.correct("a question that is not in the course")).isEmpty();
    }

    @Test
    void a_learner_keeps_the_balancer_cookie_when_it_forgets_its_session() throws Exception {
        com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.createContext("/login", exchange -> {
            sent.add(String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")));
            exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=s" + sent.size() + "; Path=/; HttpOnly");
            exchange.getResponseHeaders().add("Set-Cookie", "KNSNODE=b; path=/");
            exchange.getResponseHeaders().add("Location", "/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        try {
            VaadinLearner learner = new VaadinLearner(
                    java.net.http.HttpClient.newHttpClient(),
                    "http://127.0.0.1:" + server.getAddress().getPort(),
                    "cl0001");
            learner.signIn("secret");
            learner.forgetSession();
            assertThat(learner.cookie("JSESSIONID")).isNull();
            assertThat(learner.cookie("KNSNODE")).isEqualTo("b");
            learner.signIn("secret");
            assertThat(sent).containsExactly("null", "KNSNODE=b");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void the_timeline_finds_the_dip_after_a_fault_and_when_answering_is_back() {
        Instant fault = Instant.parse("2026-12-01T12:00:00Z");
        List<Instant> verdicts = new java.util.ArrayList<>();
        for (int ms = -20_000; ms < 40_000; ms += 100) { // 10 answers a second, none from 0 to 6 s
            if (ms < 0 || ms >= 6_000) {
                verdicts.add(fault.plusMillis(ms));
            }
        }
        AckTimeline.Figures f = AckTimeline.figures(verdicts, fault);
        assertThat(f.before()).isEqualTo(10.0);
        assertThat(f.lowest()).isEqualTo(0.0);
        assertThat(f.longestGapMillis()).isEqualTo(6_100);
        assertThat(f.resumedMillis()).isEqualTo(6_000);
        // the first 5-second window with at least 8 answers a second: 5–10 s (40 answers, from 6 s on)
        assertThat(f.recoveredMillis()).isEqualTo(5_000);
        assertThat(f.after()).isEqualTo(340);
    }
}
