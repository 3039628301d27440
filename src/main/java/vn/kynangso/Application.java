package vn.kynangso;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.kynangso.base.Backdating;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.ContentStats;
import vn.kynangso.catalog.ContentValidation;

/**
 * Kỹ Năng Số: self-paced digital-skills training for community digital technology teams.
 *
 * <p>No {@code @PWA}: its service worker precaches about 1 MB on the first visit, too much for a
 * cheap phone on weak mobile data (docs/benchmarks/quiz.md).
 */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/kns.css")
@Meta(name = "theme-color", content = "#0b5cad")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("--validate-content")) {
            // The trainers' check: no database, no web server; exit code 0 when every course is valid.
            System.exit(ContentValidation.run(contentDir(arguments), language(arguments), System.out));
        }
        if (arguments.contains("--content-stats")) {
            // The question banks' statistics, for trainers and reviewers: no database, no web server.
            System.exit(ContentStats.run(contentDir(arguments), language(arguments), System.out));
        }
        SpringApplication.run(Application.class, args);
    }

    private static Locale language(List<String> arguments) {
        return arguments.contains("--lang=en") ? TranslationProvider.ENGLISH : TranslationProvider.VIETNAMESE;
    }

    private static Path contentDir(List<String> arguments) {
        return Path.of(arguments.stream()
                .filter(a -> a.startsWith("--content-dir="))
                .map(a -> a.substring("--content-dir=".length()))
                .findFirst()
                .orElse(System.getenv().getOrDefault("KNS_CONTENT_DIR", "content")));
    }

    /**
     * One clock for the whole app, so time-dependent rules are testable. Its zone is Vietnam's
     * (configurable), whatever zone the server runs in: deadlines and dates on screens and
     * certificates are local dates.
     */
    @Bean
    Clock clock(@Value("${kns.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        // microseconds, as TIMESTAMP(6) keeps them: an instant read back equals the one written; a
        // thread loading history (the demo season) may read it earlier (Backdating)
        return Backdating.honouredBy(Clock.tick(Clock.system(ZoneId.of(zone)), Duration.ofNanos(1_000)));
    }
}
