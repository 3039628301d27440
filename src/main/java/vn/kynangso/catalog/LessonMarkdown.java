package vn.kynangso.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.kynangso.base.SafeHtml;

/**
 * Lesson pages in Markdown: checks what trainers wrote (title, no raw HTML, images with alt text,
 * same structure in both languages) and turns it into safe HTML for the lesson reader.
 */
final class LessonMarkdown {

    static final Pattern IMAGE_PATH = Pattern.compile("\\.\\./images/[A-Za-z0-9._-]+\\.(png|jpe?g|svg|webp)");
    static final long MAX_IMAGE_BYTES = 300 * 1024;

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private LessonMarkdown() {}

    /** The lesson's title: its first line, "# Title". Records a problem when missing. */
    static String title(String markdown, Path shownAs, List<ContentProblem> problems) {
        String first = markdown.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (!first.startsWith("# ") || first.substring(2).isBlank()) {
            problems.add(ContentProblem.of(shownAs, 1, "lesson-title"));
            return "";
        }
        return first.substring(2).strip();
    }

    /**
     * Checks one language's file and returns its structure (steps, boxes, images in order) for
     * comparing the two languages.
     */
    static List<String> check(String markdown, Path shownAs, Path imagesDir, List<ContentProblem> problems) {
        Node document = PARSER.parse(markdown);
        List<String> structure = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                problems.add(ContentProblem.of(shownAs, line(html), "lesson-html"));
            }

            @Override
            public void visit(HtmlInline html) {
                problems.add(ContentProblem.of(shownAs, line(html), "lesson-html"));
            }

            @Override
            public void visit(OrderedList list) {
                int steps = 0;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        steps++;
                    }
                }
                structure.add("steps:" + steps);
                visitChildren(list);
            }

            @Override
            public void visit(BlockQuote quote) {
                String kind = calloutKind(quote);
                if (kind != null) {
                    structure.add(kind);
                }
                visitChildren(quote);
            }

            @Override
            public void visit(Image image) {
                structure.add("image");
                String alt = plainText(image).strip();
                if (alt.isEmpty()) {
                    problems.add(ContentProblem.of(shownAs, line(image), "image-alt", image.getDestination()));
                }
                String destination = image.getDestination();
                if (!IMAGE_PATH.matcher(destination).matches()) {
                    problems.add(ContentProblem.of(shownAs, line(image), "image-path", destination));
                } else {
                    Path file = imagesDir.resolve(destination.substring("../images/".length()));
                    try {
                        if (!Files.isRegularFile(file)) {
                            problems.add(ContentProblem.of(shownAs, line(image), "image-missing", destination));
                        } else if (Files.size(file) > MAX_IMAGE_BYTES) {
                            problems.add(ContentProblem.of(
                                    shownAs,
                                    line(image),
                                    "image-too-big",
                                    destination,
                                    (Files.size(file) + 1023) / 1024));
                        }
                    } catch (java.io.IOException e) {
                        problems.add(ContentProblem.of(shownAs, line(image), "image-missing", destination));
                    }
                }
                visitChildren(image);
            }
        });
        return structure;
    }

    /** Safe HTML for the reader: title removed (the screen shows it), boxes styled, images served. */
    static String toHtml(String markdown, String courseId, Locale locale) {
        Document html = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)));
        Element firstHeading = html.body().selectFirst("h1");
        if (firstHeading != null) {
            firstHeading.remove();
        }
        for (Element quote : html.body().select("blockquote")) {
            Element first = quote.selectFirst("p");
            if (first == null) {
                continue;
            }
            String text = first.text();
            String kind = text.startsWith("[!TIP]") ? "tip" : text.startsWith("[!WARNING]") ? "warning" : null;
            if (kind == null) {
                continue;
            }
            first.html(first.html().replaceFirst("\\[!(TIP|WARNING)\\]\\s*(<br>)?\\s*", ""));
            if (first.text().isBlank()) {
                first.remove();
            }
            quote.tagName("aside").addClass("kns-callout").addClass("kns-" + kind);
            quote.attr("data-label", CALLOUT_LABELS.get(kind).in(locale));
        }
        for (Element image : html.body().select("img")) {
            String src = image.attr("src");
            if (src.startsWith("../images/")) {
                image.attr("src", "/content-images/" + courseId + "/" + src.substring("../images/".length()));
            }
            image.attr("loading", "lazy");
        }
        return SafeHtml.clean(html.body().html());
    }

    /** The words of a lesson without markup, for reading aloud. */
    static String toPlainText(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)))
                .body()
                .text()
                .replaceAll("\\[!(TIP|WARNING)\\]", "");
    }

    private static final java.util.Map<String, vn.kynangso.catalog.Text> CALLOUT_LABELS = java.util.Map.of(
            "tip", new vn.kynangso.catalog.Text("Mẹo", "Tip"),
            "warning", new vn.kynangso.catalog.Text("Cảnh báo", "Warning"));

    private static String calloutKind(BlockQuote quote) {
        if (quote.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Text text) {
            if (text.getLiteral().startsWith("[!TIP]")) {
                return "tip";
            }
            if (text.getLiteral().startsWith("[!WARNING]")) {
                return "warning";
            }
        }
        return null;
    }

    private static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }
        });
        return out.toString();
    }

    private static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.getFirst().getLineIndex() + 1;
            }
        }
        return 0;
    }

    static boolean isHeading(Node node) {
        return node instanceof Heading;
    }
}
