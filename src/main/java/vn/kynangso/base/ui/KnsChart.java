package vn.kynangso.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A line or bar chart (Chart.js, MIT; campaign bands and the target line by its annotation plugin)
 * drawn in the browser from figures the server gives. The canvas is an image with a label; show the
 * same numbers as a table beside it ({@link FiguresTable}) for screen readers and copying.
 */
@Tag("kns-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@NpmPackage(value = "chartjs-plugin-annotation", version = "3.1.0")
@JsModule("./components/kns-chart.js")
public class KnsChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One line (or one set of bars): a value per label; null where there is none. */
    public record Series(String label, List<@Nullable Double> values, String color) {}

    /** Labels {@code from} to {@code to} (indexes, both included) marked behind the lines, named. */
    public record Band(int from, int to, String label) {}

    /** A dashed line across the values, named. */
    public record Target(double value, String label) {}

    public KnsChart(String id) {
        setId(id);
        addClassName("kns-chart");
    }

    /** Lines over the labels (weeks), values in percent. */
    public void lines(
            String label, List<String> labels, List<Series> series, List<Band> bands, @Nullable Target target) {
        draw("line", false, label, labels, series, bands, target);
    }

    /** One bar per label (places), across the width, values in percent; as tall as the bars need. */
    public void bars(String label, List<String> labels, Series series, @Nullable Target target) {
        setHeight((80 + 26 * labels.size()) + "px");
        draw("bar", true, label, wrapped(labels), List.of(series), List.of(), target);
    }

    /** Bars side by side per label (places, campaigns), one per series, across the width, in percent. */
    public void bars(String label, List<String> labels, List<Series> series, @Nullable Target target) {
        List<List<String>> lines = wrapped(labels);
        // each label's row as tall as its bars or its lines, whichever needs more
        int rows = lines.stream()
                .mapToInt(l -> Math.max(8 + 18 * series.size(), 8 + 14 * l.size()))
                .sum();
        setHeight((100 + rows) + "px");
        draw("bar", true, label, lines, series, List.of(), target);
    }

    /** Longest line of a bar's name beside it; a longer name goes on more lines (Chart.js draws a list as lines). */
    static final int LABEL_LINE = 18;

    /** Each label as its lines: words kept whole, none longer than {@link #LABEL_LINE} unless one word is. */
    static List<List<String>> wrapped(List<String> labels) {
        List<List<String>> all = new ArrayList<>();
        for (String label : labels) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : label.strip().split("\\s+")) {
                if (!line.isEmpty() && line.length() + 1 + word.length() > LABEL_LINE) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            lines.add(line.toString());
            all.add(lines);
        }
        return all;
    }

    /** A tap on a bar: its index among the labels. */
    public void onBarClick(SerializableConsumer<Integer> listener) {
        getElement()
                .addEventListener(
                        "kns-bar-click",
                        e -> listener.accept(
                                e.getEventData().get("event.detail.index").asInt()))
                .addEventData("event.detail.index");
    }

    private void draw(
            String type,
            boolean horizontal,
            String label,
            List<?> labels,
            List<Series> series,
            List<Band> bands,
            @Nullable Target target) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("horizontal", horizontal);
        config.put("label", label);
        config.put("labels", labels);
        config.put(
                "series",
                series.stream()
                        .map(s -> Map.of("label", s.label(), "data", s.values(), "color", s.color()))
                        .toList());
        config.put(
                "bands",
                bands.stream()
                        .map(b -> Map.of("from", b.from(), "to", b.to(), "label", b.label()))
                        .toList());
        if (target != null) {
            config.put("target", target.value());
            config.put("targetLabel", target.label());
        }
        config.put("unit", "%");
        config.put("max", 100);
        getElement().setProperty("config", JSON.writeValueAsString(config));
        getElement().setAttribute("aria-label", label);
    }
}
