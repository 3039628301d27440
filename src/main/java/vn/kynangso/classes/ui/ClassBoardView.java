package vn.kynangso.classes.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.classes.ClassBoard;
import vn.kynangso.classes.ClassBoard.Board;
import vn.kynangso.classes.ClassQuizzes;
import vn.kynangso.security.Roles;

/**
 * The live class board: each student's place in learning, status per course given and who needs
 * help (listed first, highlighted), refreshed by itself every {@value #POLL_MILLIS} ms by polling
 * (DD008). Its teacher opens and closes the class's quizzes here; admins of the area read it.
 */
@Route("classes/:class/board")
@RolesAllowed({Roles.TEACHER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
class ClassBoardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** How often the board asks for changes: a student's step shows within this plus one read. */
    static final int POLL_MILLIS = 1500;

    private final ClassBoard boards;
    private final ClassQuizzes quizzes;
    private final Clock clock;
    private final Paragraph session = new Paragraph();
    private final Paragraph updated = new Paragraph();
    private final Div help = new Div();
    private final QuizControls controls;
    private final BoardGrid grid = new BoardGrid();
    private long classId;
    private String name = "";
    private @Nullable Board shown;
    private @Nullable Registration polling;

    ClassBoardView(ClassBoard boards, ClassQuizzes quizzes, Clock clock) {
        this.boards = boards;
        this.quizzes = quizzes;
        this.clock = clock;
        this.controls = new QuizControls(this::toggleQuiz);
        addClassName("kns-page");
        addClassName("kns-board");
        session.setId("board-session");
        updated.setId("board-updated");
        updated.addClassName("kns-muted");
        help.setId("board-help");
        help.addClassName("kns-board-help-list");
    }

    static String path(long classId) {
        return "classes/" + classId + "/board";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Board> board = event.getRouteParameters().getLong("class").flatMap(this::read);
        if (board.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        classId = board.get().schoolClass().id();
        name = board.get().schoolClass().name();
        removeAll();
        H1 title = new H1(getTranslation("classes.board.title", name));
        title.setId("board-title");
        add(new Anchor("classes/" + classId, getTranslation("classes.board.back", name)), title);
        add(session, updated, controls, help, grid);
        show(board.get());
    }

    private Optional<Board> read(long id) {
        try {
            return Optional.of(boards.of(id));
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    /** Reads the board again and shows what changed. */
    void refresh() {
        read(classId).ifPresent(this::show);
    }

    private void show(Board board) {
        DateTimeFormatter time =
                DateTimeFormatter.ofPattern("HH:mm:ss", getLocale()).withZone(clock.getZone());
        updated.setText(getTranslation("classes.board.updated", time.format(board.at())));
        if (shown != null
                && shown.rows().equals(board.rows())
                && shown.courses().equals(board.courses())
                && sameSession(shown, board)) {
            return; // nothing a student did since: the browser gets only the time
        }
        session.setText(
                board.session() == null
                        ? getTranslation("classes.board.no-session")
                        : getTranslation(
                                "classes.board.running",
                                time.format(board.session().startedAt())));
        controls.show(board);
        help.removeAll();
        if (board.needingHelp() > 0) {
            help.add(new Paragraph(getTranslation("classes.board.help.title", board.needingHelp())));
            board.rows().stream().filter(r -> r.needsHelp() != null).forEach(r -> {
                Paragraph p = new Paragraph(getTranslation(
                        "classes.board.help.item",
                        r.name(),
                        getTranslation(r.needsHelp().translationKey())));
                p.setId("board-help-" + r.personId());
                help.add(p);
            });
        }
        grid.show(board);
        shown = board;
    }

    private static boolean sameSession(Board a, Board b) {
        return a.session() == null ? b.session() == null : a.session().equals(b.session());
    }

    private void toggleQuiz(String courseCode, boolean open) {
        if (open) {
            quizzes.open(classId, courseCode);
        } else {
            quizzes.close(classId, courseCode);
        }
        shown = null;
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classes.board.title", name) + " · " + getTranslation("app.name");
    }
}
