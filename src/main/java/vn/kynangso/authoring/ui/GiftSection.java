package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.kynangso.authoring.gift.GiftFileException;
import vn.kynangso.authoring.gift.GiftImport;
import vn.kynangso.authoring.gift.GiftReader;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.base.ui.LimitedUpload;
import vn.kynangso.base.ui.Uploads;

/** Questions in and out as GIFT (Moodle's format), in the language chosen. */
class GiftSection extends Div {

    private final Paragraph problem = new Paragraph();

    GiftSection(DraftContext context, Runnable imported) {
        addClassName("kns-gift");
        Select<String> language = new Select<>();
        language.setId("gift-language");
        language.setLabel(getTranslation("authoring.gift.language"));
        language.setItems("vi", "en");
        language.setItemLabelGenerator(l -> getTranslation("authoring.language." + l));
        language.setValue("vi");
        Upload upload = Uploads.translated(new Upload(), "authoring.gift.wrong-type");
        upload.setId("gift-upload");
        upload.setAcceptedFileTypes(".gift", ".txt", "text/plain");
        upload.setMaxFiles(1);
        String tooLarge = getTranslation("gift.problem.too-large", GiftReader.MAX_BYTES / (1024 * 1024));
        upload.setUploadHandler(new LimitedUpload(
                GiftReader.MAX_BYTES,
                tooLarge,
                (metadata, data) -> {
                    upload.clearFileList();
                    read(context, metadata.fileName(), data, locale(language.getValue()), imported);
                },
                () -> {
                    upload.clearFileList();
                    problem.setText(tooLarge);
                }));
        problem.setId("gift-problem");
        problem.addClassName("kns-error");
        Anchor export = new Anchor(
                Downloads.of(
                        context.draft().courseCode() + ".gift",
                        "text/plain;charset=UTF-8",
                        () -> context.files
                                .exportGift(context.id(), locale(language.getValue()))
                                .getBytes(StandardCharsets.UTF_8)),
                getTranslation("authoring.gift.export"));
        export.setId("gift-export");
        export.getElement().setAttribute("download", true);
        add(
                new H3(getTranslation("authoring.gift.title")),
                new Paragraph(getTranslation("authoring.gift.lead")),
                language,
                upload,
                problem,
                export);
    }

    private void read(DraftContext context, String fileName, byte[] data, Locale language, Runnable imported) {
        problem.setText("");
        try {
            Set<String> taken = new HashSet<>();
            context.draft()
                    .source()
                    .questions()
                    .forEach(q -> taken.add(q.question().code()));
            GiftImport gift = GiftReader.read(GiftReader.decode(data), language, taken);
            new GiftImportDialog(context, gift, fileName, language, imported).open();
        } catch (GiftFileException e) {
            problem.setText(getTranslation(e.translationKey(), e.args()));
        }
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : TranslationProvider.VIETNAMESE;
    }
}
