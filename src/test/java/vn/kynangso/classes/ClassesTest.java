package vn.kynangso.classes;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.base.ui.NotFoundView;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.classes.ClassJoining.ClassStudent;
import vn.kynangso.learning.Learners;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/** Teachers open classes in their commune, students join them by code, courses are given with a due date. */
class ClassesTest extends KaribuTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    ClassService classes;

    @Autowired
    ClassJoining joining;

    @Autowired
    ClassCourses courses;

    @Autowired
    ClassPoster poster;

    private TestArea.Ids area;

    @BeforeEach
    void theTestsCommuneHasATeacher() {
        area = TestArea.ensureTeacher(places, accounts);
    }

    private SchoolClass aClass(String name) {
        login(TestArea.TEACHER);
        return classes.create(area.commune(), new ClassDetails("Trường THCS Kiểm Thử", "7", name, "2026-2027"));
    }

    private String anotherTeacher() {
        String login = "giaovien.khac." + NEXT.incrementAndGet() + "."
                + ProcessHandle.current().pid();
        SystemRunner.runAsSystem(() -> accounts.create(new AccountService.NewAccount(
                login,
                null,
                "Giáo Viên Khác",
                "mat-khau-kiem-thu",
                Set.of(Roles.TEACHER),
                Set.of(area.commune()),
                null)));
        return login;
    }

    private void isNotFound(String path) {
        UI.getCurrent().navigate(path);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .as(path)
                .singleElement()
                .isInstanceOf(NotFoundView.class);
    }

    private String shownCode() {
        return _get(Paragraph.class, spec -> spec.withId("class-code")).getText();
    }

    @Test
    void a_teacher_opens_a_class_renews_and_turns_off_its_code_and_prints_its_poster() throws Exception {
        login(TestArea.TEACHER);
        UI.getCurrent().navigate("home");
        _click(_get(Button.class, spec -> spec.withId("home-teacher-go")));
        _setValue(_get(TextField.class, spec -> spec.withId("class-new-school")), "Trường THCS Kiểm Thử");
        _setValue(_get(TextField.class, spec -> spec.withId("class-new-grade")), "6");
        _setValue(_get(TextField.class, spec -> spec.withId("class-new-name")), "Lớp 6A – Kỹ năng số");
        assertThat(_get(TextField.class, spec -> spec.withId("class-new-school-year"))
                        .getValue())
                .matches("\\d{4}-\\d{4}");
        _click(_get(Button.class, spec -> spec.withId("class-new-submit")));

        assertThat(_get(H1.class, spec -> spec.withId("class-name")).getText()).isEqualTo("Lớp 6A – Kỹ năng số");
        String first = shownCode();
        assertThat(first).matches("[A-HJ-NP-Z2-9]{6}");

        _click(_get(Button.class, spec -> spec.withId("class-code-renew")));
        String renewed = shownCode();
        assertThat(renewed).isNotEqualTo(first).matches("[A-HJ-NP-Z2-9]{6}");

        byte[] pdf = _download(_get(Anchor.class, spec -> spec.withId("class-poster")));
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isOne();
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Lớp 6A – Kỹ năng số", renewed, "Trường THCS Kiểm Thử");

        _click(_get(Button.class, spec -> spec.withId("class-code-turn-off")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("class-code"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("class-code-off-note")))
                .hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("class-poster"))).isEmpty();
        assertThat(classes.visible()).extracting(SchoolClass::name).contains("Lớp 6A – Kỹ năng số");
    }

    @Test
    void a_student_joins_by_code_from_the_poster_and_joining_twice_is_harmless() {
        SchoolClass schoolClass = aClass("Lớp 7B");
        String code = schoolClass.joinCode();
        login(Learners.newLearner(places, people, accounts, Roles.STUDENT));
        UI.getCurrent().navigate("home");
        assertThat(_find(Section.class, spec -> spec.withId("home-join"))).hasSize(1);

        UI.getCurrent().navigate("join", QueryParameters.of("code", code.toLowerCase()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-class")).getText())
                .startsWith("Lớp 7B: Trường THCS Kiểm Thử, khối 7, năm học 2026-2027");
        _click(_get(Button.class, spec -> spec.withId("join-confirm")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("home");

        assertThat(joining.join(code)).isFalse(); // again: nothing changes
        UI.getCurrent().navigate("join", QueryParameters.of("code", code));
        _click(_get(Button.class, spec -> spec.withId("join-confirm")));

        login(TestArea.TEACHER);
        assertThat(joining.students(schoolClass.id()))
                .extracting(ClassStudent::name)
                .singleElement()
                .asString()
                .startsWith("Người Học Thử");
        UI.getCurrent().navigate("classes/" + schoolClass.id());
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("class-student-list")), ListItem.class))
                .hasSize(1);
    }

    @Test
    void a_turned_off_unknown_or_archived_code_is_refused_with_a_clear_message() {
        SchoolClass off = aClass("Lớp tắt mã");
        classes.turnOffCode(off.id());
        SchoolClass archived = aClass("Lớp đã xong");
        classes.archive(archived.id());
        login(Learners.newLearner(places, people, accounts, Roles.STUDENT));

        UI.getCurrent().navigate("join");
        _setValue(_get(TextField.class, spec -> spec.withId("join-code")), off.joinCode());
        _click(_get(Button.class, spec -> spec.withId("join-find")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-error")).getText())
                .isEqualTo("Mã lớp này đã tắt. Hãy hỏi thầy cô mã mới.");
        assertThat(_find(Button.class, spec -> spec.withId("join-confirm"))).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("join-code")), "ZZZZ22");
        _click(_get(Button.class, spec -> spec.withId("join-find")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-error")).getText())
                .startsWith("Không có lớp nào có mã này.");

        assertThatThrownBy(() -> joining.join(off.joinCode()))
                .isInstanceOfSatisfying(
                        ClassException.class, e -> assertThat(e.reason()).isEqualTo(ClassException.Reason.CODE_OFF));
        assertThatThrownBy(() -> joining.join(archived.joinCode()))
                .isInstanceOfSatisfying(
                        ClassException.class, e -> assertThat(e.reason()).isEqualTo(ClassException.Reason.ARCHIVED));
        login(TestArea.TEACHER);
        assertThat(joining.students(off.id())).isEmpty();
        assertThat(joining.students(archived.id())).isEmpty();
        assertThatThrownBy(() -> classes.renewCode(archived.id())).isInstanceOf(ClassException.class);
    }

    @Test
    void codes_cannot_be_guessed_in_bulk_an_account_gets_twenty_tries_an_hour() {
        SchoolClass open = aClass("Lớp đoán mã");
        login(Learners.newLearner(places, people, accounts, Roles.STUDENT));
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> joining.preview("ZZZZ22"))
                    .isInstanceOfSatisfying(
                            ClassException.class,
                            e -> assertThat(e.reason()).isEqualTo(ClassException.Reason.CODE_UNKNOWN));
        }

        UI.getCurrent().navigate("join");
        _setValue(_get(TextField.class, spec -> spec.withId("join-code")), open.joinCode());
        _click(_get(Button.class, spec -> spec.withId("join-find")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-error")).getText())
                .startsWith("Bạn đã thử quá nhiều mã.");
        assertThatThrownBy(() -> joining.join(open.joinCode()))
                .isInstanceOfSatisfying(
                        ClassException.class,
                        e -> assertThat(e.reason()).isEqualTo(ClassException.Reason.TOO_MANY_TRIES));

        login(Learners.newLearner(places, people, accounts, Roles.STUDENT)); // another account has its own tries
        assertThat(joining.join(open.joinCode())).isTrue();
    }

    @Test
    void the_teacher_gives_a_course_with_a_due_date_that_is_not_before_today() {
        SchoolClass schoolClass = aClass("Lớp giao bài");
        UI.getCurrent().navigate("classes/" + schoolClass.id());
        PublishedCourse course = courses.assignable().getFirst();
        @SuppressWarnings("unchecked")
        Select<PublishedCourse> select = _get(Select.class, spec -> spec.withId("class-course"));
        _setValue(select, course);
        LocalDate due = clock.today().plusWeeks(3);
        DatePicker dueField = _get(DatePicker.class, spec -> spec.withId("class-due"));
        assertThat(dueField.getMin()).isEqualTo(clock.today());
        _setValue(dueField, due);
        _click(_get(Button.class, spec -> spec.withId("class-assign")));

        assertThat(courses.assignments(schoolClass.id())).singleElement().satisfies(c -> {
            assertThat(c.courseCode()).isEqualTo(course.code());
            assertThat(c.dueDate()).isEqualTo(due);
            assertThat(c.title(TranslationProvider.VIETNAMESE))
                    .isEqualTo(course.content().title().vi());
        });
        long given = courses.assignments(schoolClass.id()).getFirst().id();
        assertThat(_get(Paragraph.class, spec -> spec.withId("class-course-due-" + given))
                        .getText())
                .contains(String.valueOf(due.getYear()));

        assertThatThrownBy(() -> courses.assign(
                        schoolClass.id(), course.code(), clock.today().minusDays(1)))
                .isInstanceOfSatisfying(
                        ClassException.class, e -> assertThat(e.reason()).isEqualTo(ClassException.Reason.DUE_IN_PAST));
        courses.assign(schoolClass.id(), course.code(), clock.today()); // today is fine
        courses.assign(schoolClass.id(), course.code(), null); // and so is no date
        assertThat(courses.assignments(schoolClass.id()))
                .extracting(ClassCourse::dueDate)
                .containsOnlyNulls();
        courses.unassign(schoolClass.id(), course.code());
        assertThat(courses.assignments(schoolClass.id())).isEmpty();
    }

    @Test
    void archiving_asks_first_and_then_the_class_takes_no_one_new_and_no_changes() {
        SchoolClass schoolClass = aClass("Lớp cuối năm");
        UI.getCurrent().navigate("classes/" + schoolClass.id());
        _click(_get(Button.class, spec -> spec.withId("class-archive")));
        _click(_get(Button.class, spec -> spec.withId("class-archive-yes")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("class-note")).getText())
                .isEqualTo("Lớp này đã được lưu trữ: không nhận thêm học sinh, không sửa được.");
        assertThat(_find(Button.class, spec -> spec.withId("class-code-renew"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("class-assign"))).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withId("class-edit-name")))
                .isEmpty();
        assertThat(classes.find(schoolClass.id()).codeOpen()).isFalse();
        assertThatThrownBy(() -> classes.edit(schoolClass.id(), new ClassDetails("A", "1", "B", "2026-2027")))
                .isInstanceOf(ClassException.class);
        UI.getCurrent().navigate("classes");
        assertThat(_get(Section.class, spec -> spec.withId("class-" + schoolClass.id()))
                        .getElement()
                        .getTextRecursively())
                .contains("Đã lưu trữ");
    }

    @Test
    void a_teacher_never_sees_another_teachers_class() {
        SchoolClass mine = aClass("Lớp của tôi");
        for (String other : new String[] {anotherTeacher(), "giaovien"}) {
            login(other);
            assertThat(classes.visible()).as(other).noneMatch(c -> c.id() == mine.id());
            isNotFound("classes/" + mine.id());
            assertThatThrownBy(() -> classes.find(mine.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classes.edit(mine.id(), new ClassDetails("A", "1", "Đổi tên", "2026-2027")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> joining.students(mine.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> poster.poster(mine.id(), TranslationProvider.VIETNAMESE))
                    .isInstanceOf(AccessDeniedException.class);
        }
        login(TestArea.TEACHER);
        assertThat(classes.find(mine.id()).name()).isEqualTo("Lớp của tôi");
    }

    @Test
    void the_communes_admin_reads_its_classes_but_changes_nothing() {
        SchoolClass schoolClass = aClass("Lớp để xem");
        login(TestArea.ADMIN);
        assertThat(classes.visible()).anyMatch(c -> c.id() == schoolClass.id());
        UI.getCurrent().navigate("classes/" + schoolClass.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("class-note")).getText())
                .isEqualTo("Bạn chỉ xem lớp này; giáo viên của lớp mới sửa được.");
        assertThat(_find(Button.class, spec -> spec.withId("class-code-renew"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("class-archive"))).isEmpty();
        assertThatThrownBy(() -> classes.renewCode(schoolClass.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.create(area.commune(), new ClassDetails("A", "1", "B", "2026-2027")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_teacher_opens_classes_only_in_their_communes_and_within_the_limits() {
        login(TestArea.TEACHER);
        assertThatThrownBy(() -> classes.create(area.province(), new ClassDetails("A", "1", "B", "2026-2027")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> classes.create(area.commune(), new ClassDetails("A", "1", "x".repeat(101), "2026-2027")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> classes.create(area.commune(), new ClassDetails("A", "1", "B", "2026-2028")))
                .isInstanceOf(ConstraintViolationException.class);
        SchoolClass edited =
                classes.edit(aClass("Tên cũ").id(), new ClassDetails("Trường Mới", "9", "Tên mới", "2027-2028"));
        assertThat(edited.name()).isEqualTo("Tên mới");
        assertThat(edited.schoolYear()).isEqualTo("2027-2028");
    }
}
