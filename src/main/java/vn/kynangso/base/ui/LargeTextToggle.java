package vn.kynangso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Switches large text on and off; pressed state is announced to screen readers. */
public class LargeTextToggle extends Button {

    public LargeTextToggle(UiPreferences preferences) {
        setId("large-text-toggle");
        setIcon(VaadinIcon.TEXT_HEIGHT.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAttachListener(e -> refresh(e.getUI()));
        addClickListener(e -> {
            UI ui = UI.getCurrent();
            preferences.changeLargeText(ui, !UiPreferences.isLargeText(ui));
            refresh(ui);
        });
    }

    private void refresh(UI ui) {
        boolean on = UiPreferences.isLargeText(ui);
        setText(getTranslation(on ? "shell.large-text.off" : "shell.large-text.on"));
        getElement().setAttribute("aria-pressed", String.valueOf(on));
    }
}
