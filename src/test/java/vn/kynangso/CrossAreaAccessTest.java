package vn.kynangso;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.authoring.AuthoringService;
import vn.kynangso.authoring.Draft;
import vn.kynangso.authoring.DraftFiles;
import vn.kynangso.authoring.DraftHistory;
import vn.kynangso.authoring.DraftPresence;
import vn.kynangso.authoring.DraftReview;
import vn.kynangso.authoring.DraftStatus;
import vn.kynangso.authoring.Settings;
import vn.kynangso.base.ui.NotFoundView;
import vn.kynangso.catalog.AuthoredCourses;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.CourseImages;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Skill;
import vn.kynangso.certificates.CertificateBatch;
import vn.kynangso.certificates.CourseCertificateCodes;
import vn.kynangso.certificates.OtherNodes;
import vn.kynangso.classes.ClassBoard;
import vn.kynangso.classes.ClassCourses;
import vn.kynangso.classes.ClassCourses.Target;
import vn.kynangso.classes.ClassDetails;
import vn.kynangso.classes.ClassEnrolment;
import vn.kynangso.classes.ClassGroups;
import vn.kynangso.classes.ClassJoining;
import vn.kynangso.classes.ClassMode;
import vn.kynangso.classes.ClassPins;
import vn.kynangso.classes.ClassPoster;
import vn.kynangso.classes.ClassProgress;
import vn.kynangso.classes.ClassQuizzes;
import vn.kynangso.classes.ClassReport;
import vn.kynangso.classes.ClassReportDocuments;
import vn.kynangso.classes.ClassService;
import vn.kynangso.classes.ClassSessions;
import vn.kynangso.classes.MyClasses;
import vn.kynangso.learning.CourseCorrections;
import vn.kynangso.learning.CourseDates;
import vn.kynangso.learning.CourseProgressOf;
import vn.kynangso.learning.CourseProgressService;
import vn.kynangso.learning.LearnerActivityOf;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningException;
import vn.kynangso.learning.LearningService;
import vn.kynangso.learning.QuizAnswersOf;
import vn.kynangso.monthly.MonthlyReports;
import vn.kynangso.officials.TrainingProgress;
import vn.kynangso.people.ConsentPurpose;
import vn.kynangso.people.ConsentService;
import vn.kynangso.people.FlagAccess;
import vn.kynangso.people.FlagAccessLog;
import vn.kynangso.people.Household;
import vn.kynangso.people.HouseholdException;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.people.HouseholdSkillService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PersonalDataService;
import vn.kynangso.people.Poverty;
import vn.kynangso.places.PlaceException;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.privacy.DataRequest;
import vn.kynangso.privacy.DataRequestService;
import vn.kynangso.privacy.MyDataService;
import vn.kynangso.reports.CampaignEffects;
import vn.kynangso.reports.CoverageService;
import vn.kynangso.reports.CoverageTrends;
import vn.kynangso.security.AccountRecords;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.ClassSeatSignIn;
import vn.kynangso.visits.VisitException;
import vn.kynangso.visits.VisitOutcome;
import vn.kynangso.visits.VisitService;

/**
 * The area rule, every route at once: the demo area's team member, commune admin and province
 * admin, and another resident, try a household, its people and a learner's quiz attempt in the
 * tests' own province, by address (view parameter, id in the URL) and by service call. Every try
 * is refused; a refused page looks like a page that does not exist.
 */
class CrossAreaAccessTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;

    @Autowired
    HouseholdService households;

    @Autowired
    VisitService visits;

    @Autowired
    CoverageService coverage;

    @Autowired
    CoverageTrends trends;

    @Autowired
    CampaignEffects campaignEffects;

    @Autowired
    MonthlyReports monthlyReports;

    @Autowired
    HouseholdSkillService householdSkills;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuthoringService authoring;

    @Autowired
    DraftFiles draftFiles;

    @Autowired
    DraftReview draftReview;

    @Autowired
    DraftHistory draftHistory;

    @Autowired
    DraftPresence draftPresence;

    @Autowired
    CourseImages courseImages;

    @Autowired
    CourseDates courseDates;

    @Autowired
    CourseCertificateCodes certificateCodes;

    @Autowired
    CertificateBatch printing;

    private long hamlet;
    private long household;
    private long member;
    private long memberAccount;
    private long attempt;
    private long schoolClass;
    private long classGroup;

    @Autowired
    ClassGroups classGroups;

    @Autowired
    ClassService classes;

    @Autowired
    ClassJoining joining;

    @Autowired
    ClassCourses classCourses;

    @Autowired
    ClassPoster classPoster;

    @Autowired
    MyClasses myClasses;

    @Autowired
    ClassProgress classProgress;

    @Autowired
    ClassEnrolment enrolment;

    @Autowired
    CourseProgressOf courseProgressOf;

    @Autowired
    ClassReport classReport;

    @Autowired
    ClassReportDocuments classReportDocuments;

    @Autowired
    QuizAnswersOf quizAnswersOf;

    @Autowired
    ClassMode classMode;

    @Autowired
    ClassPins classPins;

    @Autowired
    ClassSeatSignIn classSeatSignIn;

    @Autowired
    ClassSessions classSessions;

    @Autowired
    ClassQuizzes classQuizzes;

    @Autowired
    ClassBoard classBoard;

    @Autowired
    LearnerActivityOf learnerActivityOf;

    @Autowired
    CourseProgressService courseProgress;

    @Autowired
    CourseCorrections corrections;

    @Autowired
    TrainingProgress trainingProgress;

    private static final String COURSE = "tu-bao-ve-tren-khong-gian-mang";

    /** Publishing a course from the app (a correction, to move learners): only the system, trainers and province admins. */
    private void publishingIsRefused() {
        long current = catalog.current(COURSE).orElseThrow().versionId();
        refused(() -> catalog.publishAuthored(
                AuthoredCourses.withTitle(catalog.current(COURSE).orElseThrow().content(), "Khoá học lạ"),
                true,
                memberAccount));
        assertThat(catalog.current(COURSE).orElseThrow().versionId()).isEqualTo(current);
    }

    /**
     * A correction's writes act on the signed-in learner's own enrolment only: opening a lesson and
     * seeing the notice leave the tests' learner's enrolment where it was.
     */
    private void correctionsReachNobodyElse() {
        String learnersEnrolment = "SELECT CONCAT(e.course_version_id, '/', e.version) FROM enrolment e"
                + " JOIN quiz_attempt a ON a.enrolment_id = e.id WHERE a.id = ?";
        String before = jdbc.queryForObject(learnersEnrolment, String.class, attempt);
        try {
            courseProgress.openingLesson(COURSE);
            corrections.noticeSeen(COURSE);
        } catch (AccessDeniedException | LearningException refusedByRole) {
            // not a learner at all: nothing of their own to open either
        }
        assertThat(jdbc.queryForObject(learnersEnrolment, String.class, attempt))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM enrolment_move m JOIN quiz_attempt a ON a.enrolment_id = m.enrolment_id"
                                + " WHERE a.id = ?",
                        Long.class,
                        attempt))
                .isZero();
    }

    @BeforeEach
    void aHouseholdAndAnAttemptInTheTestsOwnProvince() {
        hamlet = TestArea.ensure(places, accounts).hamlet();
        login(TestArea.TEAM_MEMBER);
        Household registered = households.register(new NewHousehold(
                hamlet, "Số 1, ngõ Riêng Tư", List.of(new NewMember("Mạc Thị Kín", 1950, null)), true, Poverty.POOR));
        household = registered.getId();
        member = people.members(household).getFirst().getId();
        households.loginCard(member);
        memberAccount = jdbc.queryForObject("SELECT id FROM account WHERE person_id = ?", Long.class, member);
        login(Learners.newResident(places, people, accounts));
        String course = "tu-bao-ve-tren-khong-gian-mang";
        int lessons = catalog.current(course).orElseThrow().content().lessons().size();
        for (int i = 0; i < lessons; i++) {
            learning.lessonRead(course, i);
        }
        attempt = learning.startOrResume(course).attemptId();
        TestArea.ensureTeacher(places, accounts);
        login(TestArea.TEACHER);
        schoolClass = classes.create(
                        TestArea.ensure(places, accounts).commune(),
                        new ClassDetails("Trường Riêng Tư", "6", "Lớp Riêng Tư", "2026-2027"))
                .id();
        classCourses.assign(schoolClass, course, null);
        classGroup = classGroups.create(schoolClass, "Nhóm 1").id();
    }

    private void refusedPage(String path) {
        UI.getCurrent().navigate(path);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .as(path)
                .singleElement()
                .isInstanceOf(NotFoundView.class);
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfAny(
                        AccessDeniedException.class,
                        PlaceException.class,
                        HouseholdException.class,
                        VisitException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tocongnghe", "quantrixa", "quantritinh"})
    void the_demo_areas_team_and_admins_reach_nothing_here(String login) {
        login(login);
        refusedPage("households/" + household);
        refusedPage("households/" + household + "/visits");
        refusedPage("coverage/" + hamlet);
        refusedPage("coverage/" + hamlet + "/weeks");
        refusedPage("coverage/" + TestArea.ensure(places, accounts).commune() + "/month");
        refusedPage("places/" + hamlet);
        refusedPage("learn/result/" + attempt);

        refused(() -> households.details(household));
        refused(() -> households.priority(household));
        refused(() -> households.setPriority(household, false, Poverty.NONE));
        refused(() -> households.loginCard(member));
        refused(() -> households.startHelping(member));
        refused(() -> accounts.newLoginLink(member));
        refused(() -> accounts.disable(memberAccount));
        // a forgotten password: a new one on a new card, only by the member's own team or admins
        refused(() -> households.resetPassword(member));
        refused(() -> accounts.resetResidentPassword(member));
        refused(() -> accounts.resetStudentPassword(member));
        refused(() -> households.duplicates(new NewHousehold(
                hamlet, "Số 2", List.of(new NewMember("Mạc Thị Kín", 1950, "0912345678")), false, Poverty.NONE)));
        refused(() -> people.household(household));
        refused(() -> people.members(household));
        refused(() -> people.householdsIn(hamlet));
        refused(() -> visits.visitsOf(household));
        refused(() -> visits.householdAddress(household));
        refused(() ->
                visits.record(household, clock.today(), VisitOutcome.HELPED, Set.of(Skill.CYBER_SAFETY), null, null));
        refused(() -> coverage.place(hamlet));
        refused(() -> coverage.households(hamlet));
        refused(() -> trends.weekly(hamlet, 12));
        refused(() -> trends.closedMonth(
                hamlet, java.time.YearMonth.from(clock.today()).minusMonths(1)));
        refused(() -> visits.campaignsIn(hamlet));
        refused(() -> visits.reachIn(hamlet, clock.today().minusYears(1), clock.today(), 12));
        refused(() -> monthlyReports.of(
                TestArea.ensure(places, accounts).commune(), java.time.YearMonth.from(clock.today())));
        refused(() -> householdSkills.talliesWithin(hamlet, clock.instant()));
        refused(() -> campaignEffects.in(hamlet, clock.today().minusYears(1), clock.today(), 12));
        refused(() -> householdSkills.gainsWithin(
                List.of(hamlet), java.util.Map.of(), clock.instant(), clock.instant(), java.time.Duration.ofDays(30)));
        refused(() -> places.create(hamlet, PlaceKind.VILLAGE, "Thôn Lạ", null));
        refused(() -> places.update(hamlet, "Thôn Lạ", null));
        refused(() -> places.browseChildren(hamlet));
        refused(() -> learning.report(attempt));
        refused(() -> learning.question(attempt, 0));
        refused(() -> learning.answer(attempt, 0, List.of(0)));
        refused(() -> learning.submit(attempt));
        refused(() -> people.holdersIn(List.of(member), List.of(hamlet)));
        refused(() -> courseDates.of(List.of(member)));
        refused(() -> certificateCodes.of(List.of(member)));
        refused(() -> trainingProgress.monthly(
                clock.today().getYear(), TestArea.ensure(places, accounts).commune()));
        refused(() -> myClasses.mine()); // a student's own classes, by role
        printingIsRefused(login);
        if (!login.equals("quantritinh")) { // a province admin publishes courses, for every province
            publishingIsRefused();
        }
        correctionsReachNobodyElse();

        // and nothing changed
        assertThat(jdbc.queryForObject("SELECT poverty FROM household WHERE id = ?", String.class, household))
                .isEqualTo("POOR");
        assertThat(jdbc.queryForObject("SELECT enabled FROM account WHERE id = ?", Boolean.class, memberAccount))
                .isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE household_id = ?", Long.class, household))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attempt_answer WHERE attempt_id = ?", Long.class, attempt))
                .isZero();
        memberPasswordIsUntouched();
    }

    /**
     * Printing this commune's certificates is refused, and the test admin's latest print (here, on a
     * node that went away) is nobody else's to be told of.
     */
    private void printingIsRefused(String login) {
        long commune = TestArea.ensure(places, accounts).commune();
        refused(() -> printing.countPrintable(commune));
        refused(() -> printing.start(commune, Locale.ROOT));
        long admin = jdbc.queryForObject("SELECT id FROM account WHERE username = ?", Long.class, TestArea.ADMIN);
        OtherNodes others = new OtherNodes(jdbc);
        String gone = others.node(
                OtherNodes.newName(),
                clock.instant().minusSeconds(3600),
                clock.instant().minusSeconds(60));
        String job = others.job(admin, commune, gone, clock.instant(), "RUNNING");
        if (login.equals("tocongnghe")) { // by role
            refused(() -> printing.latest());
            refused(() -> printing.download(job));
        } else {
            assertThat(printing.latest().map(CertificateBatch.Latest::jobId)).isNotEqualTo(Optional.of(job));
            assertThat(printing.download(job)).isEmpty();
        }
        others.noJobsOf(admin);
    }

    /** The member's password is still their first card's: no reset recorded, no session ended. */
    private void memberPasswordIsUntouched() {
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM password_reset WHERE account_id = ?", Long.class, memberAccount))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT session_epoch FROM account WHERE id = ?", Integer.class, memberAccount))
                .isZero();
    }

    /**
     * Courses are written by trainers (and province admins) only: nobody else opens the workspace, a
     * draft or its review, or calls any authoring write, and the draft stays as it was.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tocongnghe", "quantrixa", "giaovien", "hocsinh", "0912345678", "canbo"})
    void only_trainers_and_province_admins_reach_the_authoring_workspace(String login) {
        login("giangvien");
        Draft draft = authoring.createBlank(
                "kiem-tra-quyen-" + login.replaceAll("[^a-z0-9]", "") + "-" + System.nanoTime() % 100_000,
                CourseCategory.SKILL);
        login(login);
        refusedPage("authoring");
        refusedPage("authoring/draft/" + draft.id());
        refusedPage("authoring/review/" + draft.id());
        refused(() -> authoring.openDrafts());
        refused(() -> authoring.get(draft.id()));
        refused(() -> authoring.createBlank("khoa-la", CourseCategory.SKILL));
        refused(() -> authoring.startEditing(COURSE));
        refused(() -> authoring.saveText(draft.id(), "title.vi", "", "Tên lạ"));
        refused(() -> authoring.saveSettings(draft.id(), Settings.of(draft.source()), Settings.of(draft.source())));
        refused(() -> authoring.addLesson(draft.id()));
        refused(() -> authoring.addQuestion(draft.id(), QuestionType.SINGLE));
        refused(() -> authoring.removeLesson(
                draft.id(), draft.source().lessons().get(0).slug()));
        refused(() -> authoring.confirmTranslation(draft.id(), "title"));
        refused(() -> authoring.discard(draft.id()));
        refused(() -> draftFiles.exportPublished(COURSE));
        refused(() -> draftFiles.exportDraft(draft.id()));
        refused(() -> draftFiles.exportGift(draft.id(), java.util.Locale.ENGLISH));
        refused(() -> draftFiles.importZip(new byte[0], "x.zip"));
        refused(() -> draftReview.check(draft.id()));
        refused(() -> draftReview.submit(draft.id()));
        refused(() -> draftReview.sendBack(draft.id(), "không"));
        refused(() -> draftReview.approve(draft.id(), 0, false, true));
        refused(() -> draftHistory.of(draft.id()));
        refused(() -> draftPresence.here(draft.id()));
        refused(() -> courseImages.keep(COURSE, java.util.Map.of("x.png", new byte[] {1})));
        refused(() -> courseImages.copy(COURSE, "khoa-la"));
        login("giangvien");
        assertThat(authoring.get(draft.id()).revision()).isEqualTo(draft.revision());
        assertThat(authoring.get(draft.id()).status()).isEqualTo(DraftStatus.DRAFT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"quantrixa", "quantritinh"})
    void the_demo_areas_admins_browse_no_place_here(String login) {
        login(login);
        assertThat(places.browse(hamlet)).isEmpty();
        assertThat(places.browsePath(hamlet)).isEmpty();
        refused(() -> places.browseChildren(hamlet));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "hocsinh"})
    void another_learner_cannot_see_or_touch_someone_elses_attempt(String login) {
        login(login);
        refusedPage("learn/result/" + attempt);
        refusedPage("households/" + household);
        refused(() -> learning.report(attempt));
        refused(() -> learning.question(attempt, 0));
        refused(() -> learning.answer(attempt, 0, List.of(0)));
        refused(() -> learning.submit(attempt));
        refused(() -> households.details(household));
        refused(() -> people.members(household));
        refused(() -> people.holdersIn(List.of(member), List.of(hamlet)));
        refused(() -> courseDates.of(List.of(member)));
        refused(() -> certificateCodes.of(List.of(member)));
        refused(() -> households.resetPassword(member));
        refused(() -> accounts.resetResidentPassword(member));
        refused(() -> accounts.resetStudentPassword(member));
        refused(() -> households.cardSheet(
                new HouseholdService.LoginCard("Mạc Thị Kín", "hv" + member, "12345678", "x"), Locale.ROOT));
        // signed in with a password, not a card's link: no new password without typing the old one
        assertThat(accounts.mayChooseOwnPassword()).isFalse();
        refused(() -> accounts.chooseMyPassword("lúa chín vàng đồng"));
        memberPasswordIsUntouched();
        publishingIsRefused();
        correctionsReachNobodyElse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attempt_answer WHERE attempt_id = ?", Long.class, attempt))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tocongnghe", "quantrixa", "quantritinh", "giaovien", "hocsinh", "0912345678"})
    void nobody_outside_the_area_and_no_other_teacher_reaches_a_class_here(String login) {
        login(login);
        refusedPage("classes/" + schoolClass);
        refused(() -> classes.find(schoolClass));
        refused(() -> classes.edit(schoolClass, new ClassDetails("Trường Lạ", "6", "Lớp Lạ", "2026-2027")));
        refused(() -> classes.archive(schoolClass));
        refused(() -> classes.renewCode(schoolClass));
        refused(() -> classes.turnOffCode(schoolClass));
        refused(() -> joining.students(schoolClass));
        refused(() -> classCourses.assignments(schoolClass));
        refused(() -> classCourses.assign(schoolClass, "tu-bao-ve-tren-khong-gian-mang", clock.today()));
        refused(() -> classCourses.unassign(schoolClass, "tu-bao-ve-tren-khong-gian-mang"));
        refused(() -> classCourses.assign(
                schoolClass, "tu-bao-ve-tren-khong-gian-mang", 0, Target.group(classGroup), clock.today()));
        refused(() -> classCourses.unassign(schoolClass, 1L));
        refused(() -> classGroups.groups(schoolClass));
        refused(() -> classGroups.create(schoolClass, "Nhóm Lạ"));
        refused(() -> classGroups.remove(schoolClass, classGroup));
        refused(() -> classGroups.place(schoolClass, member, classGroup));
        refused(() -> classPoster.poster(schoolClass, Locale.ROOT));
        refused(() -> classProgress.of(schoolClass));
        // the class report, its exports and a student's answers; learning's read of handed-in answers
        refusedPage("classes/" + schoolClass + "/report");
        refusedPage("classes/" + schoolClass + "/report/" + member);
        refused(() -> classReport.of(schoolClass));
        refused(() -> classReport.answersOf(schoolClass, member));
        refused(() -> classReportDocuments.xlsx(schoolClass, Locale.ROOT));
        refused(() -> classReportDocuments.csv(schoolClass, Locale.ROOT));
        refused(() -> classReportDocuments.pdf(schoolClass, Locale.ROOT));
        refused(() -> quizAnswersOf.of(List.of(member), List.of("tu-bao-ve-tren-khong-gian-mang")));
        // class mode: turning it on or off, its settings, the students' PINs
        refused(() -> classMode.start(schoolClass));
        refused(() -> classMode.turnOff(schoolClass));
        refused(() -> classMode.activeDevices(schoolClass));
        refused(() -> classMode.idleMinutes(schoolClass));
        refused(() -> classMode.setIdleMinutes(schoolClass, 9));
        refused(() -> classPins.seats(schoolClass));
        refused(() -> classPins.setPin(schoolClass, member));
        refused(() -> classPins.setMissingPins(schoolClass));
        // without a class-mode computer's credential a PIN signs in nobody, and no tiles show
        assertThat(classSeatSignIn.signIn("x".repeat(43), member, "1234").signIn())
                .isEmpty();
        assertThat(classMode.tiles("x".repeat(43))).isEmpty();
        // during a session: the board, attendance and the quiz the teacher opens
        refusedPage("classes/" + schoolClass + "/board");
        refusedPage("classes/" + schoolClass + "/attendance");
        refused(() -> classBoard.of(schoolClass));
        refused(() -> classSessions.start(schoolClass));
        refused(() -> classSessions.end(schoolClass));
        refused(() -> classSessions.current(schoolClass));
        refused(() -> classSessions.latest(schoolClass));
        refused(() -> classSessions.attendance(schoolClass));
        refused(() -> classSessions.mark(schoolClass, member, true));
        refused(() -> classQuizzes.open(schoolClass, "tu-bao-ve-tren-khong-gian-mang"));
        refused(() -> classQuizzes.close(schoolClass, "tu-bao-ve-tren-khong-gian-mang"));
        refused(() -> learnerActivityOf.of(List.of(member)));
        // enrolling by list and the class's login cards: only the class's own teacher
        refused(() -> enrolment.preview(schoolClass, "Người Lạ Mặt, 2013"));
        refused(() -> enrolment.preview(schoolClass, "lop.csv", "Họ và tên\nNgười Lạ Mặt\n".getBytes(UTF_8)));
        refused(() -> enrolment.enrol(new ClassEnrolment.Preview(
                schoolClass,
                "",
                1,
                List.of(new ClassEnrolment.ListedStudent(1, "Người Lạ Mặt", 2013, null)),
                List.of(),
                Map.of(),
                Map.of(),
                "lạ")));
        refused(() -> enrolment.classCards(schoolClass, Locale.ROOT));
        refused(() -> enrolment.sheet(schoolClass, List.of(), Locale.ROOT));
        // a card for the household's member, by the teacher's way in: no class ties them to anyone here
        refused(() -> accounts.createStudentLogin(member, "Mạc Thị Kín", null));
        refused(() -> accounts.newStudentLoginLink(member));
        refused(() -> accounts.resetStudentPassword(member));
        refused(() -> enrolment.resetPassword(schoolClass, member));
        // a household member added by anyone but the household's own team (or its admins)
        refused(() -> households.addStudent(household, member));
        refused(() -> households.studentsLike(household, "Mạc Thị Kín", 1950));
        // learning's read for class reports: refused by role, or (another teacher, other admins) because
        // the member is neither in their area nor a student of a class they teach or oversee
        refused(() -> courseProgressOf.of(List.of(member), List.of("tu-bao-ve-tren-khong-gian-mang")));
        refused(() -> classes.create(
                TestArea.ensure(places, accounts).commune(),
                new ClassDetails("Trường Lạ", "6", "Lớp Lạ", "2026-2027")));
        if (login.equals("quantrixa") || login.equals("quantritinh") || login.equals("giaovien")) {
            assertThat(classes.visible()).noneMatch(c -> c.id() == schoolClass);
        }
        if (login.equals("hocsinh") || login.equals("0912345678")) {
            assertThat(myClasses.mine()).noneMatch(c -> c.id() == schoolClass);
        } else {
            refused(() -> myClasses.mine());
        }
        // and nothing changed
        assertThat(jdbc.queryForMap(
                        "SELECT name, archived_at, code_enabled FROM school_class WHERE id = ?", schoolClass))
                .containsEntry("name", "Lớp Riêng Tư")
                .containsEntry("code_enabled", true)
                .satisfies(row -> assertThat(row.get("archived_at")).isNull());
        assertThat(jdbc.queryForObject(
                        "SELECT due_date IS NULL FROM class_assignment WHERE class_id = ?", Boolean.class, schoolClass))
                .isTrue();
        assertThat(jdbc.queryForList("SELECT name FROM class_group WHERE class_id = ?", String.class, schoolClass))
                .containsExactly("Nhóm 1");
        assertThat(jdbc.queryForObject(
                        "SELECT (SELECT COUNT(*) FROM class_device WHERE class_id = ?)"
                                + " + (SELECT COUNT(*) FROM class_seat WHERE class_id = ?)"
                                + " + (SELECT COUNT(*) FROM class_mode_setting WHERE class_id = ?)",
                        Long.class,
                        schoolClass,
                        schoolClass,
                        schoolClass))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM class_session WHERE class_id = ?", Long.class, schoolClass))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM class_student WHERE class_id = ?", Long.class, schoolClass))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM class_enrolment WHERE class_id = ?", Long.class, schoolClass))
                .isZero();
    }

    // --- Personal data (PDPL): consents, the flag log, correction and deletion requests, My data ---

    @Autowired
    ConsentService consents;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    FlagAccessLog flagLog;

    @Autowired
    DataRequestService dataRequests;

    @Autowired
    MyDataService myData;

    @Autowired
    AccountRecords accountRecords;

    /** A deletion request about the household's member, filed by its own team; returns its id. */
    private long aRequestHere() {
        login(TestArea.TEAM_MEMBER);
        households.details(household); // a read of its flags, for the log
        return dataRequests.fileFor(member, DataRequest.Kind.DELETION, "Xin xoá dữ liệu");
    }

    private void personalDataServicesAreRefused(long request) {
        var correction = new PersonalDataService.Correction("Tên Lạ", 1960, null, "Nơi Lạ");
        var consent = new ConsentService.NewConsent("Người Lạ", Set.of(ConsentPurpose.DISABILITY));
        refused(() -> dataRequests.subject(member));
        refused(() -> dataRequests.fileFor(member, DataRequest.Kind.CORRECTION, "Sửa hộ"));
        refused(() -> dataRequests.refuse(request, "Không"));
        refused(() -> dataRequests.correct(request, correction, null));
        refused(() -> dataRequests.erase(request, null));
        refused(() -> personalData.inMyArea(List.of(member)));
        refused(() -> personalData.correct(member, correction));
        refused(() -> personalData.erase(member));
        refused(() -> consents.of(household));
        refused(() -> consents.record(household, consent));
        refused(() -> consents.withdraw(household, ConsentPurpose.LEARNING));
        refused(() -> households.priorities(List.of(household), FlagAccess.Screen.WORK_LIST));
        refused(() -> accountRecords.closeAccountOf(member, "Người Lạ"));
        refused(() -> accountRecords.renameAccountOf(member, "Người Lạ"));
    }

    private void personalDataIsUnchanged(long request) {
        assertThat(jdbc.queryForMap("SELECT full_name, erased_at FROM person WHERE id = ?", member))
                .containsEntry("full_name", "Mạc Thị Kín")
                .satisfies(row -> assertThat(row.get("erased_at")).isNull());
        assertThat(jdbc.queryForObject("SELECT status FROM data_request WHERE id = ?", String.class, request))
                .isEqualTo("OPEN");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM household_consent WHERE household_id = ?", Long.class, household))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT address FROM household WHERE id = ?", String.class, household))
                .isEqualTo("Số 1, ngõ Riêng Tư");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tocongnghe", "quantrixa", "quantritinh"})
    void the_demo_areas_team_and_admins_reach_no_personal_data_here(String login) {
        long request = aRequestHere();
        login(login);
        refusedPage("data-requests/new/" + member);
        personalDataServicesAreRefused(request);
        if (login.equals("tocongnghe")) {
            refusedPage("data-requests");
            refusedPage("sensitive-log");
            refused(() -> dataRequests.inMyArea(false));
            refused(() -> flagLog.inMyArea(clock.today(), clock.today()));
        } else {
            assertThat(dataRequests.inMyArea(false)).noneMatch(r -> r.id() == request);
            assertThat(flagLog.inMyArea(clock.today().minusDays(1), clock.today()))
                    .noneMatch(a -> a.householdId() == household);
            UI.getCurrent().navigate("data-requests");
            assertThat(LocatorJ._find(Div.class, spec -> spec.withId("data-request-" + request)))
                    .isEmpty();
        }
        personalDataIsUnchanged(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "hocsinh"})
    void another_learner_reaches_nobody_elses_personal_data(String login) {
        long request = aRequestHere();
        login(login);
        refusedPage("data-requests");
        refusedPage("sensitive-log");
        refusedPage("data-requests/new/" + member);
        personalDataServicesAreRefused(request);
        refused(() -> dataRequests.inMyArea(false));
        refused(() -> flagLog.inMyArea(clock.today(), clock.today()));
        // their own My data holds nothing of this household
        assertThat(dataRequests.mine()).noneMatch(r -> r.id() == request);
        assertThat(flagLog.mine()).noneMatch(a -> a.householdId() == household);
        assertThat(consents.mine()).noneMatch(c -> c.householdId() == household);
        assertThat(new String(myData.export(Locale.ROOT), StandardCharsets.UTF_8))
                .doesNotContain("Mạc Thị Kín")
                .doesNotContain("Riêng Tư");
        UI.getCurrent().navigate("my-data");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Mạc Thị Kín");
        personalDataIsUnchanged(request);
    }
}
