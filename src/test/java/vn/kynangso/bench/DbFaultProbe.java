package vn.kynangso.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import tools.jackson.databind.JsonNode;

/**
 * One signed-in learner for {@code bench/faults/db-outage.sh}: answers quiz questions (or opens
 * another screen) once a second over HTTP, as the browser would, and prints one line per try with
 * the time since start, the milliseconds it took and what the learner saw: {@code saved}, {@code
 * not-saved <message>}, {@code shown}, {@code fault-page} or {@code error <what>}. The script reads
 * these lines to time an outage.
 *
 * <pre>
 * DbFaultProbe &lt;base-url&gt; prepare &lt;user&gt; &lt;course&gt; &lt;lessons&gt;   reads every lesson, opens the quiz
 * DbFaultProbe &lt;base-url&gt; answers &lt;user&gt; &lt;course&gt; &lt;seconds&gt;  answers once a second, until saved after a failure
 * DbFaultProbe &lt;base-url&gt; screens &lt;user&gt; &lt;route&gt; &lt;seconds&gt;   opens a screen once a second
 * </pre>
 */
final class DbFaultProbe {

    private static final String PASSWORD = "demo1234";
    private static final ResourceBundle VI =
            ResourceBundle.getBundle("vaadin-i18n.translations", Locale.forLanguageTag("vi-VN"));

    private DbFaultProbe() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String mode = args[1];
        String user = args[2];
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        VaadinLearner learner = new VaadinLearner(http, base, user);
        learner.signIn(PASSWORD);
        long start = System.nanoTime();
        switch (mode) {
            case "prepare" -> prepare(learner, args[3], Integer.parseInt(args[4]));
            case "answers" -> answers(learner, args[3], Integer.parseInt(args[4]), start);
            case "screens" -> screens(learner, args[3], Integer.parseInt(args[4]), start);
            default -> throw new IllegalArgumentException(mode);
        }
    }

    private static void prepare(VaadinLearner learner, String course, int lessons) throws Exception {
        for (int number = 1; number <= lessons; number++) {
            learner.open("learn/" + course + "/lesson/" + number);
            learner.send(List.of(click(learner.nodeOf("lesson-next"))));
        }
        learner.open("learn/" + course + "/quiz");
        System.out.println("prepared question-shown=" + learner.questionShown());
    }

    /**
     * Answers once a second; a question not saved is pressed again (the choice is still in the form);
     * stops at the first saved answer after a failure, or after {@code seconds}.
     */
    private static void answers(VaadinLearner learner, String course, int seconds, long start) throws Exception {
        long end = start + Duration.ofSeconds(seconds).toNanos();
        boolean open = false;
        boolean failedBefore = false;
        Map<String, Object> pending = null; // the "Answer" click sent and not saved yet
        while (System.nanoTime() < end) {
            long began = System.nanoTime();
            String outcome;
            try {
                if (!open) {
                    learner.open("learn/" + course + "/quiz");
                    open = true;
                    pending = null;
                }
                if (pending == null) {
                    if (!learner.questionShown()) {
                        learner.next(); // the feedback is on screen: on to the next question
                    }
                    learner.choose();
                    pending = learner.answerClick(); // resent as is after a failure, as the browser keeps the ticks
                }
                JsonNode response = learner.send(List.of(pending));
                outcome = outcome(response);
                if (outcome.equals("saved")) {
                    pending = null;
                } else if (!outcome.startsWith("not-saved")) {
                    open = false;
                }
            } catch (Exception e) {
                open = false; // open the quiz again next time, as a reload would
                outcome = "error " + e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            print("answer", start, began, outcome);
            if (outcome.equals("saved") && failedBefore) {
                return;
            }
            failedBefore |= !outcome.equals("saved");
            pause(began, outcome.startsWith("error") ? Math.max(PACE, 200) : PACE);
        }
    }

    private static void screens(VaadinLearner learner, String route, int seconds, long start) throws Exception {
        long end = start + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < end) {
            long began = System.nanoTime();
            String outcome;
            try {
                Map<String, Integer> ids = learner.open(route);
                outcome = ids.containsKey("database-fault-page") ? "fault-page" : "shown";
            } catch (Exception e) {
                outcome = "error " + e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            print("screen", start, began, outcome);
            pause(began, PACE);
        }
    }

    private static String outcome(JsonNode response) {
        String text = response.toString();
        boolean saved = text.contains("\"quiz-verdict\"");
        for (String key : List.of("error.database.unavailable", "error.database.busy")) {
            if (text.contains(VI.getString(key))) {
                return "not-saved " + key;
            }
        }
        return saved ? "saved" : "unexpected";
    }

    private static void print(String what, long start, long began, String outcome) {
        long now = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "%s t=%.1f ms=%d %s%n",
                what,
                (began - start) / 1e9,
                (now - began) / 1_000_000,
                outcome.replace('\n', ' '));
        System.out.flush();
    }

    /** Milliseconds between the starts of two tries ({@code -Dkns.probe.pace}, default 1000). */
    private static final long PACE = Long.getLong("kns.probe.pace", 1000);

    private static void pause(long began, long pace) throws InterruptedException {
        long left = pace - (System.nanoTime() - began) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
    }

    private static Map<String, Object> click(int node) {
        Map<String, Object> click = new LinkedHashMap<>();
        click.put("type", "event");
        click.put("node", node);
        click.put("event", "click");
        click.put(
                "data",
                Map.of(
                        "event.shiftKey",
                        false,
                        "event.metaKey",
                        false,
                        "event.detail",
                        1,
                        "event.ctrlKey",
                        false,
                        "event.altKey",
                        false,
                        "event.button",
                        0));
        return click;
    }
}
