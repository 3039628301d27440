package vn.kynangso.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A tip or warning box in a lesson: a block quote whose first line starts with {@code [!TIP]} or
 * {@code [!WARNING]} (GitHub's alert syntax, content/README.md). {@link #markedBy} is the one place a
 * box is recognised; {@link LessonMarkdown} applies it once, when a lesson is parsed, so the check,
 * the reader's HTML and the words read aloud all see the same boxes.
 *
 * <p>Recognised here, not by commonmark's GFM alerts extension: that extension
 * ({@code commonmark-ext-gfm-alerts}, at the version of commonmark used) cannot be resolved from the
 * Maven repository this app is built from. Content already uses the GitHub syntax, so switching
 * later is a matter of the parser and renderer only; the boxes it must keep are those
 * {@code LessonMarkdownTest} pins (only TIP and WARNING, the marker may share its line).
 */
enum Callout {
    TIP("[!TIP]", new Text("Mẹo", "Tip")),
    WARNING("[!WARNING]", new Text("Cảnh báo", "Warning"));

    private final String marker;
    private final Text label;

    Callout(String marker, Text label) {
        this.marker = marker;
        this.label = label;
    }

    /** The box a quote's first text opens, if it starts with a marker (upper case, as GitHub shows it). */
    static Optional<Callout> markedBy(String firstText) {
        return Arrays.stream(values())
                .filter(c -> firstText.startsWith(c.marker))
                .findFirst();
    }

    /** The quote's first text without this box's marker and the blanks after it. */
    String withoutMarker(String firstText) {
        return firstText.substring(marker.length()).stripLeading();
    }

    /** Its name in a lesson's structure and in its CSS class: "tip", "warning". */
    String kind() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The word the box is headed with on the reader's screen. */
    String label(Locale locale) {
        return label.in(locale);
    }
}
