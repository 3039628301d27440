package vn.kynangso.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload button and drop zone in the person's language (Vaadin's own words are English). */
public final class Uploads {

    private Uploads() {}

    /**
     * Translates the button, the drop zone and the browser-side refusals; {@code wrongTypeKey} says
     * which files are taken.
     */
    public static Upload translated(Upload upload, String wrongTypeKey) {
        return translated(upload, wrongTypeKey, "upload.too-big");
    }

    /** A spreadsheet's upload (a household list, a class list, places): .xlsx or .csv up to 10 MB. */
    public static Upload spreadsheet(Upload upload) {
        return translated(upload, "import.upload.wrong-type", "import.upload.too-big");
    }

    private static Upload translated(Upload upload, String wrongTypeKey, String tooBigKey) {
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(upload.getTranslation("import.upload.drop"))
                        .setMany(upload.getTranslation("import.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(upload.getTranslation("import.upload.add"))
                        .setMany(upload.getTranslation("import.upload.add")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(upload.getTranslation(tooBigKey))
                        .setIncorrectFileType(upload.getTranslation(wrongTypeKey))
                        .setTooManyFiles(upload.getTranslation("import.upload.too-many"))));
        return upload;
    }
}
