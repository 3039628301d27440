package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.classes.ClassCourses;
import vn.kynangso.classes.ClassEnrolment;
import vn.kynangso.classes.ClassGroups;
import vn.kynangso.classes.ClassJoining;
import vn.kynangso.classes.ClassJoining.ClassStudent;
import vn.kynangso.classes.ClassMode;
import vn.kynangso.classes.ClassPins;
import vn.kynangso.classes.ClassPoster;
import vn.kynangso.classes.ClassProgress;
import vn.kynangso.classes.ClassService;
import vn.kynangso.classes.ClassSessions;
import vn.kynangso.classes.SchoolClass;
import vn.kynangso.security.Roles;

/**
 * One class: for its teacher, the details to edit, archiving, the code with its QR poster, the
 * students who joined, the courses given with their due dates and how each student is doing on
 * them; for an admin of its area, the same to read. Anyone else finds no such page.
 */
@Route("classes/:class")
@RolesAllowed({Roles.TEACHER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
class ClassView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassService classes;
    private final ClassJoining joining;
    private final ClassCourses courses;
    private final ClassPoster poster;
    private final ClassProgress progress;
    private final ClassGroups groups;
    private final ClassMode classMode;
    private final ClassPins pins;
    private final ClassEnrolment enrolment;
    private final Clock clock;
    private final ClassSessions sessions;
    private String name = "";

    ClassView(
            ClassService classes,
            ClassJoining joining,
            ClassCourses courses,
            ClassPoster poster,
            ClassProgress progress,
            ClassGroups groups,
            ClassMode classMode,
            ClassPins pins,
            ClassEnrolment enrolment,
            Clock clock,
            ClassSessions sessions) {
        this.sessions = sessions;
        this.enrolment = enrolment;
        this.classMode = classMode;
        this.pins = pins;
        this.classes = classes;
        this.groups = groups;
        this.progress = progress;
        this.clock = clock;
        this.joining = joining;
        this.courses = courses;
        this.poster = poster;
        addClassName("kns-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("class");
        Optional<SchoolClass> found = id.flatMap(this::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private Optional<SchoolClass> find(long id) {
        try {
            return Optional.of(classes.find(id));
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    private void show(SchoolClass c) {
        removeAll();
        name = c.name();
        boolean mayChange = classes.mayChange(c);
        add(new Anchor("classes", getTranslation("classes.back")));
        H1 title = new H1(c.name());
        title.setId("class-name");
        Paragraph facts =
                new Paragraph(getTranslation("classes.row", c.school(), c.grade(), c.schoolYear(), c.communeName()));
        facts.setId("class-facts");
        add(title, facts);
        if (c.archived() || !mayChange) {
            Paragraph note =
                    new Paragraph(getTranslation(c.archived() ? "classes.archived-note" : "classes.read-only"));
            note.setId("class-note");
            note.addClassName("kns-muted");
            add(note);
        }
        if (!c.archived()) {
            add(new SessionSection(sessions, c, mayChange));
        }
        if (!c.archived()) {
            add(new JoinCodeSection(classes, poster, c, mayChange, () -> reload(c.id())));
        }
        add(students(joining.students(c.id()), c, mayChange));
        if (mayChange) {
            add(new EnrolSection(enrolment, c.id(), () -> reload(c.id())));
        }
        add(new GroupsSection(groups, joining, c.id(), mayChange && !c.archived(), () -> reload(c.id())));
        add(new CoursesSection(courses, groups, joining, c.id(), mayChange, LocalDate.now(clock)));
        add(new ProgressSection(progress, c.id()));
        Anchor report = new Anchor("classes/" + c.id() + "/report", getTranslation("classes.report.open"));
        report.setId("class-report-link");
        report.addClassName("kns-report-link");
        add(report);
        if (mayChange) {
            add(new ClassModeSection(classMode, pins, clock, c, () -> reload(c.id())));
        }
        if (mayChange) {
            ClassForm edit =
                    new ClassForm("class-edit", "classes.edit", "classes.save", List.of(), "", (x, details) -> {
                        classes.edit(c.id(), details);
                        Notification.show(getTranslation("classes.saved"));
                        reload(c.id());
                    });
            edit.fill(c);
            add(edit);
            Button archive = new Button(getTranslation("classes.archive"), e -> confirmArchive(c));
            archive.setId("class-archive");
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
            archive.addClassName("kns-wide-button");
            add(archive);
        }
    }

    private Section students(List<ClassStudent> students, SchoolClass c, boolean mayChange) {
        Section section = new Section(new H2(getTranslation("classes.students.title", students.size())));
        section.setId("class-students");
        section.addClassName("kns-card");
        if (mayChange && !students.isEmpty()) {
            // every student's card with a fresh one-time link: cards printed before stop working
            Anchor cards = new Anchor(
                    Downloads.of(
                            "the-dang-nhap-lop.pdf", Downloads.PDF, () -> enrolment.classCards(c.id(), getLocale())),
                    getTranslation("classes.cards.print"));
            cards.setId("class-cards");
            cards.getElement().setAttribute("download", true);
            cards.addClassName("kns-download");
            Paragraph note = new Paragraph(getTranslation("classes.cards.help"));
            note.addClassName("kns-muted");
            section.add(new Div(cards), note);
        }
        if (students.isEmpty()) {
            section.add(new Paragraph(getTranslation("classes.students.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("class-student-list");
        students.forEach(s -> {
            ListItem item = new ListItem(s.name());
            if (mayChange) {
                // a student who forgot the password: a new one, on a new card
                Button reset = new Button(
                        getTranslation("classes.student.reset"),
                        e -> new StudentPasswordDialog(enrolment, c.id(), s).open());
                reset.setId("student-reset-" + s.personId());
                reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(reset);
            }
            list.add(item);
        });
        section.add(list);
        return section;
    }

    private void confirmArchive(SchoolClass c) {
        Dialog dialog = new Dialog();
        dialog.setId("class-archive-dialog");
        dialog.add(new Paragraph(getTranslation("classes.archive.confirm", c.name())));
        Button yes = new Button(getTranslation("classes.archive.yes"), e -> {
            classes.archive(c.id());
            dialog.close();
            reload(c.id());
        });
        yes.setId("class-archive-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button no = new Button(getTranslation("classes.cancel"), e -> dialog.close());
        no.addThemeVariants(ButtonVariant.LUMO_LARGE);
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void reload(long id) {
        show(classes.find(id));
    }

    @Override
    public String getPageTitle() {
        return name + " · " + getTranslation("app.name");
    }
}
