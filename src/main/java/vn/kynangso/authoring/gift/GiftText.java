package vn.kynangso.authoring.gift;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import vn.kynangso.base.Texts;

/**
 * GIFT's escapes and text formats, for the reader and the writer. While a question is taken apart,
 * each escaped character ({@code \~}, {@code \{}...) stands as a private-use character, so that
 * splitting on {@code ~ = # { }} never cuts inside a text; {@link #restore} puts them back.
 */
final class GiftText {

    /** The characters a backslash escapes, in GIFT and (the last one) in ordering questions. */
    private static final String ESCAPABLE = "\\:#={}~n>";

    private static final char FIRST_PLACEHOLDER = '\uE000';

    private static final Pattern FORMAT =
            Pattern.compile("^\\s*\\[(moodle|html|plain|markdown)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private GiftText() {}

    /** How a GIFT text is written; this product shows every text as plain text. */
    enum Format {
        MOODLE,
        HTML,
        PLAIN,
        MARKDOWN
    }

    /** A text with its format prefix taken off. */
    record Formatted(Format format, String text) {}

    /**
     * The raw text with each escape replaced by its placeholder. {@code \>} is an escape only in
     * ordering questions (this product's extension); elsewhere it stays as written, as in Moodle.
     */
    static String protect(String raw, boolean order) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isPlaceholder(c)) {
                continue; // a file never needs these; dropped so none is mistaken for an escape
            }
            int escaped = i + 1 < raw.length() && c == '\\' ? ESCAPABLE.indexOf(raw.charAt(i + 1)) : -1;
            if (escaped >= 0 && (order || raw.charAt(i + 1) != '>')) {
                out.append((char) (FIRST_PLACEHOLDER + escaped));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The placeholders of {@link #protect} back to the characters they stand for. */
    static String restore(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPlaceholder(c)) {
                char original = ESCAPABLE.charAt(c - FIRST_PLACEHOLDER);
                out.append(original == 'n' ? '\n' : original);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPlaceholder(char c) {
        return c >= FIRST_PLACEHOLDER && c < FIRST_PLACEHOLDER + ESCAPABLE.length();
    }

    /** Takes a leading {@code [html]}, {@code [plain]}... off a (protected) text; else {@code fallback}. */
    static Formatted format(String text, Format fallback) {
        Matcher matcher = FORMAT.matcher(text);
        if (matcher.find()) {
            Format format = Format.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
            return new Formatted(format, text.substring(matcher.end()));
        }
        return new Formatted(fallback, text);
    }

    /**
     * The (protected) text as this product shows it: escapes undone, HTML reduced to its words with
     * paragraph and line breaks as newlines, composed form (NFC), no surrounding blanks. Markdown,
     * plain and Moodle texts are kept as written.
     */
    static String plain(Formatted formatted) {
        String text = restore(formatted.text());
        if (formatted.format() == Format.HTML) {
            text = htmlToText(text);
        }
        String nfc = Texts.nfc(text);
        return nfc == null ? "" : nfc.strip();
    }

    /** The words of an HTML fragment: no tag, attribute, script or style survives. */
    static String htmlToText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("script, style, template, noscript, iframe, object, embed, svg, math, head, title")
                .remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            out.append(
                                    WHITESPACE.matcher(textNode.getWholeText()).replaceAll(" "));
                        } else if (node instanceof Element element && depth > 0) {
                            if (element.nameIs("br")) {
                                out.append('\n');
                            } else if (element.isBlock()) {
                                newline(out);
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && depth > 0 && element.isBlock()) {
                            newline(out);
                        }
                    }
                },
                body);
        StringBuilder lines = new StringBuilder();
        for (String line : out.toString().split("\n", -1)) {
            lines.append(line.strip()).append('\n');
        }
        return lines.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void newline(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /**
     * A text written into GIFT: every character GIFT gives a meaning escaped, newlines as
     * {@code \n}; in an ordering question {@code >} too.
     */
    static String escape(String text, boolean order) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == 'n' || c == '>' && !order) {
                out.append(c);
            } else if (ESCAPABLE.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * An answer or feedback written into GIFT: escaped, and behind {@code [plain]} when it starts
     * with what would otherwise be read as a format or a weight ({@code [html]}, {@code %50%}).
     */
    static String escapeChoice(String text, boolean order) {
        String start = text.strip();
        String guard = start.startsWith("[") || start.startsWith("%") ? "[plain]" : "";
        return guard + escape(text, order);
    }
}
