package vn.kynangso.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.kynangso.people.HouseholdImport.ImportedHousehold;
import vn.kynangso.people.HouseholdImport.Member;
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

    /** People listed per hamlet in the preview; the rest are counted. */
    private static final int PEOPLE_SHOWN = 5;

    private final HouseholdImport importer;
    private final Select<Place> hamlet = new Select<>();
    private final Div result = new Div();
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

        Anchor template = new Anchor(
                Downloads.of(
                        "mau-nhap-ho.xlsx",
                        Downloads.XLSX,
                        () -> Spreadsheets.xlsx(
                                getTranslation("import.template.sheet"), templateHeader(), templateRows())),
                getTranslation("import.template"));
        template.setId("import-template");
        template.getElement().setAttribute("download", true);

        result.setId("import-result");
        add(
                new H1(getTranslation("import.title")),
                new Paragraph(getTranslation("import.intro")),
                columnsHelp(),
                template,
                hamlet,
                upload,
                result);
    }

    private NativeDetails columnsHelp() {
        Div help = new Div();
        help.addClassName("kns-muted");
        for (Column column : Column.values()) {
            help.add(new Paragraph(getTranslation(column.translationKey())
                    + (column.required() ? " *" : "")
                    + " — "
                    + getTranslation(column.translationKey() + ".help")));
        }
        NativeDetails details = new NativeDetails(getTranslation("import.columns"), help);
        details.setId("import-columns");
        return details;
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
                            ? getTranslation("import.not-a-list", requiredColumns())
                            : getTranslation(e.reason().translationKey(), e.args()));
        }
    }

    /** The names of the columns a household list must have, as the template writes them. */
    private String requiredColumns() {
        return String.join(
                ", ",
                Arrays.stream(Column.values())
                        .filter(Column::required)
                        .map(c -> getTranslation(c.translationKey()))
                        .toList());
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
            result.add(perHamlet(read));
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

    /**
     * Each hamlet's households and people, with the first people as they would be registered (name,
     * birth year), so that a column read wrongly shows before anything is imported.
     */
    private Div perHamlet(Preview read) {
        Map<String, List<ImportedHousehold>> perHamlet = new LinkedHashMap<>();
        for (ImportedHousehold household : read.households()) {
            perHamlet
                    .computeIfAbsent(household.hamletName(), k -> new ArrayList<>())
                    .add(household);
        }
        Div hamlets = new Div();
        hamlets.setId("import-people");
        perHamlet.forEach((name, households) -> {
            List<Member> members =
                    households.stream().flatMap(h -> h.members().stream()).toList();
            UnorderedList list = new UnorderedList();
            members.stream()
                    .limit(PEOPLE_SHOWN)
                    .forEach(m -> list.add(new ListItem(
                            m.birthYear() == null
                                    ? m.fullName()
                                    : getTranslation("import.preview.person", m.fullName(), m.birthYear()))));
            if (members.size() > PEOPLE_SHOWN) {
                list.add(new ListItem(getTranslation("import.preview.more", members.size() - PEOPLE_SHOWN)));
            }
            hamlets.add(
                    new Paragraph(getTranslation("import.per-hamlet", name, households.size(), members.size())), list);
        });
        return hamlets;
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

    private List<String> templateHeader() {
        return List.of(
                getTranslation("import.column.household"),
                getTranslation("import.column.hamlet"),
                getTranslation("import.column.address"),
                getTranslation("import.column.name"),
                getTranslation("import.column.birth-year"),
                getTranslation("import.column.phone"),
                getTranslation("import.column.head"),
                getTranslation("import.column.disability"),
                getTranslation("import.column.poverty"),
                getTranslation("import.column.consent"));
    }

    private List<List<Object>> templateRows() {
        String hamletName = hamlet.getValue() == null ? "" : hamlet.getValue().getName();
        return List.of(
                List.of(
                        "1",
                        hamletName,
                        getTranslation("import.template.address"),
                        getTranslation("import.template.name1"),
                        1958,
                        "0912345678",
                        "x",
                        "",
                        "",
                        "x"),
                List.of(
                        "1",
                        hamletName,
                        getTranslation("import.template.address"),
                        getTranslation("import.template.name2"),
                        1962,
                        "",
                        "",
                        "",
                        "",
                        ""),
                List.of(
                        "2",
                        hamletName,
                        getTranslation("import.template.address2"),
                        getTranslation("import.template.name3"),
                        1990,
                        "",
                        "x",
                        "",
                        getTranslation("household.poverty.NEAR_POOR"),
                        ""));
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
