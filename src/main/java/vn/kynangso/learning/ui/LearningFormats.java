package vn.kynangso.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.kynangso.learning.CourseStatus;

/** Small shared pieces of the learner's screens: dates in the person's language, status badges. */
final class LearningFormats {

    private LearningFormats() {}

    /** The language of the screen being built (the UI's; views are built before they are attached). */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.forLanguageTag("vi");
    }

    static String date(Component owner, Clock clock, Instant instant) {
        return DateTimeFormatter.ofPattern(owner.getTranslation("format.date"), locale())
                .withZone(clock.getZone())
                .format(instant);
    }

    static String dateTime(Component owner, Clock clock, Instant instant) {
        return DateTimeFormatter.ofPattern(owner.getTranslation("format.date-time"), locale())
                .withZone(clock.getZone())
                .format(instant);
    }

    static String date(Component owner, LocalDate date) {
        return DateTimeFormatter.ofPattern(owner.getTranslation("format.date"), locale())
                .format(date);
    }

    /** A course's status as a badge: the same word and colour on every learner screen. */
    static Span badge(Component owner, CourseStatus status) {
        Span badge = new Span(owner.getTranslation(status.key()));
        badge.addClassName("kns-badge");
        switch (status) {
            case COMPLETED -> badge.addClassName("kns-badge-success");
            case COMPLETED_LATE -> badge.addClassName("kns-badge-late");
            case OVERDUE -> badge.addClassName("kns-badge-overdue");
            default -> {}
        }
        return badge;
    }

    static Span proficientBadge(Component owner) {
        Span badge = new Span(owner.getTranslation("learning.status.proficient"));
        badge.addClassNames("kns-badge", "kns-badge-success");
        return badge;
    }
}
