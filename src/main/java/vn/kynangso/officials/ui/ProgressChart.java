package vn.kynangso.officials.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.ui.FiguresTable;
import vn.kynangso.base.ui.KnsChart;
import vn.kynangso.officials.Assignment;
import vn.kynangso.officials.TrainingProgress.Month;
import vn.kynangso.officials.TrainingProgress.UnitMonths;
import vn.kynangso.officials.TrainingProgress.YearProgress;

/**
 * The year at a glance on the evaluation screen: the share of officials who had completed all
 * their mandatory courses at the end of each month, one line per unit and one for the commune,
 * each deadline marked and the target line at 100%; the same numbers as a table under it.
 */
final class ProgressChart extends Div {

    private static final String COMMUNE_COLOR = "#0d47a1";
    private static final String NO_UNIT_COLOR = "#757575";
    private static final List<String> UNIT_COLORS =
            List.of("#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457", "#5d4037", "#9e9d24", "#c62828");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    ProgressChart(YearProgress progress, String communeName) {
        setId("evaluation-progress");
        addClassName("kns-card");
        add(new H2(getTranslation("evaluation.chart.title", progress.year())));
        if (progress.commune().stream().allMatch(m -> m.counted() == 0)) {
            Paragraph empty = new Paragraph(getTranslation("evaluation.chart.empty"));
            empty.setId("evaluation-chart-empty");
            empty.addClassName("kns-muted");
            add(empty);
            return;
        }
        List<YearMonth> months = progress.months();
        List<String> labels = months.stream().map(this::label).toList();
        List<KnsChart.Series> lines = new ArrayList<>();
        lines.add(new KnsChart.Series(
                getTranslation("evaluation.chart.commune"), percents(progress.commune()), COMMUNE_COLOR));
        List<UnitMonths> units = units(progress);
        for (int i = 0; i < units.size(); i++) {
            UnitMonths unit = units.get(i);
            lines.add(new KnsChart.Series(
                    unitName(unit),
                    percents(unit.months()),
                    unit.unit() == null ? NO_UNIT_COLOR : UNIT_COLORS.get(i % UNIT_COLORS.size())));
        }
        Map<LocalDate, List<Assignment>> byDeadline = progress.deadlines().stream()
                .collect(Collectors.groupingBy(Assignment::deadline, LinkedHashMap::new, Collectors.toList()));
        // one short mark per month with a deadline (a month is some 20 px wide on a phone; the days are
        // said below); none on the last month shown, where the chart's edge would cut it: the key explains the column
        List<KnsChart.Band> bands = byDeadline.keySet().stream()
                .map(day -> months.indexOf(YearMonth.from(day)))
                .filter(index -> index >= 0)
                .distinct()
                .map(index -> new KnsChart.Band(
                        index, index, index == months.size() - 1 ? "" : getTranslation("evaluation.chart.deadline")))
                .toList();
        KnsChart chart = new KnsChart("evaluation-chart");
        chart.setWidthFull();
        chart.setHeight("320px");
        chart.lines(
                getTranslation("evaluation.chart.label", communeName, progress.year()),
                labels,
                lines,
                bands,
                // unnamed: its name would sit over the mark of a deadline in the last months; the key says it
                new KnsChart.Target(100, ""));
        Paragraph key = new Paragraph(getTranslation("evaluation.chart.key", 100));
        key.setId("evaluation-chart-key");
        key.addClassName("kns-muted");
        add(chart, key);
        int n = 0;
        for (Map.Entry<LocalDate, List<Assignment>> deadline : byDeadline.entrySet()) {
            Paragraph line = new Paragraph(getTranslation(
                    "evaluation.chart.deadline-line",
                    DATE.format(deadline.getKey()),
                    deadline.getValue().stream().map(a -> a.title(getLocale())).collect(Collectors.joining(", "))));
            line.setId("evaluation-chart-deadline-" + n++);
            add(line);
        }
        Paragraph note = new Paragraph(
                progress.notCounted() > 0
                        ? getTranslation("evaluation.chart.note-not-counted", progress.notCounted())
                        : getTranslation("evaluation.chart.note"));
        note.setId("evaluation-chart-note");
        note.addClassName("kns-muted");
        add(note, table(progress, communeName, labels));
    }

    private FiguresTable table(YearProgress progress, String communeName, List<String> labels) {
        List<String> headers = new ArrayList<>(
                List.of(getTranslation("evaluation.chart.month-col"), getTranslation("evaluation.chart.commune")));
        List<UnitMonths> units = units(progress);
        units.forEach(u -> headers.add(unitName(u)));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> row = new ArrayList<>(
                    List.of(labels.get(i), count(progress.commune().get(i))));
            for (UnitMonths unit : units) {
                row.add(count(unit.months().get(i)));
            }
            rows.add(row);
        }
        return new FiguresTable(
                "evaluation-chart-table",
                getTranslation("evaluation.chart.table"),
                getTranslation("evaluation.chart.table-caption", communeName, progress.year()),
                headers,
                rows);
    }

    /** The units' lines; none when nobody is in a unit (that line would be the commune's again). */
    private static List<UnitMonths> units(YearProgress progress) {
        List<UnitMonths> units = progress.units();
        return units.size() == 1 && units.getFirst().unit() == null ? List.of() : units;
    }

    private String label(YearMonth month) {
        return getTranslation("evaluation.chart.month", month.getMonthValue());
    }

    private String unitName(UnitMonths unit) {
        return unit.unit() == null ? getTranslation("evaluation.chart.no-unit") : unit.unit();
    }

    /** "3/5 (60%)": officials who had completed all, of those counted, and the share. */
    private String count(Month month) {
        Double percent = month.percent();
        return percent == null
                ? getTranslation("evaluation.chart.none")
                : getTranslation("evaluation.chart.count", month.completed(), month.counted(), percent);
    }

    /** The shares in percent with one decimal, none where nobody is counted. */
    private static List<@Nullable Double> percents(List<Month> months) {
        List<@Nullable Double> values = new ArrayList<>();
        for (Month month : months) {
            Double percent = month.percent();
            values.add(percent == null ? null : Math.round(percent * 10) / 10.0);
        }
        return values;
    }
}
