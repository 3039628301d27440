package vn.kynangso.officials;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.kynangso.base.PdfDrawing;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.certificates.CertificateService;
import vn.kynangso.learning.CourseStatus;

/**
 * The year's training documents: an official's transcript (PDF: courses, hours, dates,
 * certificate codes) and a commune's year-end evaluation sheet (XLSX and CSV, one row per
 * official), both in the reader's language.
 */
@Service
public class TrainingDocuments {

    private final TrainingStanding officials;
    private final TranslationProvider translations;

    TrainingDocuments(TrainingStanding officials, TranslationProvider translations) {
        this.officials = officials;
        this.translations = translations;
    }

    /** The signed-in official's transcript for a year. */
    @PreAuthorize("hasRole('OFFICIAL')")
    public byte[] myTranscript(int year, Locale locale) {
        OfficialYear me = officials.myYear(year).orElseThrow();
        Locale lang = TranslationProvider.supported(locale);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(t(lang, "format.date"));
        BaseFont font = PdfDrawing.serif();
        Font title = new Font(font, 16, Font.BOLD, new Color(0x1B, 0x2A, 0x41));
        Font body = new Font(font, 11);
        Font head = new Font(font, 10, Font.BOLD);
        Font small = new Font(font, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // landscape: six columns, and a certificate code that must stay on one line to be typed in
        Document document = new Document(PageSize.A4.rotate(), 48, 48, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        document.addTitle(t(lang, "transcript.title", year) + " – " + me.name());
        document.addAuthor(officials.myCommuneName());
        document.addCreator("Kỹ Năng Số");
        document.open();
        Paragraph heading = new Paragraph(t(lang, "transcript.title", year), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(14);
        document.add(heading);
        document.add(new Paragraph(t(lang, "transcript.name", me.name()), body));
        if (me.birthYear() != null) {
            document.add(new Paragraph(t(lang, "transcript.birth-year", String.valueOf(me.birthYear())), body));
        }
        document.add(new Paragraph(t(lang, "transcript.unit", me.unit() == null ? "—" : me.unit()), body));
        document.add(new Paragraph(t(lang, "transcript.commune", officials.myCommuneName()), body));
        PdfPTable table = new PdfPTable(new float[] {4.2f, 0.8f, 1.4f, 1.4f, 2.0f, 3.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        for (String key : List.of("course", "hours", "deadline", "completed", "status", "certificate")) {
            PdfPCell cell = new PdfPCell(new Phrase(t(lang, "transcript.col." + key), head));
            cell.setBackgroundColor(new Color(0xEE, 0xF1, 0xF5));
            cell.setPadding(5);
            table.addCell(cell);
        }
        for (Requirement r : me.requirements()) {
            table.addCell(cell(r.course().title(lang), small));
            table.addCell(cell(String.valueOf(r.course().creditHours()), small));
            table.addCell(cell(date.format(r.course().deadline()), small));
            table.addCell(cell(r.completedOn() == null ? "" : date.format(r.completedOn()), small));
            table.addCell(cell(t(lang, r.status().key()), small));
            table.addCell(
                    cell(r.certificateCode() == null ? "" : CertificateService.display(r.certificateCode()), small));
        }
        document.add(table);
        Paragraph total = new Paragraph(
                t(lang, "transcript.total", me.completed(), me.requirements().size(), me.hours()), body);
        total.setSpacingBefore(10);
        document.add(total);
        document.add(new Paragraph(t(lang, "transcript.status", t(lang, me.statusKey())), body));
        document.close();
        return out.toByteArray();
    }

    /** The header and rows of a commune's year-end evaluation sheet. */
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Sheet evaluationSheet(int year, long communeId, Locale locale) {
        Locale lang = TranslationProvider.supported(locale);
        List<String> header = List.of(
                t(lang, "evaluation.col.number"),
                t(lang, "evaluation.col.name"),
                t(lang, "evaluation.col.birth-year"),
                t(lang, "evaluation.col.unit"),
                t(lang, "evaluation.col.required"),
                t(lang, "evaluation.col.completed"),
                t(lang, "evaluation.col.hours"),
                t(lang, "evaluation.col.status"),
                t(lang, "evaluation.col.late"),
                t(lang, "evaluation.col.missing"));
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (OfficialYear o : officials.compliance(year, communeId)) {
            List<String> late = o.requirements().stream()
                    .filter(r -> r.status() == CourseStatus.COMPLETED_LATE)
                    .map(r -> r.course().title(lang))
                    .toList();
            List<String> missing = o.requirements().stream()
                    .filter(r -> !r.status().isCompleted())
                    .map(r -> r.course().title(lang))
                    .toList();
            List<Object> row = new ArrayList<>();
            row.add(++n);
            row.add(o.name());
            row.add(o.birthYear());
            row.add(o.unit() == null ? "" : o.unit());
            row.add(o.requirements().size());
            row.add((int) o.completed());
            row.add(o.hours());
            row.add(t(lang, o.statusKey()));
            row.add(String.join("; ", late));
            row.add(String.join("; ", missing));
            rows.add(row);
        }
        return new Sheet(t(lang, "evaluation.sheet", year), header, rows);
    }

    /** A sheet ready to write as XLSX or CSV (formula-safe either way). */
    public record Sheet(String name, List<String> header, List<List<Object>> rows) {
        public byte[] xlsx() {
            return Spreadsheets.xlsx(name, header, rows);
        }

        public byte[] csv() {
            return Spreadsheets.csv(header, rows);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(5);
        return cell;
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
