package vn.kynangso.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.kynangso.learning.QuestionScreen.ShownChoice;

/**
 * "Put the steps in order": each step with big up and down buttons (no dragging on small screens).
 *
 * <p>A tap costs no trip to the server: the browser builds the rows from the steps sent once on
 * attach, moves them itself, and hands the learner's order to the server with the answer's click
 * (see {@link #carryWith}). The server never renders the rows, so it never fights the browser over
 * them; it keeps its own copy of the order, which the browser's replaces when that is a reordering
 * of the shown steps, and which tests move directly.
 */
class OrderSteps extends Div {

    /** Read in the browser when the answer is clicked: the shown indices in the learner's order. */
    static final String ORDER_IN_BROWSER = "element.$knsOrder&&element.$knsOrder()";

    /**
     * Builds the rows in this element and moves them on taps. $0: the steps in the server's order,
     * as {@code {i: shown index, t: text}}; $1: per position, the up/down labels and what to announce
     * after a move. Texts go in with textContent only: they are course content.
     */
    private static final String ROWS = """
            const box = this, steps = $0, say = $1, n = steps.length;
            const svg = 'http://www.w3.org/2000/svg';
            const arrow = (down) => {
              const icon = document.createElementNS(svg, 'svg');
              icon.setAttribute('viewBox', '0 0 24 24');
              icon.setAttribute('width', '24');
              icon.setAttribute('height', '24');
              icon.setAttribute('aria-hidden', 'true');
              const path = document.createElementNS(svg, 'path');
              path.setAttribute('d', down ? 'M12 4v16M5 13l7 7 7-7' : 'M12 20V4M5 11l7-7 7 7');
              path.setAttribute('fill', 'none');
              path.setAttribute('stroke', 'currentColor');
              path.setAttribute('stroke-width', '2.5');
              path.setAttribute('stroke-linecap', 'round');
              path.setAttribute('stroke-linejoin', 'round');
              icon.append(path);
              return icon;
            };
            const button = (down, text) => {
              const b = document.createElement('button');
              b.type = 'button';
              b.dataset.move = down ? '1' : '-1';
              b.setAttribute('aria-describedby', text.id);
              b.style.cssText = 'display:flex;align-items:center;justify-content:center;'
                + 'min-width:var(--lumo-size-m);min-height:var(--lumo-size-m);padding:0;margin:0;border:none;'
                + 'border-radius:var(--lumo-border-radius-m);background:var(--lumo-contrast-5pct);'
                + 'font:inherit;cursor:pointer;touch-action:manipulation';
              b.append(arrow(down));
              return b;
            };
            const list = document.createElement('div');
            for (const step of steps) {
              const row = document.createElement('div');
              row.className = 'kns-order-row';
              row.dataset.shown = step.i;
              const number = document.createElement('span');
              number.className = 'kns-order-number';
              const text = document.createElement('span');
              text.className = 'kns-order-text';
              text.id = box.id + '-step-' + step.i;
              text.textContent = step.t;
              const controls = document.createElement('div');
              controls.append(button(false, text), button(true, text));
              row.append(number, text, controls);
              list.append(row);
            }
            const live = document.createElement('div');
            live.setAttribute('aria-live', 'polite');
            live.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;'
              + 'clip-path:inset(50%);white-space:nowrap';
            const refresh = () => [...list.children].forEach((row, k) => {
              row.querySelector('.kns-order-number').textContent = String(k + 1);
              const [up, down] = row.querySelectorAll('button');
              up.disabled = k === 0;
              down.disabled = k === n - 1;
              up.setAttribute('aria-label', say.up[k]);
              down.setAttribute('aria-label', say.down[k]);
              for (const b of [up, down]) {
                b.style.color = b.disabled ? 'var(--lumo-disabled-text-color)' : 'var(--lumo-contrast-80pct)';
                b.style.cursor = b.disabled ? 'default' : 'pointer';
              }
            });
            list.addEventListener('click', (event) => {
              const b = event.target.closest('button[data-move]');
              if (!b || b.disabled) return;
              const row = b.closest('.kns-order-row');
              const from = [...list.children].indexOf(row), to = from + Number(b.dataset.move);
              if (to < 0 || to >= n) return;
              const other = list.children[to];
              if (to < from) other.before(row); else other.after(row);
              refresh();
              // the same control keeps the focus so the learner can press again; at an end, its twin
              const [up, down] = row.querySelectorAll('button');
              (b.disabled ? (b === up ? down : up) : b).focus();
              live.textContent = '';
              setTimeout(() => { live.textContent = say.moved[to]; }, 50);
            });
            box.$knsOrder = () => [...list.children].map((row) => Number(row.dataset.shown));
            refresh();
            box.replaceChildren(list, live);
            """;

    private final List<ShownChoice> order;
    private final Locale locale;

    OrderSteps(List<ShownChoice> steps, Locale locale) {
        this.order = new ArrayList<>(steps);
        this.locale = locale;
        setId("quiz-order");
        addClassName("kns-order");
        addAttachListener(e -> sendRows());
    }

    /** The steps in the learner's current order. */
    List<ShownChoice> steps() {
        return List.copyOf(order);
    }

    /** The shown indices in the learner's current order. */
    List<Integer> value() {
        return order.stream().map(ShownChoice::shownIndex).toList();
    }

    /**
     * Makes clicks on {@code submit} bring the order the learner sees in the browser, taken in before
     * the click's own listeners run: call this before adding them.
     */
    void carryWith(Component submit) {
        submit.getElement()
                .addEventListener(
                        "click", e -> takeBrowserOrder(e.getEventData().get(ORDER_IN_BROWSER)))
                .addEventData(ORDER_IN_BROWSER);
        submit.getElement().executeJs("this.$knsOrder = () => $0.$knsOrder && $0.$knsOrder()", getElement());
    }

    /**
     * Takes the order the browser sent when it is a reordering of the shown steps; anything else (no
     * value, a tampered or broken one) leaves the server's order as it was.
     */
    void takeBrowserOrder(@Nullable JsonNode given) {
        if (given == null || !given.isArray() || given.size() != order.size()) {
            return;
        }
        Map<Integer, ShownChoice> left = new LinkedHashMap<>();
        order.forEach(step -> left.put(step.shownIndex(), step));
        List<ShownChoice> taken = new ArrayList<>();
        for (JsonNode index : given) {
            ShownChoice step =
                    index.isIntegralNumber() && index.canConvertToInt() ? left.remove(index.intValue()) : null;
            if (step == null) {
                return;
            }
            taken.add(step);
        }
        order.clear();
        order.addAll(taken);
    }

    /** Moves the step at {@code from} to {@code to}; used by tests, which cannot tap in a browser. */
    void move(int from, int to) {
        if (from < 0 || from >= order.size() || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        if (isAttached()) {
            sendRows(); // the browser shows what the server holds
        }
    }

    private void sendRows() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode steps = json.arrayNode();
        for (ShownChoice step : order) {
            steps.addObject().put("i", step.shownIndex()).put("t", step.text().in(locale));
        }
        ObjectNode say = json.objectNode();
        ArrayNode up = say.putArray("up");
        ArrayNode down = say.putArray("down");
        ArrayNode moved = say.putArray("moved");
        for (int place = 1; place <= order.size(); place++) {
            up.add(getTranslation(locale, "quiz.order.up", place));
            down.add(getTranslation(locale, "quiz.order.down", place));
            moved.add(getTranslation(locale, "quiz.order.moved", place, order.size()));
        }
        getElement().executeJs(ROWS, steps, say);
    }
}
