package vn.kynangso.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * Watches a learner's course page on one app node until it shows a text: how long a course
 * published through another node takes to be seen here. Signs in as a bench learner who has not
 * started the course (one mid-course keeps the version they started), then opens
 * the course list and the course page in turn (as taps in the app do) every {@code every}
 * milliseconds; prints {@code ready} once signed in, and {@code seen_at_ms=<epoch ms>} when the
 * text is on the course page. Run by {@code bench/cluster/run-all.sh}: {@code ContentProbe
 * --url=http://127.0.0.1:8102 --user=clnew --text=… [--course=…] [--every=100] [--seconds=60]}.
 */
final class ContentProbe {

    private ContentProbe() {}

    /** Watches as the arguments say; exits 1 when the text did not appear in time. */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = LoadClient.arguments(args);
        String course = a.getOrDefault("course", BenchLearners.COURSE);
        String text = a.get("text");
        long every = Long.parseLong(a.getOrDefault("every", "100"));
        long until = System.nanoTime()
                + Duration.ofSeconds(Long.parseLong(a.getOrDefault("seconds", "60")))
                        .toNanos();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        VaadinLearner learner = new VaadinLearner(http, a.getOrDefault("url", "http://127.0.0.1:8102"), a.get("user"));
        learner.signIn(BenchLearners.PASSWORD);
        learner.go("learn/" + course);
        System.out.println("ready");
        System.out.flush();
        while (System.nanoTime() < until) {
            learner.go("learn");
            learner.go("learn/" + course);
            if (learner.lastResponseText.contains(text)) {
                System.out.println("seen_at_ms=" + System.currentTimeMillis());
                System.exit(0);
            }
            Thread.sleep(every);
        }
        System.out.println("not seen");
        System.exit(1);
    }
}
