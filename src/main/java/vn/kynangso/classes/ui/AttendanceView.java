package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.classes.ClassService;
import vn.kynangso.classes.ClassSession;
import vn.kynangso.classes.ClassSessions;
import vn.kynangso.classes.ClassSessions.Attendance;
import vn.kynangso.classes.SchoolClass;
import vn.kynangso.security.Roles;

/**
 * Attendance at the class's latest session: every student as a big tile, present by default when
 * they touched any learning during the session; the teacher taps a tile to change it, and each tap
 * is saved at once (there is no save button to forget). Admins of the area read it.
 */
@Route("classes/:class/attendance")
@RolesAllowed({Roles.TEACHER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
class AttendanceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassService classes;
    private final ClassSessions sessions;
    private final Clock clock;
    private final Map<Long, Boolean> present = new HashMap<>();
    private final Paragraph count = new Paragraph();

    AttendanceView(ClassService classes, ClassSessions sessions, Clock clock) {
        this.classes = classes;
        this.sessions = sessions;
        this.clock = clock;
        addClassName("kns-page");
        count.setId("attendance-count");
    }

    static String path(long classId) {
        return "classes/" + classId + "/attendance";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SchoolClass> found =
                event.getRouteParameters().getLong("class").flatMap(this::find);
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
        present.clear();
        add(new Anchor("classes/" + c.id(), getTranslation("classes.board.back", c.name())));
        add(new H1(getTranslation("classes.attendance.title")));
        Optional<ClassSession> session = sessions.latest(c.id());
        if (session.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("classes.attendance.no-session"));
            none.setId("attendance-none");
            add(none);
            return;
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(getTranslation("format.date-time"), getLocale())
                .withZone(clock.getZone());
        Paragraph when = new Paragraph(getTranslation(
                session.get().running() ? "classes.attendance.running" : "classes.attendance.ended",
                format.format(session.get().startedAt())));
        when.setId("attendance-session");
        boolean mayChange = classes.mayChange(c);
        Paragraph hint = new Paragraph(getTranslation(mayChange ? "classes.attendance.hint" : "classes.read-only"));
        hint.addClassName("kns-muted");
        add(when, count, hint);
        List<Attendance> students = sessions.attendance(c.id());
        Div tiles = new Div();
        tiles.setId("attendance-tiles");
        tiles.addClassName("kns-attendance-tiles");
        for (Attendance a : students) {
            present.put(a.personId(), a.present());
            Button tile = new Button();
            tile.setId("attendance-" + a.personId());
            tile.addClassName("kns-attendance-tile");
            tile.setEnabled(mayChange);
            paint(tile, a.name(), a.present());
            tile.addClickListener(e -> {
                boolean now = !present.get(a.personId());
                sessions.mark(c.id(), a.personId(), now);
                present.put(a.personId(), now);
                paint(tile, a.name(), now);
                counted();
            });
            tiles.add(tile);
        }
        add(tiles);
        counted();
    }

    private void paint(Button tile, String name, boolean here) {
        tile.setText(getTranslation(here ? "classes.attendance.present" : "classes.attendance.absent", name));
        tile.getElement().setAttribute("aria-pressed", String.valueOf(here));
        tile.removeThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
        if (here) {
            tile.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        } else {
            tile.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        }
    }

    private void counted() {
        long here = present.values().stream().filter(b -> b).count();
        count.setText(getTranslation("classes.attendance.count", here, present.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classes.attendance.title") + " · " + getTranslation("app.name");
    }
}
