package vn.kynangso.classes;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.PdfDrawing;
import vn.kynangso.base.PublicUrl;
import vn.kynangso.base.i18n.TranslationProvider;

/**
 * A class's poster for the classroom wall (A4 PDF): the class, a large QR code that opens the join
 * screen with the code filled in, and the code in letters big enough to read from the back row.
 */
@Service
public class ClassPoster {

    private static final Color INK = new Color(0x1B, 0x2A, 0x41);

    private final ClassAccess access;
    private final PublicUrl publicUrl;
    private final TranslationProvider translations;

    ClassPoster(ClassAccess access, PublicUrl publicUrl, TranslationProvider translations) {
        this.access = access;
        this.publicUrl = publicUrl;
        this.translations = translations;
    }

    /** The address a class's QR code opens: the join screen with the code filled in. */
    public String joinUrl(String code) {
        return publicUrl.of("/join?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }

    /** The poster of a class whose code is on, for its teacher or an admin of its area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public byte[] poster(long classId, Locale locale) {
        SchoolClass found = access.readable(classId);
        String code = found.joinCode();
        if (!found.codeOpen() || code == null) {
            throw new ClassException(
                    found.archived() ? ClassException.Reason.ARCHIVED : ClassException.Reason.CODE_OFF);
        }
        Locale lang = TranslationProvider.supported(locale);
        BaseFont font = PdfDrawing.serif();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = PageSize.A4;
        Document document = new Document(page, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        document.addTitle(t(lang, "classes.poster.title") + " – " + found.name());
        document.addCreator("Kỹ Năng Số");
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        float middle = page.getWidth() / 2;
        float top = page.getHeight();
        line(canvas, t(lang, "classes.poster.title"), new Font(font, 30, Font.BOLD, INK), middle, top - 100);
        line(canvas, found.name(), new Font(font, 24, Font.BOLD, INK), middle, top - 145);
        line(
                canvas,
                t(lang, "classes.poster.facts", found.school(), found.grade(), found.schoolYear()),
                new Font(font, 14, Font.NORMAL, INK),
                middle,
                top - 175);
        float qrSize = 300;
        PdfDrawing.qr(canvas, joinUrl(code), middle - qrSize / 2, top - 215 - qrSize, qrSize);
        line(canvas, t(lang, "classes.poster.code"), new Font(font, 16, Font.NORMAL, INK), middle, top - 565);
        line(canvas, code, new Font(font, 56, Font.BOLD, Color.BLACK), middle, top - 630);
        Font small = new Font(font, 13, Font.NORMAL, INK);
        line(canvas, t(lang, "classes.poster.how-scan"), small, middle, top - 690);
        line(canvas, t(lang, "classes.poster.how-type", publicUrl.of("/join")), small, middle, top - 712);
        document.close();
        return out.toByteArray();
    }

    private static void line(PdfContentByte canvas, String text, Font font, float x, float y) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text, font), x, y, 0);
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
