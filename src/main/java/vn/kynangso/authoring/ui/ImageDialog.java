package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.ui.LimitedUpload;
import vn.kynangso.base.ui.Uploads;
import vn.kynangso.catalog.LessonImageUpload;

/**
 * A picture for a lesson, from the phone's camera or gallery: made upright, shrunk and stripped of
 * its metadata on the server, with what it shows written in both languages (read aloud, shown when
 * it cannot load).
 */
class ImageDialog extends Dialog {

    private final Paragraph problem = new Paragraph();
    private @Nullable String stored;

    /** @param insert gets the Markdown to add to the Vietnamese and to the English lesson */
    ImageDialog(DraftContext context, BiConsumer<String, String> insert) {
        setHeaderTitle(getTranslation("authoring.image.title"));
        setId("image-dialog");
        Upload upload = Uploads.translated(new Upload(), "authoring.image.wrong-type");
        upload.setId("image-upload");
        upload.setAcceptedFileTypes("image/*");
        upload.setMaxFiles(1);
        Image preview = new Image();
        preview.setId("image-preview");
        preview.addClassName("kns-image-preview");
        preview.setVisible(false);
        String tooLarge = getTranslation("content.image.too-large", LessonImageUpload.MAX_UPLOAD_BYTES / (1024 * 1024));
        upload.setUploadHandler(new LimitedUpload(
                LessonImageUpload.MAX_UPLOAD_BYTES,
                tooLarge,
                (metadata, data) -> {
                    upload.clearFileList();
                    try {
                        LessonImageUpload.Prepared image = context.images.prepare(data, metadata.fileName());
                        stored = context.courseImages.store(context.draft().courseCode(), image);
                        preview.setSrc("/content-images/" + context.draft().courseCode() + "/" + stored);
                        preview.setAlt(getTranslation("authoring.image.uploaded"));
                        preview.setVisible(true);
                        problem.setText("");
                    } catch (LessonImageUpload.Refused e) {
                        problem.setText(getTranslation(e.key(), e.args()));
                    }
                },
                () -> {
                    upload.clearFileList();
                    problem.setText(tooLarge);
                }));
        TextField altVi = new TextField(getTranslation("authoring.image.alt.vi"));
        altVi.setId("image-alt-vi");
        altVi.setWidthFull();
        altVi.setHelperText(getTranslation("authoring.image.alt.help"));
        TextField altEn = new TextField(getTranslation("authoring.image.alt.en"));
        altEn.setId("image-alt-en");
        altEn.setWidthFull();
        problem.setId("image-problem");
        problem.addClassName("kns-error");
        Button add = new Button(getTranslation("authoring.image.add"), e -> {
            if (stored == null) {
                problem.setText(getTranslation("authoring.image.none"));
                return;
            }
            if (altVi.getValue().isBlank() || altEn.getValue().isBlank()) {
                problem.setText(getTranslation("authoring.image.alt-required"));
                return;
            }
            insert.accept(markdown(altVi.getValue(), stored), markdown(altEn.getValue(), stored));
            close();
        });
        add.setId("image-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("authoring.image.lead")), upload, preview, altVi, altEn, problem);
        getFooter().add(new Button(getTranslation("authoring.cancel"), e -> close()), add);
    }

    private static String markdown(String alt, String file) {
        String clean = alt.strip().replace('[', '(').replace(']', ')').replace('\n', ' ');
        return "![" + clean + "](../images/" + file + ")";
    }
}
