package vn.kynangso.classes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.kynangso.classes.ClassDetails;
import vn.kynangso.classes.ClassService;
import vn.kynangso.classes.SchoolClass;
import vn.kynangso.places.Place;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;

/**
 * A teacher's classes (newest school year first, archived ones last) and the form to open one; an
 * admin sees the classes of their area, read only.
 */
@Route("classes")
@RolesAllowed({Roles.TEACHER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 18, title = "menu.classes", icon = "vaadin:group")
class ClassesView extends Main implements HasDynamicTitle {

    ClassesView(ClassService classes, CurrentUser currentUser, Clock clock) {
        addClassName("kns-page");
        boolean teacher = currentUser.require().hasRole(Roles.TEACHER);
        add(new H1(getTranslation("classes.title")));
        add(new Paragraph(getTranslation(teacher ? "classes.intro.teacher" : "classes.intro.admin")));
        Div list = new Div();
        list.setId("classes-list");
        List<SchoolClass> visible = classes.visible();
        if (visible.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("classes.none"));
            none.setId("classes-none");
            list.add(none);
        }
        visible.forEach(c -> list.add(card(c)));
        add(list);
        if (teacher) {
            List<Place> communes = classes.myCommunes();
            if (!communes.isEmpty()) {
                add(new ClassForm(
                        "class-new",
                        "classes.new",
                        "classes.create",
                        communes,
                        ClassDetails.schoolYearOf(LocalDate.now(clock)),
                        (commune, details) -> {
                            SchoolClass created = classes.create(commune.getId(), details);
                            Notification.show(getTranslation("classes.created", created.name()));
                            getUI().ifPresent(ui -> ui.navigate("classes/" + created.id()));
                        }));
            }
        }
    }

    private Section card(SchoolClass c) {
        Anchor open = new Anchor("classes/" + c.id(), c.name());
        open.setId("class-open-" + c.id());
        H2 title = new H2(open);
        Paragraph facts =
                new Paragraph(getTranslation("classes.row", c.school(), c.grade(), c.schoolYear(), c.communeName()));
        Section card = new Section(title, facts);
        if (c.archived()) {
            Span archived = new Span(getTranslation("classes.archived"));
            archived.addClassNames("kns-badge", "kns-badge-plain");
            card.add(archived);
        }
        card.setId("class-" + c.id());
        card.addClassName("kns-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.classes") + " · " + getTranslation("app.name");
    }
}
