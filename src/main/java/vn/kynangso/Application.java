package vn.kynangso;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Kỹ Năng Số: self-paced digital-skills training for community digital technology teams. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/kns.css")
@Meta(name = "theme-color", content = "#0b5cad")
@PWA(
        name = "Kỹ Năng Số",
        shortName = "Kỹ Năng Số",
        offlineResources = {})
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /**
     * One clock for the whole app, so time-dependent rules are testable. Its zone is Vietnam's
     * (configurable), whatever zone the server runs in: deadlines and dates on screens and
     * certificates are local dates.
     */
    @Bean
    Clock clock(@Value("${kns.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
