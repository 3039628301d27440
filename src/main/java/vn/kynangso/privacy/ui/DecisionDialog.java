package vn.kynangso.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.kynangso.people.HouseholdException;
import vn.kynangso.people.PersonalDataService;
import vn.kynangso.people.PersonalDataService.Correction;
import vn.kynangso.people.PersonalDataService.Subject;
import vn.kynangso.privacy.DataRequest;
import vn.kynangso.privacy.DataRequestException;
import vn.kynangso.privacy.DataRequestService;

/** The commune admin's decision on one request: correct the data, delete (anonymise) the person, or refuse. */
class DecisionDialog extends Dialog {

    private final DataRequestService requests;
    private final DataRequest request;
    private final Runnable decided;
    private final TextField note = new TextField();
    private final Paragraph error = new Paragraph();

    private DecisionDialog(DataRequestService requests, DataRequest request, Runnable decided, String titleKey) {
        this.requests = requests;
        this.request = request;
        this.decided = decided;
        setId("decision-dialog");
        setHeaderTitle(getTranslation(titleKey, request.personName()));
        note.setId("decision-note");
        note.setMaxLength(DataRequestService.MAX_TEXT);
        note.setWidthFull();
        error.setId("decision-error");
        error.addClassName("kns-error");
        Paragraph reason = new Paragraph(getTranslation("data-request.asked", request.reason()));
        reason.addClassName("kns-muted");
        add(reason);
        Button cancel = new Button(getTranslation("data-request.cancel"), e -> close());
        getFooter().add(cancel);
    }

    /** Correct: the person's name, birth year, phone and household address, as they asked. */
    static DecisionDialog correct(DataRequestService requests, DataRequest request, Runnable decided) {
        DecisionDialog dialog = new DecisionDialog(requests, request, decided, "data-request.correct.title");
        Subject subject = requests.subject(request.personId());
        TextField name = new TextField(dialog.getTranslation("data-request.field.full-name"));
        name.setId("correct-name");
        name.setValue(subject.fullName());
        name.setWidthFull();
        IntegerField year = new IntegerField(dialog.getTranslation("data-request.field.birth-year"));
        year.setId("correct-birth-year");
        year.setValue(subject.birthYear());
        TextField phone = new TextField(dialog.getTranslation("data-request.field.phone"));
        phone.setId("correct-phone");
        phone.setValue(subject.phone() == null ? "" : subject.phone());
        TextField address = new TextField(dialog.getTranslation("data-request.field.address"));
        address.setId("correct-address");
        address.setValue(subject.address() == null ? "" : subject.address());
        address.setVisible(subject.householdId() != null);
        address.setWidthFull();
        dialog.note.setLabel(dialog.getTranslation("data-request.note.optional"));
        dialog.add(name, year, phone, address, dialog.note, dialog.error);
        dialog.action(
                "data-request.correct.confirm",
                ButtonVariant.LUMO_PRIMARY,
                () -> requests.correct(
                        request.id(),
                        new Correction(
                                name.getValue(),
                                year.getValue(),
                                phone.getValue(),
                                subject.householdId() == null ? null : address.getValue()),
                        dialog.note.getValue()));
        return dialog;
    }

    /** Delete: what anonymising means, said plainly, then one confirmation. */
    static DecisionDialog erase(DataRequestService requests, DataRequest request, Runnable decided) {
        DecisionDialog dialog = new DecisionDialog(requests, request, decided, "data-request.erase.title");
        Paragraph what =
                new Paragraph(dialog.getTranslation("data-request.erase.explain", PersonalDataService.ERASED_NAME));
        what.setId("erase-explain");
        dialog.note.setLabel(dialog.getTranslation("data-request.note.optional"));
        dialog.add(what, dialog.note, dialog.error);
        dialog.action(
                "data-request.erase.confirm",
                ButtonVariant.LUMO_ERROR,
                () -> requests.erase(request.id(), dialog.note.getValue()));
        return dialog;
    }

    /** Refuse: the reason the person will read. */
    static DecisionDialog refuse(DataRequestService requests, DataRequest request, Runnable decided) {
        DecisionDialog dialog = new DecisionDialog(requests, request, decided, "data-request.refuse.title");
        dialog.note.setLabel(dialog.getTranslation("data-request.refuse.why"));
        dialog.note.setRequired(true);
        dialog.add(dialog.note, dialog.error);
        dialog.action(
                "data-request.refuse.confirm",
                ButtonVariant.LUMO_PRIMARY,
                () -> requests.refuse(request.id(), dialog.note.getValue()));
        return dialog;
    }

    private void action(String labelKey, ButtonVariant variant, Runnable decide) {
        Button confirm = new Button(getTranslation(labelKey), e -> {
            try {
                decide.run();
            } catch (DataRequestException ex) {
                error.setText(getTranslation(ex.reason().translationKey()));
                return;
            } catch (HouseholdException ex) {
                error.setText(getTranslation(ex.reason().translationKey()));
                return;
            }
            close();
            Notification.show(getTranslation("data-request.decided"));
            decided.run();
        });
        confirm.setId("decision-confirm");
        confirm.addThemeVariants(variant);
        getFooter().add(confirm);
    }
}
