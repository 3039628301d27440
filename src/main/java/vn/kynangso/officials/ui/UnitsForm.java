package vn.kynangso.officials.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.kynangso.officials.OfficialUnits;
import vn.kynangso.officials.OfficialYear;
import vn.kynangso.officials.Unit;

/** A commune's units (the People's Committee, its offices, public service units) and who is in which. */
final class UnitsForm extends Div {

    UnitsForm(
            OfficialUnits officials, long communeId, List<Unit> units, List<OfficialYear> everyone, Runnable changed) {
        add(new H2(getTranslation("evaluation.units")));
        add(new Paragraph(
                units.isEmpty()
                        ? getTranslation("evaluation.units.none")
                        : String.join(" · ", units.stream().map(Unit::name).toList())));
        TextField name = new TextField(getTranslation("evaluation.unit.name"));
        name.setId("evaluation-unit-name");
        Button add = new Button(getTranslation("evaluation.unit.add"), e -> {
            if (!name.getValue().isBlank()) {
                officials.createUnit(communeId, name.getValue());
                changed.run();
            }
        });
        add.setId("evaluation-unit-add");
        Div form = new Div(name, add);
        form.addClassName("kns-links");
        add(form);
        if (units.isEmpty()) {
            return;
        }
        Select<OfficialYear> who = new Select<>();
        who.setId("evaluation-member");
        who.setLabel(getTranslation("evaluation.member"));
        who.setItems(everyone);
        who.setItemLabelGenerator(o -> o == null ? "" : o.name());
        Select<Unit> unit = new Select<>();
        unit.setId("evaluation-member-unit");
        unit.setLabel(getTranslation("evaluation.col.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u == null ? "" : u.name());
        Button set = new Button(getTranslation("evaluation.member.set"), e -> {
            if (who.getValue() != null && unit.getValue() != null) {
                officials.setUnit(who.getValue().personId(), unit.getValue().id());
                changed.run();
            }
        });
        set.setId("evaluation-member-set");
        Div membership = new Div(who, unit, set);
        membership.addClassName("kns-links");
        add(membership);
    }
}
