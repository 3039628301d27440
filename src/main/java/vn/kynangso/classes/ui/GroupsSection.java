package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.kynangso.classes.ClassException;
import vn.kynangso.classes.ClassGroups;
import vn.kynangso.classes.ClassGroups.Group;
import vn.kynangso.classes.ClassJoining;
import vn.kynangso.classes.ClassJoining.ClassStudent;

/**
 * Groups inside a class, optional: the teacher names them and picks each student's group (at most
 * one); each pick is saved at once. Admins of the area read them.
 */
final class GroupsSection extends Div {

    /** The group picker's value for "no group". */
    private static final Group NONE = new Group(0, "");

    private final ClassGroups groups;
    private final ClassJoining joining;
    private final long classId;
    private final boolean mayChange;
    private final Runnable changed;

    GroupsSection(ClassGroups groups, ClassJoining joining, long classId, boolean mayChange, Runnable changed) {
        this.groups = groups;
        this.joining = joining;
        this.classId = classId;
        this.mayChange = mayChange;
        this.changed = changed;
        setId("class-groups");
        addClassName("kns-card");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("classes.groups.title")));
        List<Group> all = groups.groups(classId);
        List<ClassStudent> students = joining.students(classId);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("classes.groups.none")));
        } else {
            Map<Long, Group> byId = all.stream().collect(Collectors.toMap(Group::id, Function.identity()));
            for (Group g : all) {
                long members = students.stream()
                        .filter(s -> Long.valueOf(g.id()).equals(s.groupId()))
                        .count();
                Paragraph line = new Paragraph(getTranslation("classes.groups.line", g.name(), members));
                line.setId("class-group-" + g.id());
                Div row = new Div(line);
                row.addClassName("kns-course-row");
                if (mayChange) {
                    Button remove = new Button(getTranslation("classes.groups.remove"), e -> {
                        groups.remove(classId, g.id());
                        changed.run();
                    });
                    remove.setId("class-group-remove-" + g.id());
                    row.add(remove);
                }
                add(row);
            }
            if (mayChange) {
                students.forEach(s -> add(picker(s, all, byId)));
            }
        }
        if (mayChange) {
            TextField name = new TextField(getTranslation("classes.groups.name"));
            name.setId("class-group-name");
            name.setMaxLength(ClassGroups.MAX_NAME);
            name.setPlaceholder(getTranslation("classes.groups.name.example", all.size() + 1));
            name.setWidthFull();
            Button create = new Button(getTranslation("classes.groups.create"), e -> {
                String typed = name.getValue().isBlank()
                        ? getTranslation("classes.groups.name.example", all.size() + 1)
                        : name.getValue();
                try {
                    groups.create(classId, typed);
                    changed.run();
                } catch (ClassException ex) {
                    Notification.show(getTranslation(ex.reason().translationKey()))
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            create.setId("class-group-create");
            create.addThemeVariants(ButtonVariant.LUMO_LARGE);
            create.addClassName("kns-wide-button");
            add(name, create);
        }
    }

    private Select<Group> picker(ClassStudent student, List<Group> all, Map<Long, Group> byId) {
        List<Group> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(all);
        Select<Group> picker = new Select<>();
        picker.setId("class-student-group-" + student.personId());
        picker.setLabel(student.name());
        picker.setItems(choices);
        picker.setItemLabelGenerator(
                g -> g == null || g.id() == 0 ? getTranslation("classes.groups.no-group") : g.name());
        picker.setValue(Optional.ofNullable(student.groupId()).map(byId::get).orElse(NONE));
        picker.setWidthFull();
        picker.addValueChangeListener(e -> {
            Group g = e.getValue();
            groups.place(classId, student.personId(), g == null || g.id() == 0 ? null : g.id());
            Notification.show(getTranslation("classes.groups.placed", student.name()));
            changed.run();
        });
        return picker;
    }
}
