package vn.kynangso.base;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/** What every PDF the app prints shares: its font, which has every Vietnamese letter, and QR codes. */
public final class PdfDrawing {

    private static final String SERIF = "liberation/LiberationSerif-Regular.ttf";

    private PdfDrawing() {}

    /** Liberation Serif, embedded as a subset (only the letters a document uses). */
    public static BaseFont serif() {
        try (InputStream in = PdfDrawing.class.getClassLoader().getResourceAsStream(SERIF)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + SERIF);
            }
            BaseFont font =
                    BaseFont.createFont(SERIF, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code text} as a QR code of {@code size} points with its lower left corner at ({@code x},
     * {@code y}): filled squares, runs of dark modules merged (a few hundred path operations, sharp
     * at any zoom).
     */
    public static void qr(PdfContentByte canvas, String text, float x, float y, float size) {
        boolean[][] dark = QrCodes.modules(text);
        float module = size / dark.length;
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < dark.length; row++) {
            int col = 0;
            while (col < dark[row].length) {
                if (!dark[row][col]) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < dark[row].length && dark[row][col]) {
                    col++;
                }
                canvas.rectangle(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        canvas.fill();
    }
}
