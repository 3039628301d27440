package vn.kynangso.people;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import vn.kynangso.base.PdfDrawing;
import vn.kynangso.base.PublicUrl;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.people.HouseholdService.LoginCard;
import vn.kynangso.security.AccountService;

/**
 * The one home of a learner's login card, whoever hands it over (a household's team member, a
 * class's teacher): the card itself (name, login, the password of a new account only, and the
 * one-time sign-in link its QR code opens, built from the app's public address) and a printable A4
 * sheet of cards, eight a page with lines to cut along.
 */
@Component
public class LoginCards {

    private static final Color INK = new Color(0x1B, 0x2A, 0x41);
    private static final Color CUT = new Color(0x9A, 0xA5, 0xB1);
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float MARGIN = 24;

    private final PublicUrl publicUrl;
    private final TranslationProvider translations;

    LoginCards(PublicUrl publicUrl, TranslationProvider translations) {
        this.publicUrl = publicUrl;
        this.translations = translations;
    }

    /** The card of a login just created: its password is shown this once. */
    public LoginCard created(String name, AccountService.LoginCard created) {
        return new LoginCard(name, created.login(), created.password(), signInLink(created.linkToken()));
    }

    /** The card of an existing login: a fresh one-time link, no password (it is not kept). */
    public LoginCard again(String name, String login, String linkToken) {
        return new LoginCard(name, login, null, signInLink(linkToken));
    }

    private String signInLink(String token) {
        return publicUrl.of("/signin/" + token);
    }

    /** Cards on A4 pages, {@value #COLUMNS} × {@value #ROWS} a page, in the order given. */
    public byte[] sheet(List<LoginCard> cards, String title, Locale locale) {
        Locale lang = TranslationProvider.supported(locale);
        BaseFont font = PdfDrawing.serif();
        Rectangle page = PageSize.A4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(page, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        document.addTitle(t(lang, "card.title") + " – " + title);
        document.addCreator("Kỹ Năng Số");
        document.open();
        float width = (page.getWidth() - 2 * MARGIN) / COLUMNS;
        float height = (page.getHeight() - 2 * MARGIN) / ROWS;
        if (cards.isEmpty()) {
            document.add(new Paragraph(t(lang, "card.none"), new Font(font, 14, Font.NORMAL, INK)));
        }
        for (int i = 0; i < cards.size(); i++) {
            int onPage = i % (COLUMNS * ROWS);
            if (i > 0 && onPage == 0) {
                document.newPage();
            }
            float x = MARGIN + (onPage % COLUMNS) * width;
            float y = page.getHeight() - MARGIN - (onPage / COLUMNS + 1) * height;
            card(writer.getDirectContent(), cards.get(i), font, lang, x, y, width, height);
        }
        document.close();
        return out.toByteArray();
    }

    private void card(
            PdfContentByte canvas,
            LoginCard card,
            BaseFont font,
            Locale lang,
            float x,
            float y,
            float width,
            float height) {
        canvas.saveState();
        canvas.setColorStroke(CUT);
        canvas.setLineWidth(0.5f);
        canvas.setLineDash(4, 3, 0);
        canvas.rectangle(x, y, width, height);
        canvas.stroke();
        canvas.restoreState();
        float pad = 12;
        float qrSize = 104;
        float top = y + height - pad;
        Font label = new Font(font, 8.5f, Font.NORMAL, INK);
        Font value = new Font(font, 13, Font.BOLD, Color.BLACK);
        text(canvas, t(lang, "card.title"), new Font(font, 10, Font.NORMAL, INK), x + pad, top - 10);
        float textWidth = width - 2 * pad - qrSize - 8;
        float line = top - 28;
        ColumnText name = new ColumnText(canvas);
        name.setSimpleColumn(x + pad, line - 34, x + pad + textWidth, line + 12);
        name.addText(new Phrase(card.name(), new Font(font, 13.5f, Font.BOLD, Color.BLACK)));
        name.setLeading(15);
        name.go();
        line = name.getYLine() - 14;
        text(canvas, t(lang, "card.login"), label, x + pad, line);
        text(canvas, card.login(), value, x + pad, line - 15);
        line -= 36;
        text(canvas, t(lang, "card.password"), label, x + pad, line);
        String password = card.password();
        text(
                canvas,
                password == null ? t(lang, "card.password-unchanged") : password,
                password == null ? new Font(font, 9.5f, Font.NORMAL, INK) : value,
                x + pad,
                line - 15);
        PdfDrawing.qr(canvas, card.link(), x + width - pad - qrSize, top - 18 - qrSize, qrSize);
        ColumnText how = new ColumnText(canvas);
        how.setSimpleColumn(x + pad, y + pad - 2, x + width - pad, y + 46);
        // a card made again carries no password, so its text cannot point to one
        String howKey = password == null ? "card.how.reprint" : "card.how";
        how.addText(new Phrase(t(lang, howKey), new Font(font, 8, Font.NORMAL, INK)));
        how.setLeading(9.5f);
        how.go();
    }

    private static void text(PdfContentByte canvas, String text, Font font, float x, float y) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, font), x, y, 0);
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
