package vn.kynangso.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.people.HouseholdImport.Column;

/**
 * What a household list must look like: each column explained, and a template file to download
 * with the columns as the importer reads them and three example rows in the chosen hamlet.
 */
final class ImportTemplate {

    private final Component owner;
    private final Supplier<String> hamletName;

    /**
     * @param owner the screen it is shown on (its language)
     * @param hamletName the hamlet chosen on the screen, written into the example rows ("" if none)
     */
    ImportTemplate(Component owner, Supplier<String> hamletName) {
        this.owner = owner;
        this.hamletName = hamletName;
    }

    private String getTranslation(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    /** The template file as a download link. */
    Anchor download() {
        Anchor template = new Anchor(
                Downloads.of(
                        "mau-nhap-ho.xlsx",
                        Downloads.XLSX,
                        () -> Spreadsheets.xlsx(
                                getTranslation("import.template.sheet"), templateHeader(), templateRows())),
                getTranslation("import.template"));
        template.setId("import-template");
        template.getElement().setAttribute("download", true);
        return template;
    }

    /** Each column, required ones starred, with what goes in it; folded away until asked for. */
    NativeDetails columnsHelp() {
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
        String hamletName = this.hamletName.get();
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

    /** The names of the columns a household list must have, as the template writes them. */
    String requiredColumns() {
        return String.join(
                ", ",
                Arrays.stream(Column.values())
                        .filter(Column::required)
                        .map(c -> getTranslation(c.translationKey()))
                        .toList());
    }
}
