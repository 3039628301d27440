package vn.kynangso.places.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.SpreadsheetException;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.base.ui.ImportProblems;
import vn.kynangso.base.ui.LimitedUpload;
import vn.kynangso.base.ui.Uploads;
import vn.kynangso.places.PlaceImport;
import vn.kynangso.places.PlaceImport.Column;
import vn.kynangso.places.PlaceImport.Preview;
import vn.kynangso.places.PlaceImport.Problem;
import vn.kynangso.security.Roles;

/** Import places (hamlets of a commune, communes of a province) from a list: preview, then all at once. */
@Route("places/import")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
class PlacesImportView extends Main implements HasDynamicTitle {

    private final PlaceImport importer;
    private final Div result = new Div();

    PlacesImportView(PlaceImport importer) {
        this.importer = importer;
        addClassName("kns-page");
        Upload upload = new Upload();
        String tooLarge = getTranslation("sheet.error.too-large", Spreadsheets.MAX_FILE_BYTES / (1024 * 1024));
        upload.setUploadHandler(new LimitedUpload(
                Spreadsheets.MAX_FILE_BYTES,
                tooLarge,
                (metadata, data) -> {
                    upload.clearFileList();
                    show(metadata.fileName(), data);
                },
                () -> {
                    upload.clearFileList();
                    result.removeAll();
                    result.add(error(tooLarge));
                }));
        upload.setId("places-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Spreadsheets.MAX_FILE_BYTES); // the browser's check; LimitedUpload is the server's
        upload.setAcceptedFileTypes(".csv", ".xlsx", Downloads.XLSX, "text/csv");
        Uploads.spreadsheet(upload);
        result.setId("places-import-result");
        add(
                new H1(getTranslation("place-import.title")),
                new Paragraph(getTranslation("place-import.intro")),
                upload,
                result);
    }

    private void show(String fileName, byte[] data) {
        result.removeAll();
        Preview preview;
        try {
            preview = importer.read(fileName, data);
        } catch (SpreadsheetException e) {
            result.add(error(getTranslation(e.reason().translationKey(), e.args())));
            return;
        }
        Paragraph summary = new Paragraph(getTranslation(
                "place-import.summary",
                preview.fileName(),
                preview.rows(),
                preview.added().size(),
                preview.renamed().size(),
                preview.unchanged()));
        summary.setId("places-import-summary");
        result.add(new H2(getTranslation("import.preview")), summary);
        if (!preview.problems().isEmpty() || !preview.importable()) {
            result.add(new ImportProblems(
                    preview.problems().stream()
                            .map(p -> new ImportProblems.Line(
                                    p.row(),
                                    columnName(preview, p.column()),
                                    reason(p),
                                    preview.rejectedRows().getOrDefault(p.row(), List.of())))
                            .toList(),
                    "dia-danh-bi-tu-choi"));
            return;
        }
        preview.added().stream()
                .limit(30)
                .forEach(p -> result.add(new Paragraph("+ " + p.name() + " (" + p.code() + ")")));
        preview.renamed()
                .forEach(r ->
                        result.add(new Paragraph(getTranslation("place-import.rename", r.oldName(), r.newName()))));
        Button confirm = new Button(getTranslation("place-import.confirm"), e -> {
            int changed = importer.commit(preview);
            result.removeAll();
            Paragraph done = new Paragraph(getTranslation("place-import.done", changed));
            done.setId("places-import-done");
            done.addClassName("kns-success");
            result.add(done);
            Notification.show(done.getText()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        confirm.setId("places-import-confirm");
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.addClassName("kns-wide-button");
        result.add(confirm);
    }

    private static Paragraph error(String message) {
        Paragraph error = new Paragraph(message);
        error.setId("places-import-error");
        error.addClassName("kns-error");
        return error;
    }

    private String columnName(Preview preview, @Nullable Column column) {
        if (column == null) {
            return "";
        }
        String header = preview.headers().get(column);
        return header != null ? header : getTranslation(column.translationKey());
    }

    private String reason(Problem problem) {
        return getTranslation(
                "place-import.problem." + problem.reason(), problem.args().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("place-import.title") + " · " + getTranslation("app.name");
    }
}
