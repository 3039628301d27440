package vn.kynangso.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.StudentMatch;

/**
 * On a household's page: a child a teacher already enrolled in a class of the commune is added as a
 * member (found by name and birth year), not registered a second time, so their skills count for
 * the household.
 */
final class AddStudentSection extends Section {

    AddStudentSection(HouseholdService households, long householdId, Runnable added) {
        setId("household-add-student");
        addClassName("kns-card");
        TextField name = new TextField(getTranslation("household.student.name"));
        name.setId("household-student-name");
        name.setWidthFull();
        // a text field with the number keypad: the page needs no other component than it already has
        TextField year = new TextField(getTranslation("household.student.year"));
        year.setId("household-student-year");
        year.setAllowedCharPattern("[0-9]");
        year.setMaxLength(4);
        year.getElement().setAttribute("inputmode", "numeric");
        Div results = new Div();
        results.setId("household-student-results");
        Button search = new Button(getTranslation("household.student.search"), e -> {
            results.removeAll();
            Integer birthYear = year.getValue().matches("\\d{4}") ? Integer.valueOf(year.getValue()) : null;
            List<StudentMatch> found = households.studentsLike(householdId, name.getValue(), birthYear);
            if (found.isEmpty()) {
                Paragraph none = new Paragraph(
                        getTranslation(birthYear == null ? "household.student.need-year" : "household.student.none"));
                none.setId("household-student-none");
                none.addClassName("kns-muted");
                results.add(none);
            }
            for (StudentMatch match : found) {
                Span who = new Span(match.name() + (match.birthYear() == null ? "" : " (" + match.birthYear() + ")"));
                who.addClassName("kns-course-title");
                Span where = new Span(match.schoolClass());
                where.addClassName("kns-muted");
                Button add = new Button(getTranslation("household.student.add"), click -> {
                    households.addStudent(householdId, match.personId());
                    Notification.show(getTranslation("household.student.added", match.name()));
                    added.run();
                });
                add.setId("household-add-student-" + match.personId());
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Div row = new Div(who, where, add);
                row.addClassName("kns-course-row");
                results.add(row);
            }
        });
        search.setId("household-student-search");
        add(
                new H2(getTranslation("household.student.title")),
                new Paragraph(getTranslation("household.student.intro")),
                name,
                year,
                search,
                results);
    }
}
