package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Optional;
import vn.kynangso.classes.ClassSession;
import vn.kynangso.classes.ClassSessions;
import vn.kynangso.classes.SchoolClass;

/**
 * The class's session on its page: the teacher starts one (and is taken to the live board) or ends
 * the running one; the board and the latest session's attendance are a tap away. Admins of the
 * area see the board and attendance, read-only.
 */
final class SessionSection extends Div {

    private final ClassSessions sessions;
    private final SchoolClass schoolClass;
    private final boolean mayChange;

    SessionSection(ClassSessions sessions, SchoolClass schoolClass, boolean mayChange) {
        this.sessions = sessions;
        this.schoolClass = schoolClass;
        this.mayChange = mayChange;
        setId("class-session");
        addClassName("kns-card");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("classes.session.title")));
        Optional<ClassSession> running = sessions.current(schoolClass.id());
        Paragraph state =
                new Paragraph(getTranslation(running.isPresent() ? "classes.session.running" : "classes.session.none"));
        state.setId("class-session-state");
        add(state);
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("kns-button-row");
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        if (mayChange && running.isEmpty()) {
            Button start = new Button(getTranslation("classes.session.start"), e -> {
                sessions.start(schoolClass.id());
                getUI().ifPresent(ui -> ui.navigate(ClassBoardView.path(schoolClass.id())));
            });
            start.setId("class-session-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            buttons.add(start);
        }
        Button board = new Button(
                getTranslation("classes.session.board"),
                e -> getUI().ifPresent(ui -> ui.navigate(ClassBoardView.path(schoolClass.id()))));
        board.setId("class-session-board");
        board.addThemeVariants(ButtonVariant.LUMO_LARGE);
        if (running.isPresent()) {
            board.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        buttons.add(board);
        Button attendance = new Button(
                getTranslation("classes.session.attendance"),
                e -> getUI().ifPresent(ui -> ui.navigate(AttendanceView.path(schoolClass.id()))));
        attendance.setId("class-session-attendance");
        attendance.addThemeVariants(ButtonVariant.LUMO_LARGE);
        buttons.add(attendance);
        if (mayChange && running.isPresent()) {
            Button end = new Button(getTranslation("classes.session.end"), e -> {
                sessions.end(schoolClass.id());
                show();
            });
            end.setId("class-session-end");
            end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
            buttons.add(end);
        }
        add(buttons);
    }
}
