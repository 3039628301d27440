package vn.kynangso.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.kynangso.learning.QuestionScreen.ShownChoice;

/** "Put the steps in order": each step with big up and down buttons (no dragging on small screens). */
class OrderSteps extends Div {

    private final List<ShownChoice> order;
    private final Locale locale;

    OrderSteps(List<ShownChoice> steps, Locale locale) {
        this.order = new ArrayList<>(steps);
        this.locale = locale;
        setId("quiz-order");
        addClassName("kns-order");
        render();
    }

    /** The steps in the learner's current order. */
    List<ShownChoice> steps() {
        return List.copyOf(order);
    }

    /** The shown indices in the learner's current order. */
    List<Integer> value() {
        return order.stream().map(ShownChoice::shownIndex).toList();
    }

    private void render() {
        removeAll();
        for (int i = 0; i < order.size(); i++) {
            int at = i;
            Span number = new Span(String.valueOf(i + 1));
            number.addClassName("kns-order-number");
            Span text = new Span(order.get(i).text().in(locale));
            text.addClassName("kns-order-text");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(at, at - 1));
            up.setId("order-up-" + i);
            up.setAriaLabel(getTranslation("quiz.order.up", i + 1));
            up.setEnabled(i > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(at, at + 1));
            down.setId("order-down-" + i);
            down.setAriaLabel(getTranslation("quiz.order.down", i + 1));
            down.setEnabled(i < order.size() - 1);
            for (Button b : List.of(up, down)) {
                b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST);
            }
            Div row = new Div(number, text, new Div(up, down));
            row.addClassName("kns-order-row");
            add(row);
        }
    }

    /** Moves the step at {@code from} to {@code to}; used by the buttons and by tests. */
    void move(int from, int to) {
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        render();
    }
}
