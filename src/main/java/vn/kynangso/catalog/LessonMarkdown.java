package vn.kynangso.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
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
            .postProcessor(LessonMarkdown::boxes)
            .build();

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
            public void visit(CustomBlock block) {
                if (block instanceof Box box) {
                    structure.add(box.callout.kind());
                }
                visitChildren(block);
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
                    } catch (IOException e) {
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
        Document html = Jsoup.parseBodyFragment(renderer(locale).render(PARSER.parse(markdown)));
        Element firstHeading = html.body().selectFirst("h1");
        if (firstHeading != null) {
            firstHeading.remove();
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
        return Jsoup.parseBodyFragment(renderer(Locale.ROOT).render(PARSER.parse(markdown)))
                .body()
                .text();
    }

    private static HtmlRenderer renderer(Locale locale) {
        return HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .nodeRendererFactory(context -> new BoxRenderer(context, locale))
                .build();
    }

    /** A tip or warning box in a parsed lesson: the quote's children, its marker removed. */
    private static final class Box extends CustomBlock {
        final Callout callout;

        Box(Callout callout) {
            this.callout = callout;
        }
    }

    /** Parser post-processing: every block quote that {@link Callout} recognises becomes a {@link Box}. */
    private static Node boxes(Node document) {
        List<BlockQuote> quotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                quotes.add(quote);
                visitChildren(quote);
            }
        });
        for (BlockQuote quote : quotes) {
            if (quote.getFirstChild() instanceof Paragraph first && first.getFirstChild() instanceof Text text) {
                Callout.markedBy(text.getLiteral()).ifPresent(callout -> box(quote, first, text, callout));
            }
        }
        return document;
    }

    private static void box(BlockQuote quote, Paragraph first, Text marker, Callout callout) {
        String rest = callout.withoutMarker(marker.getLiteral());
        if (rest.isEmpty()) {
            if (marker.getNext() instanceof SoftLineBreak || marker.getNext() instanceof HardLineBreak) {
                marker.getNext().unlink();
            }
            marker.unlink();
        } else {
            marker.setLiteral(rest);
        }
        if (first.getFirstChild() == null) {
            first.unlink();
        }
        Box box = new Box(callout);
        box.setSourceSpans(quote.getSourceSpans());
        for (Node child = quote.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            box.appendChild(child);
            child = next;
        }
        quote.insertBefore(box);
        quote.unlink();
    }

    /** A {@link Box} as {@code <aside class="kns-callout kns-tip" data-label="Mẹo">}, as the lesson CSS expects. */
    private static final class BoxRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final Locale locale;

        BoxRenderer(HtmlNodeRendererContext context, Locale locale) {
            this.context = context;
            this.html = context.getWriter();
            this.locale = locale;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Box.class);
        }

        @Override
        public void render(Node node) {
            Callout callout = ((Box) node).callout;
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "kns-callout kns-" + callout.kind());
            attributes.put("data-label", callout.label(locale));
            html.line();
            html.tag("aside", context.extendAttributes(node, "aside", attributes));
            html.line();
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.line();
            html.tag("/aside");
            html.line();
        }
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
