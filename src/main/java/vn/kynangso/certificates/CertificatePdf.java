package vn.kynangso.certificates;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import vn.kynangso.base.PdfDrawing;

/**
 * Draws a certificate as a one-page A4 PDF (landscape): the national heading, the title, the
 * holder's full name, what was completed, the issuer and date, the certificate code and a QR code
 * to the public verification page. Text is drawn with embedded, subset Liberation fonts (every
 * Vietnamese letter; text extracts exactly as typed); the QR code is drawn as vector squares.
 */
final class CertificatePdf {

    /** What a certificate says, already in the language it is printed in. */
    record Content(
            String heading1,
            String heading2,
            String title,
            String subtitle,
            String presentedTo,
            String holderName,
            String birthLine,
            String achievement,
            String detailLine,
            String extraLine,
            String issuerLine,
            String placeAndDate,
            String signatory,
            String codeLabel,
            String code,
            String verifyLabel,
            String verifyUrl,
            String documentTitle,
            String language) {}

    private static final Color INK = new Color(0x1B, 0x2A, 0x41);
    private static final Color ACCENT = new Color(0xB0, 0x1E, 0x23);
    private static final Color GOLD = new Color(0xC8, 0x9B, 0x3C);
    private static final Color MUTED = new Color(0x55, 0x60, 0x70);

    private final BaseFont serif;

    CertificatePdf() {
        this.serif = PdfDrawing.serif();
    }

    byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(24_000);
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        document.addTitle(c.documentTitle());
        document.addAuthor(c.issuerLine());
        document.addSubject(c.title() + " " + c.subtitle());
        document.addKeywords(c.code());
        document.addCreator("Kỹ Năng Số");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(c.language()));
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        float w = page.getWidth();
        float h = page.getHeight();

        frame(canvas, w, h);
        float cx = w / 2;
        bold(canvas, 13, INK, c.heading1(), cx, h - 64);
        bold(canvas, 13, INK, c.heading2(), cx, h - 82);
        float motto = serif.getWidthPoint(c.heading2(), 13) / 2;
        canvas.setColorStroke(INK);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(cx - motto, h - 88);
        canvas.lineTo(cx + motto, h - 88);
        canvas.stroke();

        bold(canvas, 34, ACCENT, c.title(), cx, h - 140);
        bold(canvas, 18, INK, c.subtitle(), cx, h - 168);
        text(canvas, serif, 14, MUTED, c.presentedTo(), cx, h - 214);
        float nameSize = fitSize(serif, c.holderName(), 32, w - 200);
        bold(canvas, nameSize, INK, c.holderName(), cx, h - 254);
        text(canvas, serif, 14, INK, c.birthLine(), cx, h - 280);
        text(canvas, serif, 14, INK, c.achievement(), cx, h - 318);
        float courseSize = fitSize(serif, c.detailLine(), 18, w - 200);
        bold(canvas, courseSize, INK, c.detailLine(), cx, h - 344);
        text(canvas, serif, 14, INK, c.extraLine(), cx, h - 368);

        // bottom right: place and date, issuer
        float rx = w - 220;
        text(canvas, serif, 12, INK, c.placeAndDate(), rx, 150);
        bold(canvas, 12, INK, c.signatory(), rx, 132);
        float issuerSize = fitSize(serif, c.issuerLine(), 11, 330);
        text(canvas, serif, issuerSize, MUTED, c.issuerLine(), rx, 116);

        // bottom left: QR code and the code
        float qrSize = 92;
        PdfDrawing.qr(canvas, c.verifyUrl(), 70, 62, qrSize);
        canvas.beginText();
        canvas.setColorFill(INK);
        canvas.setFontAndSize(serif, 10);
        canvas.showTextAligned(Element.ALIGN_LEFT, c.codeLabel(), 172, 136, 0);
        canvas.setFontAndSize(serif, 12);
        canvas.showTextAligned(Element.ALIGN_LEFT, c.code(), 172, 120, 0);
        canvas.setFontAndSize(serif, 9);
        canvas.setColorFill(MUTED);
        canvas.showTextAligned(Element.ALIGN_LEFT, c.verifyLabel(), 172, 96, 0);
        canvas.showTextAligned(Element.ALIGN_LEFT, c.verifyUrl(), 172, 84, 0);
        canvas.endText();
        document.close();
        return out.toByteArray();
    }

    private static float fitSize(BaseFont font, String text, float size, float maxWidth) {
        float width = font.getWidthPoint(text, size);
        return width <= maxWidth ? size : size * maxWidth / width;
    }

    /**
     * Bold by outlining the regular face (fill and stroke): one embedded font instead of two keeps
     * a certificate under 40 KB, and the text extracts the same.
     */
    private void bold(PdfContentByte canvas, float size, Color color, String text, float x, float y) {
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(size * 0.035f);
        canvas.beginText();
        canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
        canvas.setColorFill(color);
        canvas.setFontAndSize(serif, size);
        canvas.showTextAligned(Element.ALIGN_CENTER, text, x, y, 0);
        canvas.endText();
        canvas.restoreState();
    }

    private static void text(
            PdfContentByte canvas, BaseFont font, float size, Color color, String text, float x, float y) {
        canvas.beginText();
        canvas.setColorFill(color);
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(Element.ALIGN_CENTER, text, x, y, 0);
        canvas.endText();
    }

    private static void frame(PdfContentByte canvas, float w, float h) {
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(6f);
        canvas.rectangle(24, 24, w - 48, h - 48);
        canvas.stroke();
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(36, 36, w - 72, h - 72);
        canvas.stroke();
        canvas.setLineWidth(0.5f);
        canvas.rectangle(40, 40, w - 80, h - 80);
        canvas.stroke();
    }
}
