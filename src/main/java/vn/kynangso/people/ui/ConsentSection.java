package vn.kynangso.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.kynangso.people.Consent;
import vn.kynangso.people.ConsentService;
import vn.kynangso.people.HouseholdException;

/**
 * A household's consents on its page: what it agreed to, who agreed, when and who recorded it; each
 * current one can be withdrawn, and a new one recorded after reading the notice together.
 */
class ConsentSection extends Div {

    private final ConsentService consents;
    private final long householdId;
    private final Runnable changed;

    ConsentSection(ConsentService consents, List<Consent> current, long householdId, Clock clock, Runnable changed) {
        this.consents = consents;
        this.householdId = householdId;
        this.changed = changed;
        setId("household-consents");
        addClassName("kns-consents");
        DateTimeFormatter when = DateTimeFormatter.ofPattern(getTranslation("format.date-time"), getLocale())
                .withZone(clock.getZone());
        if (current.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("consent.none"));
            none.setId("consent-none");
            none.addClassName("kns-muted");
            add(none);
        }
        for (Consent consent : current) {
            Span what = new Span(getTranslation(consent.purpose().translationKey()));
            what.addClassName("kns-course-title");
            Paragraph given =
                    new Paragraph(getTranslation("consent.given", consent.givenBy(), when.format(consent.givenAt())));
            Paragraph recorded = new Paragraph(getTranslation(
                    "consent.recorded",
                    consent.recordedBy(),
                    getTranslation("consent.method." + consent.method().name())));
            recorded.addClassName("kns-muted");
            Div row = new Div(what, given, recorded);
            row.addClassName("kns-course-row");
            row.setId("consent-" + consent.id());
            if (consent.isActive()) {
                Button withdraw = new Button(getTranslation("consent.withdraw"), e -> withdraw(consent));
                withdraw.setId("consent-withdraw-" + consent.id());
                withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                row.add(withdraw);
            } else if (consent.withdrawnAt() != null) {
                Paragraph withdrawn = new Paragraph(
                        getTranslation("consent.withdrawn", when.format(consent.withdrawnAt()), consent.withdrawnBy()));
                withdrawn.addClassName("kns-error");
                row.add(withdrawn);
            }
            add(row);
        }
        Button record = new Button(getTranslation("consent.record"), VaadinIcon.PENCIL.create(), e -> openForm());
        record.setId("consent-record");
        add(record);
    }

    private void withdraw(Consent consent) {
        consents.withdraw(householdId, consent.purpose());
        Notification.show(getTranslation("consent.withdrawn-done"));
        changed.run();
    }

    private void openForm() {
        Dialog dialog = new Dialog();
        dialog.setId("consent-dialog");
        ConsentForm form = new ConsentForm();
        Button save = new Button(getTranslation("consent.save"), e -> {
            if (form.purposes().isEmpty()) {
                form.learning.setErrorMessage(getTranslation("consent.error.nothing"));
                form.learning.setInvalid(true);
                return;
            }
            try {
                consents.record(householdId, form.value());
            } catch (HouseholdException ex) {
                form.givenBy.setErrorMessage(getTranslation(ex.reason().translationKey()));
                form.givenBy.setInvalid(true);
                return;
            }
            dialog.close();
            Notification.show(getTranslation("consent.saved"));
            changed.run();
        });
        save.setId("consent-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("consent.cancel"), e -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
