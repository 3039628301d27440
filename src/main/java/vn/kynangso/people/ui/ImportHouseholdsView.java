package vn.kynangso.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.SpreadsheetException;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.base.ui.ImportProblems;
import vn.kynangso.base.ui.LimitedUpload;
import vn.kynangso.base.ui.Uploads;
import vn.kynangso.people.HouseholdImport;
import vn.kynangso.people.HouseholdImport.Column;
import vn.kynangso.people.HouseholdImport.ImportRefused;
import vn.kynangso.people.HouseholdImport.Preview;
import vn.kynangso.people.HouseholdImport.Problem;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.Roles;

/**
 * Import households from the commune's existing lists: choose a file, see what it would register
 * and every row that is wrong (row, column, reason), fix the file and upload again, then import
 * all of it at once. Reached from the household registration page.
 */
@Route("households/import")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
class ImportHouseholdsView extends Main implements HasDynamicTitle {

    private final HouseholdImport importer;
    private final Select<Place> hamlet = new Select<>();
    private final Div result = new Div();
    private final ImportTemplate template;
    private @Nullable Preview preview;

    ImportHouseholdsView(HouseholdImport importer, PlaceService places) {
        this.importer = importer;
        addClassName("kns-page");
        List<Place> myHamlets = places.inMyArea(PlaceLevel.HAMLET).stream()
                .sorted(Comparator.comparing(Place::getName, Collator.getInstance(getLocale())))
                .toList();
        hamlet.setId("import-hamlet");
        hamlet.setLabel(getTranslation("import.default-hamlet"));
        hamlet.setHelperText(getTranslation("import.default-hamlet.help"));
        hamlet.setItems(myHamlets);
        hamlet.setItemLabelGenerator(p -> p == null ? "" : p.getName());
        hamlet.setEmptySelectionAllowed(true);
        hamlet.setEmptySelectionCaption(getTranslation("import.default-hamlet.none"));
        hamlet.setWidthFull();
        if (myHamlets.size() == 1) {
            hamlet.setValue(myHamlets.getFirst());
        }
        hamlet.addValueChangeListener(e -> {
            preview = null;
            result.removeAll();
        });

        Upload upload = new Upload();
        String tooLarge = getTranslation("sheet.error.too-large", Spreadsheets.MAX_FILE_BYTES / (1024 * 1024));
        upload.setUploadHandler(new LimitedUpload(
                Spreadsheets.MAX_FILE_BYTES,
                tooLarge,
                (metadata, data) -> {
                    upload.clearFileList(); // ready for the corrected file; the summary names this one
                    show(metadata.fileName(), data);
                },
                () -> {
                    upload.clearFileList();
                    preview = null;
                    error(tooLarge);
                }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Spreadsheets.MAX_FILE_BYTES); // the browser's check; LimitedUpload is the server's
        upload.setAcceptedFileTypes(".csv", ".xlsx", Downloads.XLSX, "text/csv");
        Uploads.spreadsheet(upload);
        upload.addFileRejectedListener(e -> error(getTranslation("import.file-rejected", e.getFileName())));

        template = new ImportTemplate(
                this, () -> hamlet.getValue() == null ? "" : hamlet.getValue().getName());

        result.setId("import-result");
        add(
                new H1(getTranslation("import.title")),
                new Paragraph(getTranslation("import.intro")),
                template.columnsHelp(),
                template.download(),
                hamlet,
                upload,
                result);
    }

    private void show(String fileName, byte[] data) {
        preview = null;
        result.removeAll();
        try {
            Long defaultHamlet =
                    hamlet.getValue() == null ? null : hamlet.getValue().getId();
            Preview read = importer.read(fileName, data, defaultHamlet);
            preview = read;
            render(read);
        } catch (SpreadsheetException e) {
            error(
                    e.reason() == SpreadsheetException.Reason.NOT_A_LIST
                            ? getTranslation("import.not-a-list", template.requiredColumns())
                            : getTranslation(e.reason().translationKey(), e.args()));
        }
    }

    private void render(Preview read) {
        result.removeAll();
        Paragraph summary = new Paragraph(getTranslation(
                "import.summary",
                read.fileName(),
                read.rows(),
                read.households().size(),
                read.people()));
        summary.setId("import-summary");
        result.add(new H2(getTranslation("import.preview")), summary);
        if (read.importable()) {
            result.add(new ImportPeoplePreview(read));
            Button confirm = new Button(
                    getTranslation("import.confirm", read.households().size(), read.people()), e -> commit());
            confirm.setId("import-confirm");
            confirm.setDisableOnClick(true);
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            confirm.addClassName("kns-wide-button");
            result.add(confirm);
        } else {
            showProblems(read, read.problems());
        }
    }

    private void showProblems(Preview read, List<Problem> problems) {
        result.add(new ImportProblems(
                problems.stream()
                        .map(p -> new ImportProblems.Line(
                                p.row(),
                                columnName(read, p.column()),
                                reason(p),
                                read.rejectedRows().getOrDefault(p.row(), List.of())))
                        .toList(),
                "dong-bi-tu-choi"));
    }

    private void commit() {
        Preview read = preview;
        if (read == null) {
            return;
        }
        try {
            int households = importer.commit(read);
            preview = null;
            result.removeAll();
            Paragraph done = new Paragraph(getTranslation("import.done", households, read.people()));
            done.setId("import-done");
            done.addClassName("kns-success");
            result.add(done);
            Notification.show(getTranslation("import.done", households, read.people()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ImportRefused e) {
            preview = null;
            result.removeAll();
            showProblems(read, e.problems());
        }
    }

    private String columnName(Preview read, @Nullable Column column) {
        if (column == null) {
            return "";
        }
        String header = read.headers().get(column);
        return header != null ? header : getTranslation(column.translationKey());
    }

    String reason(Problem problem) {
        return getTranslation(
                "import.problem." + problem.reason(), problem.args().toArray());
    }

    private void error(String message) {
        result.removeAll();
        Paragraph text = new Paragraph(message);
        text.setId("import-error");
        text.addClassName("kns-error");
        result.add(text); // shown once, where the preview would be: no pop-up over it
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
