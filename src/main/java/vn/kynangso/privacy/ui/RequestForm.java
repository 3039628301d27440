package vn.kynangso.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import vn.kynangso.privacy.DataRequest.Kind;
import vn.kynangso.privacy.DataRequestException;
import vn.kynangso.privacy.DataRequestService;

/** Asking for a correction or a deletion: which, and why, in a few words. */
class RequestForm extends Div {

    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final TextField reason = new TextField();

    /** {@code send} files the request; a refusal it throws is shown on the form. */
    RequestForm(BiConsumer<Kind, String> send) {
        setId("request-form");
        addClassName("kns-request-form");
        kind.setId("request-kind");
        kind.setLabel(getTranslation("data-request.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("data-request.kind." + k.name() + ".ask"));
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.addClassName("kns-choices");
        reason.setId("request-reason");
        reason.setLabel(getTranslation("data-request.reason"));
        reason.setHelperText(getTranslation("data-request.reason.help"));
        reason.setMaxLength(DataRequestService.MAX_TEXT);
        reason.setWidthFull();
        Button file = new Button(getTranslation("data-request.send"), e -> {
            kind.setInvalid(kind.getValue() == null);
            if (kind.getValue() == null) {
                kind.setErrorMessage(getTranslation("data-request.error.no-kind"));
                return;
            }
            try {
                send.accept(kind.getValue(), reason.getValue());
                kind.clear();
                reason.clear();
            } catch (DataRequestException ex) {
                reason.setErrorMessage(getTranslation(ex.reason().translationKey()));
                reason.setInvalid(true);
            }
        });
        file.setId("request-send");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        file.addClassName("kns-wide-button");
        add(kind, reason, file);
    }
}
