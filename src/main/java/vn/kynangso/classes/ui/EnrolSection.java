package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.SpreadsheetException;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.base.ui.ImportProblems;
import vn.kynangso.base.ui.LimitedUpload;
import vn.kynangso.base.ui.Uploads;
import vn.kynangso.classes.ClassEnrolment;
import vn.kynangso.classes.ClassEnrolment.EnrolmentRefused;
import vn.kynangso.classes.ClassEnrolment.Field;
import vn.kynangso.classes.ClassEnrolment.ListedStudent;
import vn.kynangso.classes.ClassEnrolment.Preview;
import vn.kynangso.classes.ClassEnrolment.Problem;
import vn.kynangso.people.HouseholdService.LoginCard;

/**
 * For the class's teacher: add a whole list of students at once, pasted (one a line) or from an
 * Excel/CSV file; a preview shows who would be added or each row's problem, and nothing is written
 * until the teacher confirms. Then the new students' login cards (with their passwords) to print.
 */
final class EnrolSection extends Div {

    private final ClassEnrolment enrolment;
    private final long classId;
    private final Runnable changed;
    private final Div result = new Div();
    private @Nullable Preview preview;

    EnrolSection(ClassEnrolment enrolment, long classId, Runnable changed) {
        this.enrolment = enrolment;
        this.classId = classId;
        this.changed = changed;
        TextArea pasted = new TextArea(getTranslation("classes.enrol.paste"));
        pasted.setId("enrol-paste");
        pasted.setHelperText(getTranslation("classes.enrol.paste.help"));
        pasted.setWidthFull();
        pasted.setMinRows(4);
        pasted.setMaxLength(40_000);
        Button check = new Button(
                getTranslation("classes.enrol.check"), e -> show(() -> enrolment.preview(classId, pasted.getValue())));
        check.setId("enrol-paste-check");
        check.addThemeVariants(ButtonVariant.LUMO_LARGE);

        Upload upload = new Upload();
        String tooLarge = getTranslation("sheet.error.too-large", Spreadsheets.MAX_FILE_BYTES / (1024 * 1024));
        upload.setUploadHandler(new LimitedUpload(
                Spreadsheets.MAX_FILE_BYTES,
                tooLarge,
                (metadata, data) -> {
                    upload.clearFileList();
                    show(() -> enrolment.preview(classId, metadata.fileName(), data));
                },
                () -> {
                    upload.clearFileList();
                    error(tooLarge);
                }));
        upload.setId("enrol-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Spreadsheets.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", Downloads.XLSX, "text/csv");
        Uploads.spreadsheet(upload);
        upload.addFileRejectedListener(e -> error(getTranslation("import.file-rejected", e.getFileName())));
        Anchor template = new Anchor(
                Downloads.of(
                        "mau-danh-sach-hoc-sinh.xlsx",
                        Downloads.XLSX,
                        () -> Spreadsheets.xlsx(
                                getTranslation("classes.enrol.template.sheet"),
                                List.of(
                                        getTranslation(Field.NAME.translationKey()),
                                        getTranslation(Field.BIRTH_YEAR.translationKey()),
                                        getTranslation(Field.PHONE.translationKey())),
                                List.of(
                                        List.of(getTranslation("classes.enrol.template.name1"), 2013, ""),
                                        List.of(getTranslation("classes.enrol.template.name2"), 2013, "0912345678")))),
                getTranslation("classes.enrol.template"));
        template.setId("enrol-template");
        template.getElement().setAttribute("download", true);
        template.addClassName("kns-download");
        result.setId("enrol-result");
        Section card = new Section(
                new H2(getTranslation("classes.enrol.title")),
                new Paragraph(getTranslation("classes.enrol.intro")),
                pasted,
                check,
                new H3(getTranslation("classes.enrol.file")),
                new Paragraph(getTranslation("classes.enrol.file.help")),
                new Div(template),
                upload);
        card.setId("class-enrol");
        card.addClassName("kns-card");
        // the preview below the card, as wide as the page: its table of problems needs the phone's width
        add(card, result);
    }

    private void show(Supplier<Preview> read) {
        preview = null;
        result.removeAll();
        try {
            Preview found = read.get();
            preview = found;
            render(found);
        } catch (SpreadsheetException e) {
            error(getTranslation(e.reason().translationKey(), e.args()));
        }
    }

    private void render(Preview found) {
        if (!found.enrollable()) {
            if (found.problems().isEmpty()) {
                error(getTranslation("classes.enrol.empty"));
            } else {
                showProblems(found, found.problems());
            }
            return;
        }
        Paragraph summary = new Paragraph(
                getTranslation("classes.enrol.summary", found.students().size()));
        summary.setId("enrol-summary");
        UnorderedList list = new UnorderedList();
        list.setId("enrol-students");
        for (ListedStudent student : found.students()) {
            list.add(new ListItem(describe(student)));
        }
        Button confirm = new Button(
                getTranslation("classes.enrol.confirm", found.students().size()), e -> commit());
        confirm.setId("enrol-confirm");
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.addClassName("kns-wide-button");
        result.add(summary, list, confirm);
    }

    private String describe(ListedStudent student) {
        StringBuilder text = new StringBuilder(student.fullName());
        if (student.birthYear() != null) {
            text.append(" · ").append(student.birthYear());
        }
        if (student.phone() != null) {
            text.append(" · ").append(student.phone());
        }
        return text.toString();
    }

    private void showProblems(Preview found, List<Problem> problems) {
        result.add(new ImportProblems(
                problems.stream()
                        .map(p -> new ImportProblems.Line(
                                p.row(),
                                columnName(found, p.field()),
                                getTranslation(p.reasonKey(), p.args().toArray()),
                                found.rejectedRows().getOrDefault(p.row(), List.of())))
                        .toList(),
                "danh-sach-hoc-sinh-loi"));
    }

    private String columnName(Preview found, @Nullable Field field) {
        if (field == null) {
            return "";
        }
        String header = found.source().isEmpty() ? null : found.headers().get(field);
        return header != null ? header : getTranslation(field.translationKey());
    }

    private void commit() {
        Preview found = preview;
        if (found == null) {
            return;
        }
        preview = null;
        result.removeAll();
        try {
            List<LoginCard> made = enrolment.enrol(found);
            Notification.show(getTranslation("classes.enrol.done", made.size()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            Locale locale = getLocale();
            changed.run();
            done(made, locale);
        } catch (EnrolmentRefused e) {
            showProblems(found, e.problems());
        }
    }

    /** The new students' cards, in a dialog that stays while the page behind shows the new list. */
    private void done(List<LoginCard> made, Locale locale) {
        Dialog dialog = new Dialog();
        dialog.setId("enrol-done");
        dialog.setHeaderTitle(getTranslation("classes.enrol.done", made.size()));
        Anchor cards = new Anchor(
                Downloads.of(
                        "the-dang-nhap-hoc-sinh-moi.pdf", Downloads.PDF, () -> enrolment.sheet(classId, made, locale)),
                getTranslation("classes.enrol.cards"));
        cards.setId("enrol-cards");
        cards.getElement().setAttribute("download", true);
        cards.addClassName("kns-download");
        Button close = new Button(getTranslation("card.close"), e -> dialog.close());
        close.setId("enrol-done-close");
        close.addThemeVariants(ButtonVariant.LUMO_LARGE);
        dialog.add(new Paragraph(getTranslation("classes.enrol.cards.help")), new Div(cards));
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void error(String message) {
        result.removeAll();
        Paragraph text = new Paragraph(message);
        text.setId("enrol-error");
        text.addClassName("kns-error");
        result.add(text);
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
