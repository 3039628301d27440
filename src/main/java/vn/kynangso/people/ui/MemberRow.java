package vn.kynangso.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import vn.kynangso.people.HouseholdService.NewMember;

/** One household member: name, birth year, phone (optional). The first row is the head. */
class MemberRow extends Div {

    final TextField name = new TextField();
    final IntegerField birthYear = new IntegerField();
    final TextField phone = new TextField();
    private final Binder<NewMember> limits = new Binder<>();

    MemberRow(int index) {
        addClassName("kns-member-row");
        name.setId("member-name-" + index);
        name.setLabel(getTranslation(index == 0 ? "household.head" : "household.member", index + 1));
        name.setRequired(true);
        name.setWidthFull();
        birthYear.setId("member-year-" + index);
        birthYear.setLabel(getTranslation("household.birth-year"));
        birthYear.getElement().setAttribute("inputmode", "numeric");
        phone.setId("member-phone-" + index);
        phone.setLabel(getTranslation("household.phone"));
        phone.getElement().setAttribute("inputmode", "tel");
        limits.forField(name)
                .withValidator(new FieldLimit(NewMember.class, "fullName"))
                .bind(NewMember::fullName, (member, value) -> {});
        limits.forField(phone)
                .withValidator(new FieldLimit(NewMember.class, "phone"))
                .bind(NewMember::phone, (member, value) -> {});
        Div line = new Div(birthYear, phone);
        line.addClassName("kns-member-line");
        add(name, line);
    }

    NewMember value() {
        String typedPhone = phone.getValue().strip();
        return new NewMember(name.getValue().strip(), birthYear.getValue(), typedPhone.isEmpty() ? null : typedPhone);
    }

    /** Checks the row against {@link NewMember}'s limits, marking each field that breaks one. */
    boolean isValid() {
        return limits.validate().isOk();
    }

    boolean isEmpty() {
        return name.isEmpty() && birthYear.isEmpty() && phone.isEmpty();
    }
}
