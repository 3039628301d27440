package vn.kynangso.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.EnumSet;
import java.util.Set;
import vn.kynangso.people.ConsentPurpose;
import vn.kynangso.people.ConsentService.NewConsent;
import vn.kynangso.people.HouseholdService.NewMember;

/**
 * What a household agrees to, recorded at the door: the notice to read (or hand over to read), who
 * agreed, and each purpose ticked on its own.
 */
class ConsentForm extends Div {

    final TextField givenBy = new TextField();
    final Checkbox learning = new Checkbox();
    final Checkbox disability = new Checkbox();
    private final Binder<NewConsent> limits = new Binder<>();

    ConsentForm() {
        setId("consent-form");
        addClassNames("kns-card", "kns-consent");
        Paragraph summary = new Paragraph(getTranslation("consent.summary"));
        Button notice = new Button(
                getTranslation("consent.read-notice"),
                VaadinIcon.FILE_TEXT_O.create(),
                e -> new ConsentNoticeDialog().open());
        notice.setId("consent-read-notice");
        givenBy.setId("consent-given-by");
        givenBy.setLabel(getTranslation("consent.given-by"));
        givenBy.setHelperText(getTranslation("consent.given-by.help"));
        limits.forField(givenBy)
                .withValidator(new FieldLimit(NewConsent.class, "givenBy"))
                .bind(NewConsent::givenBy, (consent, value) -> {});
        givenBy.setMaxLength(NewMember.MAX_NAME_LENGTH);
        givenBy.setWidthFull();
        learning.setId("consent-learning");
        learning.setLabel(getTranslation(ConsentPurpose.LEARNING.translationKey()));
        disability.setId("consent-disability");
        disability.setLabel(getTranslation(ConsentPurpose.DISABILITY.translationKey()));
        add(new H2(getTranslation("consent.title")), summary, notice, givenBy, learning, disability);
    }

    /**
     * Health data is not kept without the household's consent: the disability box opens only once
     * that consent is ticked, says so, and is cleared when it is unticked.
     */
    void gate(Checkbox disabilityFlag) {
        disabilityFlag.setHelperText(getTranslation("household.disability.needs-consent"));
        disabilityFlag.setEnabled(disability.getValue());
        disability.addValueChangeListener(e -> {
            disabilityFlag.setEnabled(e.getValue());
            if (!e.getValue()) {
                disabilityFlag.clear();
            }
        });
    }

    /** The head usually answers for the household: offered as who agreed, until someone else is typed. */
    void follow(TextField headName) {
        headName.addValueChangeListener(e -> {
            if (givenBy.isEmpty() || givenBy.getValue().equals(e.getOldValue())) {
                givenBy.setValue(e.getValue());
            }
        });
    }

    /** The purposes ticked. */
    Set<ConsentPurpose> purposes() {
        Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
        if (learning.getValue()) {
            purposes.add(ConsentPurpose.LEARNING);
        }
        if (disability.getValue()) {
            purposes.add(ConsentPurpose.DISABILITY);
        }
        return purposes;
    }

    /** Checks who agreed against {@link NewConsent}'s limits, marking the field when it breaks one. */
    boolean isValid() {
        return limits.validate().isOk();
    }

    NewConsent value() {
        return new NewConsent(givenBy.getValue().strip(), purposes());
    }
}
