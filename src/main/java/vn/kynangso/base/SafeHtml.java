package vn.kynangso.base;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one sanitizer: HTML reaches a screen only through {@link #clean(String)}. It keeps text
 * formatting, lists, headings, tables, links and images and drops scripts, styles, event handlers
 * and unknown attributes.
 */
public final class SafeHtml {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("aside")
            .addAttributes("aside", "class", "data-label")
            .addAttributes("img", "loading")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private SafeHtml() {}

    /** Returns {@code html} with everything unsafe removed. */
    public static String clean(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "http://localhost/", SAFELIST, output);
    }
}
