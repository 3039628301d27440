package vn.kynangso.officials.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The years of a training screen, one tap each (big buttons, the chosen one filled): on 1 January
 * the new year opens, and the year just ended stays beside it.
 */
final class YearTabs extends Div {

    YearTabs(String id, List<Integer> years, int selected, IntConsumer onSelect) {
        setId(id);
        addClassName("kns-year-tabs");
        getElement().setAttribute("role", "group");
        for (int year : years) {
            Button button = new Button(String.valueOf(year), e -> {
                select(year);
                onSelect.accept(year);
            });
            button.setId(id + "-" + year);
            add(button);
        }
        select(selected);
    }

    private void select(int selected) {
        getChildren().map(Button.class::cast).forEach(button -> {
            boolean chosen = button.getId().orElse("").endsWith("-" + selected);
            if (chosen) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        });
    }
}
