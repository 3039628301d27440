package vn.kynangso.monthly;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import vn.kynangso.base.PdfDrawing;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.Skill;
import vn.kynangso.monthly.MonthlyReports.OfficialsMonth;
import vn.kynangso.monthly.MonthlyReports.PlaceMonth;
import vn.kynangso.monthly.MonthlyReports.Report;
import vn.kynangso.people.HouseholdSkillService.Gains;
import vn.kynangso.reports.CampaignEffects.Effect;
import vn.kynangso.reports.Coverage;

/**
 * A monthly report laid out once, in the reader's language, as tables the screen shows and the XLSX
 * and PDF files print: the same cells in the same order, so the three always agree. Numbers stay
 * numbers (the XLSX can add them up); shares are percents with one decimal.
 */
@Component
public class MonthlyReportDocuments {

    /**
     * One table of the report.
     *
     * @param rows cells: {@link Number}s, or text; the last row of the coverage table is the total
     */
    public record Table(String id, String title, List<String> header, List<List<Object>> rows) {}

    private final TranslationProvider translations;
    private final Clock clock;

    MonthlyReportDocuments(TranslationProvider translations, Clock clock) {
        this.translations = translations;
        this.clock = clock;
    }

    /** The lines above the tables: title, period, who made it and when, how the figures are counted. */
    public List<String> preamble(Report report, Locale locale) {
        Locale lang = TranslationProvider.supported(locale);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(t(lang, "format.date"));
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(t(lang, "format.date-time"));
        List<String> lines = new ArrayList<>();
        lines.add(title(report, lang));
        lines.add(t(
                lang,
                report.running() ? "report.month.period-running" : "report.month.period",
                date.format(report.from()),
                date.format(report.to())));
        lines.add(t(
                lang,
                "report.month.generated",
                report.generatedBy(),
                dateTime.format(LocalDateTime.ofInstant(report.generatedAt(), clock.getZone()))));
        lines.add(t(lang, "report.month.counting"));
        return lines;
    }

    /** The report's title: the month and the place. */
    public String title(Report report, Locale locale) {
        Locale lang = TranslationProvider.supported(locale);
        return t(
                lang,
                "report.month.title",
                String.format(
                        "%02d/%d",
                        report.month().getMonthValue(), report.month().getYear()),
                report.placeName());
    }

    /** The report's three tables: coverage by place, the campaigns, the officials. */
    public List<Table> tables(Report report, Locale locale) {
        Locale lang = TranslationProvider.supported(locale);
        return List.of(coverage(report, lang), campaigns(report, lang), officials(report, lang));
    }

    private Table coverage(Report report, Locale lang) {
        List<String> header = new ArrayList<>(List.of(
                t(lang, "report.month.col.place"),
                t(lang, "report.month.col.households-start"),
                t(lang, "report.month.col.households-end"),
                t(lang, "report.month.col.covered-start"),
                t(lang, "report.month.col.covered-end"),
                t(lang, "report.month.col.covered-gain"),
                t(lang, "report.month.col.covered-percent")));
        for (Skill skill : Skill.values()) {
            header.add(t(lang, skill.nameKey()));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (PlaceMonth place : report.places()) {
            rows.add(coverageRow(place.name(), place));
        }
        rows.add(coverageRow(t(lang, "report.month.total", report.placeName()), report.total()));
        return new Table("report-coverage", t(lang, "report.month.coverage"), header, rows);
    }

    private static List<Object> coverageRow(String name, PlaceMonth place) {
        Coverage start = place.start();
        Coverage end = place.end();
        List<Object> row = new ArrayList<>(List.of(
                name,
                start.households(),
                end.households(),
                start.covered(),
                end.covered(),
                end.covered() - start.covered(),
                Coverage.share(end.covered(), end.households())));
        for (Skill skill : Skill.values()) {
            row.add(end.skill(skill));
        }
        return row;
    }

    private Table campaigns(Report report, Locale lang) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(t(lang, "format.date"));
        List<String> header = List.of(
                t(lang, "report.month.col.campaign"),
                t(lang, "report.month.col.from"),
                t(lang, "report.month.col.to"),
                t(lang, "coverage.effect.visited"),
                t(lang, "coverage.effect.gained"),
                t(lang, "report.month.col.percent"),
                t(lang, "coverage.effect.not-visited"),
                t(lang, "coverage.effect.gained"),
                t(lang, "report.month.col.percent"),
                t(lang, "report.month.col.note"));
        List<List<Object>> rows = new ArrayList<>();
        for (Effect effect : report.campaigns()) {
            Gains met = effect.visited();
            Gains others = effect.notVisited();
            rows.add(List.of(
                    effect.name(),
                    date.format(effect.startsOn()),
                    date.format(effect.endsOn()),
                    met.households(),
                    met.gained(),
                    Coverage.share(met.gained(), met.households()),
                    others.households(),
                    others.gained(),
                    Coverage.share(others.gained(), others.households()),
                    effect.counting() ? t(lang, "report.month.counting-note") : ""));
        }
        return new Table("report-campaigns", t(lang, "report.month.campaigns"), header, rows);
    }

    private Table officials(Report report, Locale lang) {
        List<String> header = List.of(
                t(lang, report.officialsByUnit() ? "report.month.col.unit" : "report.month.col.commune"),
                t(lang, "report.month.col.officials"),
                t(lang, "report.month.col.on-time"),
                t(lang, "report.month.col.late"),
                t(lang, "report.month.col.overdue"),
                t(lang, "report.month.col.not-yet"));
        List<List<Object>> rows = new ArrayList<>();
        for (OfficialsMonth unit : report.officials()) {
            rows.add(List.of(
                    unit.name().isEmpty() ? t(lang, "report.month.no-unit") : unit.name(),
                    unit.officials(),
                    unit.onTime(),
                    unit.late(),
                    unit.overdue(),
                    unit.notYet()));
        }
        return new Table("report-officials", t(lang, "report.month.officials"), header, rows);
    }

    /** A cell as the screen and the PDF show it: numbers in the reader's format (1.234; 40,0). */
    public static String text(Object cell, Locale locale) {
        Locale lang = TranslationProvider.supported(locale);
        if (cell instanceof Double share) {
            NumberFormat format = NumberFormat.getNumberInstance(lang);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format.format(share);
        }
        if (cell instanceof Number number) {
            return NumberFormat.getIntegerInstance(lang).format(number.longValue());
        }
        return cell.toString();
    }

    /** The report as an XLSX workbook: one sheet per table, each headed by the report's lines. */
    public byte[] xlsx(Report report, Locale locale) {
        List<String> preamble = preamble(report, locale);
        List<Spreadsheets.Sheet> sheets = new ArrayList<>();
        for (Table table : tables(report, locale)) {
            List<String> lines = new ArrayList<>(preamble);
            lines.add(table.title());
            sheets.add(new Spreadsheets.Sheet(table.title(), lines, table.header(), table.rows()));
        }
        return Spreadsheets.xlsx(sheets);
    }

    /** The report as a PDF: A4 landscape, the lines, then each table with its header on every page. */
    public byte[] pdf(Report report, Locale locale) {
        Locale lang = TranslationProvider.supported(locale);
        BaseFont font = PdfDrawing.serif();
        Font titleFont = new Font(font, 15, Font.BOLD, new Color(0x1B, 0x2A, 0x41));
        Font body = new Font(font, 10);
        Font heading = new Font(font, 12, Font.BOLD);
        Font head = new Font(font, 8.5f, Font.BOLD);
        Font cell = new Font(font, 8.5f);
        Font bold = new Font(font, 8.5f, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        String footer = title(report, lang);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                var canvas = w.getDirectContent();
                canvas.beginText();
                canvas.setFontAndSize(font, 8);
                canvas.showTextAligned(
                        Element.ALIGN_RIGHT,
                        t(lang, "report.month.page", footer, w.getPageNumber()),
                        d.right(),
                        d.bottom() - 20,
                        0);
                canvas.endText();
            }
        });
        document.addTitle(footer);
        document.addAuthor(report.generatedBy());
        document.addCreator("Kỹ Năng Số");
        document.open();
        List<String> preamble = preamble(report, lang);
        Paragraph title = new Paragraph(preamble.getFirst(), titleFont);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(8);
        document.add(title);
        for (String line : preamble.subList(1, preamble.size())) {
            document.add(new Paragraph(line, body));
        }
        for (Table table : tables(report, lang)) {
            Paragraph name = new Paragraph(table.title(), heading);
            name.setSpacingBefore(14);
            name.setSpacingAfter(6);
            document.add(name);
            if (table.rows().isEmpty()) {
                document.add(new Paragraph(t(lang, "report.month.empty"), body));
                continue;
            }
            PdfPTable grid = new PdfPTable(widths(table.header().size()));
            grid.setWidthPercentage(100);
            grid.setHeaderRows(1);
            for (String column : table.header()) {
                PdfPCell c = new PdfPCell(new Phrase(column, head));
                c.setBackgroundColor(new Color(0xEE, 0xF1, 0xF5));
                c.setPadding(4);
                grid.addCell(c);
            }
            boolean totalLast = table.id().equals("report-coverage");
            for (int r = 0; r < table.rows().size(); r++) {
                boolean total = totalLast && r == table.rows().size() - 1;
                for (Object value : table.rows().get(r)) {
                    PdfPCell c = new PdfPCell(new Phrase(text(value, lang), total ? bold : cell));
                    c.setPadding(4);
                    if (value instanceof Number) {
                        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    grid.addCell(c);
                }
            }
            document.add(grid);
        }
        document.close();
        return out.toByteArray();
    }

    /** The first column (names) wider than the figures. */
    private static float[] widths(int columns) {
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = columns > 8 ? 2.2f : 3f;
        return widths;
    }

    private String t(Locale locale, String key, @Nullable Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
