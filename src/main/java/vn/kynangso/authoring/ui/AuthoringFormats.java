package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the authoring screens write times and problems. */
final class AuthoringFormats {

    private AuthoringFormats() {}

    static String time(Instant at, ZoneId zone, String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(at);
    }

    /** A problem the content check found, in plain words, beside its field. */
    static Paragraph problem(String message) {
        Paragraph line = new Paragraph(message);
        line.addClassName("kns-error");
        line.addClassName("kns-field-problem");
        return line;
    }

    /** A warning: worth a look, does not stop publishing. */
    static Paragraph warning(String message) {
        Paragraph line = new Paragraph(message);
        line.addClassName("kns-field-warning");
        return line;
    }
}
