package vn.kynangso.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.kynangso.learning.QuestionScreen.ShownChoice;

/**
 * A question's choices as plain web components (a {@code vaadin-radio-group} of
 * {@code vaadin-radio-button}s, or a {@code vaadin-checkbox-group} of {@code vaadin-checkbox}es),
 * with no component and no listener on the server for each choice. Ticking happens in the browser
 * only: the ticks travel with the answer's click ({@link QuestionForm#carryAnswerWith}). Vaadin's
 * field components would each report their {@code checked} on every tap, and again when they are
 * first drawn.
 */
public final class ChoiceGroup extends Component {

    private final List<ShownChoice> choices;
    private final boolean multiple;
    private final Set<ShownChoice> ticked = new LinkedHashSet<>();

    ChoiceGroup(List<ShownChoice> choices, boolean multiple, Locale locale) {
        super(new Element(multiple ? "vaadin-checkbox-group" : "vaadin-radio-group"));
        this.choices = List.copyOf(choices);
        this.multiple = multiple;
        getElement().setAttribute("theme", "vertical");
        getElement().getClassList().add("kns-choices");
        for (ShownChoice choice : choices) {
            Element item = new Element(multiple ? "vaadin-checkbox" : "vaadin-radio-button");
            item.setProperty("value", String.valueOf(choice.shownIndex()));
            item.setProperty("label", choice.text().in(locale));
            getElement().appendChild(item);
        }
    }

    /** The choices in the order shown. */
    public List<ShownChoice> choices() {
        return choices;
    }

    /** Whether more than one choice may be ticked. */
    public boolean multiple() {
        return multiple;
    }

    /** The choices ticked, as last sent by the browser (or set here). */
    public Set<ShownChoice> ticked() {
        return Set.copyOf(ticked);
    }

    /**
     * Ticks exactly these (shown) choices, as the browser reported them; more than one on a
     * one-answer question, or one not shown, changes nothing. Returns whether it was taken.
     */
    public boolean tick(Collection<ShownChoice> given) {
        if ((!multiple && given.size() > 1) || !choices.containsAll(given)) {
            return false;
        }
        ticked.clear();
        ticked.addAll(given);
        return true;
    }
}
