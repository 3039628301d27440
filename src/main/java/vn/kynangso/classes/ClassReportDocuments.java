package vn.kynangso.classes;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.PdfDrawing;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.TextMatch;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.classes.ClassProgress.StudentCourse;
import vn.kynangso.classes.ClassReport.CourseReport;
import vn.kynangso.classes.ClassReport.QuestionResult;

/**
 * A class report to take away: a sheet (XLSX: the students' rows and the questions, hardest first;
 * CSV: the students' rows) and a printable A4 PDF, with the same rows and words as the report screen
 * ({@link ClassReportCells}). Sheets never carry formulas ({@link Spreadsheets}).
 */
@Service
public class ClassReportDocuments {

    private static final Color INK = new Color(0x1B, 0x2A, 0x41);
    private static final Color HEAD = new Color(0xEE, 0xF1, 0xF5);

    private final ClassReport reports;
    private final TranslationProvider translations;
    private final Clock clock;

    ClassReportDocuments(ClassReport reports, TranslationProvider translations, Clock clock) {
        this.reports = reports;
        this.translations = translations;
        this.clock = clock;
    }

    /** The students' rows: the course, then the cells of the screen's row. */
    public List<String> studentHeader(Locale locale) {
        List<String> header = new ArrayList<>();
        header.add(t(locale, "classes.report.col.course"));
        header.addAll(cells(locale).studentHeader());
        return header;
    }

    /** The class report as an XLSX workbook: a sheet of students' rows and one of questions. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public byte[] xlsx(long classId, Locale locale) {
        Locale lang = TranslationProvider.supported(locale);
        ClassReport.Report report = reports.of(classId);
        ClassReportCells cells = cells(lang);
        List<String> questionHeader = new ArrayList<>();
        questionHeader.add(t(lang, "classes.report.col.course"));
        questionHeader.add(t(lang, "classes.report.col.rank"));
        questionHeader.addAll(cells.questionHeader());
        List<List<Object>> questions = new ArrayList<>();
        for (CourseReport course : report.courses()) {
            int rank = 0;
            for (QuestionResult q : course.questions()) {
                List<Object> row = new ArrayList<>();
                row.add(GivenNames.what(course.summary().given(), lang, (key, args) -> t(lang, key, args)));
                row.add(++rank);
                row.addAll(cells.question(q));
                questions.add(row);
            }
        }
        return Spreadsheets.xlsx(List.of(
                new Spreadsheets.Sheet(
                        t(lang, "classes.report.sheet.students"), studentHeader(lang), studentRows(report, lang)),
                new Spreadsheets.Sheet(t(lang, "classes.report.sheet.questions"), questionHeader, questions)));
    }

    /** The students' rows of the class report as CSV (UTF-8 with BOM). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public byte[] csv(long classId, Locale locale) {
        Locale lang = TranslationProvider.supported(locale);
        return Spreadsheets.csv(studentHeader(lang), studentRows(reports.of(classId), lang));
    }

    /**
     * The class report to print (A4): the class, its school and the day printed; per course the
     * students' table and the questions, hardest first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public byte[] pdf(long classId, Locale locale) {
        Locale lang = TranslationProvider.supported(locale);
        ClassReport.Report report = reports.of(classId);
        SchoolClass c = report.schoolClass();
        ClassReportCells cells = cells(lang);
        BaseFont font = PdfDrawing.serif();
        Font title = new Font(font, 16, Font.BOLD, INK);
        Font heading = new Font(font, 12, Font.BOLD, INK);
        Font body = new Font(font, 10);
        Font head = new Font(font, 9, Font.BOLD);
        Font small = new Font(font, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        document.addTitle(t(lang, "classes.report.title", c.name()));
        document.addAuthor(c.school());
        document.addCreator("Kỹ Năng Số");
        document.open();
        Paragraph top = new Paragraph(t(lang, "classes.report.title", c.name()), title);
        top.setAlignment(Element.ALIGN_CENTER);
        top.setSpacingAfter(8);
        document.add(top);
        document.add(
                new Paragraph(t(lang, "classes.row", c.school(), c.grade(), c.schoolYear(), c.communeName()), body));
        document.add(new Paragraph(t(lang, "classes.report.printed", cells.day(LocalDate.now(clock))), body));
        for (CourseReport course : report.courses()) {
            Paragraph name = new Paragraph(
                    GivenNames.what(course.summary().given(), lang, (key, args) -> t(lang, key, args)), heading);
            name.setSpacingBefore(14);
            document.add(name);
            document.add(new Paragraph(
                    t(
                            lang,
                            "classes.progress.summary",
                            course.summary().completed(),
                            course.summary().students()),
                    body));
            PdfPTable students = table(new float[] {3.4f, 2.0f, 1.0f, 1.0f, 1.1f, 1.6f});
            cells.studentHeader().forEach(h -> students.addCell(headCell(h, head)));
            for (StudentCourse row : course.rows()) {
                cells.student(row).forEach(v -> students.addCell(cell(v, small)));
            }
            document.add(students);
            Paragraph hardest = new Paragraph(t(lang, "classes.report.questions"), heading);
            hardest.setSpacingBefore(10);
            document.add(hardest);
            PdfPTable questions = table(new float[] {4.4f, 1.1f, 0.9f, 3.6f});
            cells.questionHeader().forEach(h -> questions.addCell(headCell(h, head)));
            for (QuestionResult q : course.questions()) {
                cells.question(q).forEach(v -> questions.addCell(cell(v, small)));
            }
            document.add(questions);
        }
        document.close();
        return out.toByteArray();
    }

    /** A file name for the class's report: "bao-cao-lop-" and the class name without accents or signs. */
    public static String fileName(SchoolClass c, String extension) {
        String name = TextMatch.fold(c.name()).replace(' ', '-');
        return "bao-cao-lop-" + (name.isEmpty() ? String.valueOf(c.id()) : name) + "." + extension;
    }

    private List<List<Object>> studentRows(ClassReport.Report report, Locale lang) {
        ClassReportCells cells = cells(lang);
        List<List<Object>> rows = new ArrayList<>();
        for (CourseReport course : report.courses()) {
            for (StudentCourse r : course.rows()) {
                List<Object> row = new ArrayList<>();
                row.add(GivenNames.what(course.summary().given(), lang, (key, args) -> t(lang, key, args)));
                row.addAll(cells.student(r));
                rows.add(row);
            }
        }
        return rows;
    }

    private ClassReportCells cells(Locale lang) {
        return new ClassReportCells((key, params) -> t(lang, key, params), lang);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        return table;
    }

    private static PdfPCell headCell(String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setBackgroundColor(HEAD);
        return cell;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
