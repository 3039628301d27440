package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import vn.kynangso.authoring.AuthoringException;
import vn.kynangso.authoring.Draft;
import vn.kynangso.authoring.EditConflict;

/**
 * One text of a draft that saves itself a moment after the trainer stops typing. When someone else
 * saved it meanwhile, nothing is overwritten: their text is shown under the field with a choice to
 * take theirs or keep this one (saved over theirs, knowingly). Text another trainer saved while
 * this one was untouched simply appears.
 */
class AutosaveText extends Div {

    /** Saves {@code value} over {@code base}; returns the draft as stored. */
    interface Saver {
        Draft save(String base, String value);
    }

    private final AbstractField<?, String> field;
    private final Saver saver;
    private final Div conflict = new Div();
    private final Div problems = new Div();
    private final Consumer<Draft> saved;
    private final BiFunction<Long, Instant, String> whoWhen;
    private String base;
    private boolean quiet;

    AutosaveText(
            AbstractField<?, String> field,
            String value,
            Saver saver,
            Consumer<Draft> saved,
            BiFunction<Long, Instant, String> whoWhen) {
        this.field = field;
        this.saver = saver;
        this.saved = saved;
        this.whoWhen = whoWhen;
        this.base = value;
        addClassName("kns-autosave");
        field.setValue(value);
        if (field instanceof HasValueChangeMode mode) {
            mode.setValueChangeMode(ValueChangeMode.TIMEOUT);
            mode.setValueChangeTimeout(1200);
        }
        if (field instanceof TextField text) {
            text.setWidthFull();
        }
        if (field instanceof TextArea area) {
            area.setWidthFull();
        }
        field.addValueChangeListener(this::changed);
        conflict.addClassName("kns-conflict");
        conflict.setVisible(false);
        problems.addClassName("kns-field-problems");
        add(field, conflict, problems);
    }

    AbstractField<?, String> field() {
        return field;
    }

    /** Text someone else saved appears here unless the trainer is editing this field. */
    void refresh(String stored) {
        if (field.getValue().equals(base) && !stored.equals(base)) {
            quiet = true;
            field.setValue(stored);
            quiet = false;
            base = stored;
        }
    }

    Div problems() {
        return problems;
    }

    private void changed(HasValue.ValueChangeEvent<String> event) {
        if (!quiet) {
            save(field.getValue());
        }
    }

    private void save(String value) {
        try {
            Draft draft = saver.save(base, value);
            base = value;
            conflict.setVisible(false);
            saved.accept(draft);
        } catch (EditConflict e) {
            showConflict(e);
        } catch (AuthoringException e) {
            conflict.removeAll();
            conflict.add(new Paragraph(getTranslation(e.translationKey(), e.args())));
            conflict.setVisible(true);
        }
    }

    private void showConflict(EditConflict e) {
        conflict.removeAll();
        Paragraph who = new Paragraph(whoWhen.apply(e.byAccountId(), e.at()));
        who.addClassName("kns-error");
        Span theirs = new Span(e.theirs());
        theirs.addClassName("kns-conflict-theirs");
        Button takeTheirs = new Button(getTranslation("authoring.conflict.take-theirs"), click -> {
            base = e.theirs();
            quiet = true;
            field.setValue(e.theirs());
            quiet = false;
            conflict.setVisible(false);
        });
        takeTheirs.setId("conflict-take-theirs");
        Button keepMine = new Button(getTranslation("authoring.conflict.keep-mine"), click -> {
            base = e.theirs();
            save(field.getValue());
        });
        keepMine.setId("conflict-keep-mine");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(who, theirs, new Div(takeTheirs, keepMine));
        conflict.setVisible(true);
    }
}
