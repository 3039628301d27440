package vn.kynangso.classes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.ui.NotFoundView;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Skill;
import vn.kynangso.classes.ClassReport.QuestionResult;
import vn.kynangso.learning.CourseStatus;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.learning.MyProgress;
import vn.kynangso.learning.QuestionScreen;
import vn.kynangso.learning.QuizAnswersOf;
import vn.kynangso.people.Household;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.PlaceService;
import vn.kynangso.reports.CoverageService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * The class report after a session: each student's status in the same words as their own screens,
 * every question with its share right and the wrong answer chosen most, each student's answers, and
 * exports that say exactly what the screen says.
 */
class ClassReportTest extends KaribuTest {

    private static final String COURSE = "tu-bao-ve-tren-khong-gian-mang";

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
    ClassReport reports;

    @Autowired
    ClassReportDocuments documents;

    @Autowired
    MyClasses myClasses;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    QuizAnswersOf answersOf;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClassBoard board;

    @Autowired
    CoverageService coverage;

    private TestArea.Ids area;

    @BeforeEach
    void theTestsCommuneHasATeacher() {
        area = TestArea.ensureTeacher(places, accounts);
    }

    private SchoolClass aClass(String name, LocalDate due) {
        login(TestArea.TEACHER);
        SchoolClass schoolClass =
                classes.create(area.commune(), new ClassDetails("Trường THCS Kiểm Thử", "8", name, "2026-2027"));
        courses.assign(schoolClass.id(), COURSE, due);
        return schoolClass;
    }

    private record Student(String login, long person) {}

    /** A new student (named as given, or by the test helper) who joins the class; left signed in. */
    private Student aStudentIn(SchoolClass schoolClass, String name) {
        String login = name == null ? Learners.newLearner(places, people, accounts, Roles.STUDENT) : named(name);
        login(login);
        joining.join(schoolClass.joinCode());
        return new Student(login, currentUser.require().getPersonId().orElseThrow());
    }

    private Student aStudentIn(SchoolClass schoolClass) {
        return aStudentIn(schoolClass, null);
    }

    private static int nextPhone = 0;

    private String named(String name) {
        String phone = String.format("0965%06d", (ProcessHandle.current().pid() % 1000) * 1000 + ++nextPhone);
        return SystemRunner.runAsSystem(() -> {
            Household household = people.registerHousehold(area.hamlet(), "Số " + nextPhone + ", ngõ Báo Cáo");
            Person person = people.addMember(household.getId(), name, 2012, phone);
            accounts.create(new AccountService.NewAccount(
                    null,
                    phone,
                    person.getFullName(),
                    "mat-khau-hoc",
                    Set.of(Roles.STUDENT),
                    Set.of(),
                    person.getId()));
            return phone;
        });
    }

    // --- the questions: every student is asked the same ten, in the bank's order, answers unshuffled ---

    private List<Question> bank() {
        return catalog.current(COURSE).orElseThrow().content().questions();
    }

    /** One question of each type first (SINGLE with three wrong answers, TRUE_FALSE, MULTIPLE, ORDER), then six more. */
    private List<Question> fixedQuestions() {
        List<Question> chosen = new ArrayList<>();
        chosen.add(first(q -> q.type() == QuestionType.SINGLE && wrongOf(q).size() >= 2));
        chosen.add(first(q -> q.type() == QuestionType.TRUE_FALSE));
        chosen.add(first(q -> q.type() == QuestionType.MULTIPLE
                && q.correctCount() >= 2
                && !wrongOf(q).isEmpty()));
        chosen.add(first(q -> q.type() == QuestionType.ORDER && q.choices().size() >= 3));
        bank().stream().filter(q -> !chosen.contains(q)).limit(6).forEach(chosen::add);
        return chosen;
    }

    private Question first(Predicate<Question> which) {
        return bank().stream().filter(which).findFirst().orElseThrow();
    }

    private static List<Integer> wrongOf(Question q) {
        return IntStream.range(0, q.choices().size())
                .filter(i -> !q.choices().get(i).correct())
                .boxed()
                .toList();
    }

    private static List<Integer> rightOf(Question q) {
        if (q.type() == QuestionType.ORDER) {
            return IntStream.range(0, q.choices().size()).boxed().toList();
        }
        return IntStream.range(0, q.choices().size())
                .filter(i -> q.choices().get(i).correct())
                .boxed()
                .toList();
    }

    /** The wrong answer "B" gives: the first wrong choice alone; ORDER: the steps reversed. */
    private static List<Integer> firstWrong(Question q) {
        if (q.type() == QuestionType.ORDER) {
            return rightOf(q).reversed();
        }
        return List.of(wrongOf(q).getFirst());
    }

    /**
     * As the signed-in student: starts an attempt, fixes it to the ten questions (the draw is random;
     * the test asks everyone the same), answers each as {@code answer} says and hands it in.
     */
    private long takeQuiz(List<Question> questions, Function<Question, List<Integer>> answer) {
        long attempt = learning.startOrResume(COURSE).attemptId();
        jdbc.update(
                "UPDATE quiz_attempt SET question_codes = ?, display_orders = ? WHERE id = ?",
                questions.stream().map(Question::code).collect(Collectors.joining(",")),
                questions.stream()
                        .map(q -> IntStream.range(0, q.choices().size())
                                .mapToObj(String::valueOf)
                                .collect(Collectors.joining(".")))
                        .collect(Collectors.joining("|")),
                attempt);
        for (int p = 0; p < questions.size(); p++) {
            QuestionScreen shown = learning.question(attempt, p);
            assertThat(shown.prompt()).isEqualTo(questions.get(p).prompt());
            learning.answer(attempt, p, answer.apply(questions.get(p)));
        }
        learning.submit(attempt);
        return attempt;
    }

    private void readAllLessons() {
        int lessons = catalog.current(COURSE).orElseThrow().content().lessons().size();
        for (int i = 0; i < lessons; i++) {
            learning.lessonRead(COURSE, i);
        }
    }

    @Test
    void each_question_shows_the_share_right_and_the_wrong_answer_chosen_most_hardest_first() {
        SchoolClass schoolClass = aClass("Lớp 8A – câu khó", null);
        List<Question> asked = fixedQuestions();
        Question single = asked.get(0);
        Question trueFalse = asked.get(1);
        Question multiple = asked.get(2);
        Question order = asked.get(3);

        Student a = aStudentIn(schoolClass); // everything right
        readAllLessons();
        takeQuiz(asked, ClassReportTest::rightOf);
        Student b = aStudentIn(schoolClass); // the first wrong answer on the four, the rest right
        readAllLessons();
        long bAttempt = takeQuiz(asked, q -> asked.indexOf(q) < 4 ? firstWrong(q) : rightOf(q));
        Student c = aStudentIn(schoolClass); // as B, but MULTIPLE: all the right ones but one (half a point)
        readAllLessons();
        long cAttempt = takeQuiz(asked, q -> {
            if (q == multiple) {
                return rightOf(q).subList(0, rightOf(q).size() - 1);
            }
            return asked.indexOf(q) < 4 ? firstWrong(q) : rightOf(q);
        });
        Student d = aStudentIn(schoolClass); // other wrong answers: SINGLE's second, MULTIPLE all, ORDER two swapped
        readAllLessons();
        takeQuiz(asked, q -> {
            if (q == single) {
                return List.of(wrongOf(q).get(1));
            }
            if (q == multiple) {
                return IntStream.range(0, q.choices().size()).boxed().toList();
            }
            if (q == order) {
                List<Integer> swapped = new ArrayList<>(rightOf(q));
                swapped.set(0, 1);
                swapped.set(1, 0);
                return swapped;
            }
            return rightOf(q);
        });
        Student e = aStudentIn(schoolClass); // all wrong, then (lessons again) all right: the latest counts
        readAllLessons();
        takeQuiz(asked, ClassReportTest::firstWrong);
        clock.advance(Duration.ofMinutes(5));
        readAllLessons();
        takeQuiz(asked, ClassReportTest::rightOf);
        aStudentIn(schoolClass); // never takes the quiz

        login(TestArea.TEACHER);
        ClassReport.Report report = reports.of(schoolClass.id());
        List<QuestionResult> results = report.courses().getFirst().questions();
        Map<String, QuestionResult> byCode = results.stream().collect(Collectors.toMap(QuestionResult::code, r -> r));

        assertThat(byCode.get(single.code()))
                .returns(5, QuestionResult::answered)
                .returns(2, QuestionResult::right)
                .returns(40, QuestionResult::percentRight);
        assertThat(byCode.get(single.code()).mostChosenWrong())
                .isEqualTo(new ClassReport.WrongAnswer(
                        List.of(single.choices().get(wrongOf(single).getFirst()).text()), 2));
        assertThat(byCode.get(trueFalse.code()))
                .returns(5, QuestionResult::answered)
                .returns(3, QuestionResult::right)
                .returns(60, QuestionResult::percentRight);
        assertThat(byCode.get(trueFalse.code()).mostChosenWrong())
                .isEqualTo(new ClassReport.WrongAnswer(
                        List.of(trueFalse
                                .choices()
                                .get(wrongOf(trueFalse).getFirst())
                                .text()),
                        2));
        // three different wrong answers, one student each: no single one stands out
        assertThat(byCode.get(multiple.code()))
                .returns(5, QuestionResult::answered)
                .returns(2, QuestionResult::right);
        assertThat(byCode.get(multiple.code()).mostChosenWrong()).isEqualTo(new ClassReport.WrongAnswer(List.of(), 3));
        assertThat(byCode.get(order.code()))
                .returns(5, QuestionResult::answered)
                .returns(2, QuestionResult::right);
        assertThat(byCode.get(order.code()).mostChosenWrong())
                .isEqualTo(new ClassReport.WrongAnswer(
                        order.choices().reversed().stream().map(Choice::text).toList(), 2));
        for (Question other : asked.subList(4, 10)) {
            assertThat(byCode.get(other.code()))
                    .returns(5, QuestionResult::answered)
                    .returns(5, QuestionResult::right)
                    .returns(100, QuestionResult::percentRight)
                    .returns(null, QuestionResult::mostChosenWrong);
        }
        // hardest first: the three at 40% (in the bank's order), then 60%, then 100%; the rest of the
        // bank, which nobody was asked, last
        List<String> fortyPercent = bank().stream()
                .map(Question::code)
                .filter(code ->
                        Set.of(single.code(), multiple.code(), order.code()).contains(code))
                .toList();
        assertThat(results.subList(0, 4))
                .extracting(QuestionResult::code)
                .containsExactly(fortyPercent.get(0), fortyPercent.get(1), fortyPercent.get(2), trueFalse.code());
        assertThat(results).hasSize(bank().size());
        assertThat(results.subList(10, results.size()))
                .allSatisfy(r -> assertThat(r.answered()).isZero());

        // the screen: the hardest question first, its wrong answer in the learner's language
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/report");
        Div first = _get(Div.class, spec -> spec.withId("report-question-" + COURSE + "-" + fortyPercent.get(0)));
        Div questions = _get(Div.class, spec -> spec.withId("report-questions-" + COURSE));
        assertThat(questions.getChildren().skip(1).findFirst().orElseThrow()).isSameAs(first);
        Div singleRow = _get(Div.class, spec -> spec.withId("report-question-" + COURSE + "-" + single.code()));
        assertThat(cells(singleRow))
                .containsExactly(
                        single.prompt().vi(),
                        "2/5",
                        "40%",
                        single.choices().get(wrongOf(single).getFirst()).text().vi() + " (2 em)");
        assertThat(cells(_get(Div.class, spec -> spec.withId("report-question-" + COURSE + "-" + order.code()))))
                .last()
                .isEqualTo(order.choices().reversed().stream()
                                .map(ch -> ch.text().vi())
                                .collect(Collectors.joining(" → "))
                        + " (2 em)");
        assertThat(cells(_get(Div.class, spec -> spec.withId("report-question-" + COURSE + "-" + multiple.code()))))
                .last()
                .isEqualTo("Mỗi em sai một kiểu (3 em sai)");

        // the PDF and the questions sheet print the same words
        try {
            byte[] pdf = documents.pdf(schoolClass.id(), Locale.of("vi"));
            PdfReader reader = new PdfReader(pdf);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            String printed = all.toString().replaceAll("\\s+", "");
            for (Question q : List.of(single, order, multiple)) {
                String row = String.join(
                        "", cells(_get(Div.class, spec -> spec.withId("report-question-" + COURSE + "-" + q.code()))));
                assertThat(printed).contains(row.replaceAll("\\s+", ""));
            }
            try (XSSFWorkbook workbook =
                    new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(schoolClass.id(), Locale.of("vi"))))) {
                Sheet sheet = workbook.getSheetAt(1);
                List<List<String>> rows = IntStream.rangeClosed(1, sheet.getLastRowNum())
                        .mapToObj(i -> values(sheet.getRow(i)))
                        .toList();
                List<List<String>> screen = questions
                        .getChildren()
                        .skip(1)
                        .map(ClassReportTest::cells)
                        .toList();
                assertThat(rows).hasSameSizeAs(screen);
                for (int i = 0; i < screen.size(); i++) {
                    List<String> expected = new ArrayList<>();
                    expected.add(catalog.current(COURSE)
                            .orElseThrow()
                            .content()
                            .title()
                            .vi());
                    expected.add(String.valueOf(i + 1));
                    expected.addAll(screen.get(i));
                    assertThat(rows.get(i)).isEqualTo(expected);
                }
            }
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }

        // one student's answers: what they answered, right or wrong, and the points
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/report/" + b.person());
        assertThat(text("answer-given-" + bAttempt + "-0"))
                .isEqualTo("Đã trả lời: "
                        + single.choices()
                                .get(wrongOf(single).getFirst())
                                .text()
                                .vi());
        assertThat(text("answer-verdict-" + bAttempt + "-0")).isEqualTo("Sai · 0 điểm");
        assertThat(text("answer-verdict-" + bAttempt + "-4")).isEqualTo("Đúng · 1 điểm");
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/report/" + c.person());
        String half = multiple.correctCount() == 2
                ? "0,5"
                : String.format(Locale.of("vi"), "%.2f", (multiple.correctCount() - 1.0) / multiple.correctCount())
                        .replaceAll("0+$", "");
        assertThat(text("answer-verdict-" + cAttempt + "-2")).isEqualTo("Sai · " + half + " điểm");
        assertThat(_find(H3.class, spec -> spec.withId("answers-attempt-" + cAttempt)))
                .hasSize(1);
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/report/" + a.person());
        assertThat(_find(Div.class, spec -> spec.withClasses("kns-answer-wrong")))
                .isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("kns-answer-right")))
                .hasSize(10);
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/report/" + e.person());
        assertThat(_find(Div.class, spec -> spec.withClasses("kns-answer-wrong")))
                .hasSize(10);
        assertThat(_find(Div.class, spec -> spec.withClasses("kns-answer-right")))
                .hasSize(10);
        assertThat(d.person()).isPositive();
    }

    /**
     * One truth: a student's status on a course is the same word in all five places (their own My
     * progress and My classes, the live board, the class report, every export) and the commune's
     * coverage counts the course's skill for exactly the students who completed it.
     */
    @Test
    void every_state_reads_the_same_on_the_students_screens_the_board_the_report_every_export_and_coverage() {
        LocalDate due = clock.today().plusDays(7);
        SchoolClass schoolClass = aClass("Lớp 8B – một sự thật", due);
        Skill skill = catalog.current(COURSE).orElseThrow().content().skill();
        login(TestArea.ADMIN);
        long coveredBefore = coverage.place(area.commune()).skill(skill);
        Student notStarted = aStudentIn(schoolClass);
        Student reading = aStudentIn(schoolClass);
        learning.lessonRead(COURSE, 0);
        Student done = aStudentIn(schoolClass);
        Learners.passCourse(learning, catalog, COURSE);
        Student formula = aStudentIn(schoolClass, "=HYPERLINK(\"http://lua.dao\",\"Bấm vào\")");
        Student late = aStudentIn(schoolClass);
        learning.lessonRead(COURSE, 0);

        // before the due date: the student's own My progress says the same word as the report
        Map<Long, CourseStatus> own = new HashMap<>();
        for (Student s : List.of(notStarted, reading, done)) {
            login(s.login());
            own.put(s.person(), myProgressStatus());
        }
        login(TestArea.TEACHER);
        assertThat(statuses(schoolClass)).containsAllEntriesOf(own);
        assertThat(own)
                .containsEntry(notStarted.person(), CourseStatus.NOT_STARTED)
                .containsEntry(reading.person(), CourseStatus.IN_PROGRESS)
                .containsEntry(done.person(), CourseStatus.COMPLETED);

        clock.advance(Duration.ofDays(10));
        login(late.login());
        Learners.passCourse(learning, catalog, COURSE);

        // after it: every state, the same in the student's own class card and the report
        Map<Long, CourseStatus> theirs = new HashMap<>();
        for (Student s : List.of(notStarted, reading, done, late, formula)) {
            login(s.login());
            theirs.put(
                    s.person(),
                    myClasses.mine().stream()
                            .filter(m -> m.id() == schoolClass.id())
                            .findFirst()
                            .orElseThrow()
                            .courses()
                            .getFirst()
                            .status());
        }
        // My progress and the course page judge against the class's due date too
        for (Student s : List.of(notStarted, reading, done, late, formula)) {
            login(s.login());
            assertThat(myProgressStatus()).as(s.login()).isEqualTo(theirs.get(s.person()));
        }
        login(TestArea.TEACHER);
        assertThat(statuses(schoolClass)).isEqualTo(theirs);
        // the live board
        long given = courses.assignments(schoolClass.id()).getFirst().id();
        assertThat(board.of(schoolClass.id()).rows().stream()
                        .collect(Collectors.toMap(
                                ClassBoard.Row::personId,
                                r -> r.courses().get(given).status())))
                .isEqualTo(theirs);
        // the commune's coverage: the course's skill counted for the households of those who completed it
        login(TestArea.ADMIN);
        assertThat(coverage.place(area.commune()).skill(skill) - coveredBefore)
                .isEqualTo(theirs.values().stream()
                        .filter(CourseStatus::isCompleted)
                        .count())
                .isEqualTo(2);
        login(TestArea.TEACHER);
        assertThat(theirs)
                .containsEntry(notStarted.person(), CourseStatus.OVERDUE)
                .containsEntry(reading.person(), CourseStatus.OVERDUE)
                .containsEntry(done.person(), CourseStatus.COMPLETED)
                .containsEntry(late.person(), CourseStatus.COMPLETED_LATE);

        // the screen
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/report");
        Div table = _get(Div.class, spec -> spec.withId("report-students-" + COURSE));
        List<List<String>> screen =
                table.getChildren().skip(1).map(ClassReportTest::cells).toList();
        assertThat(screen).hasSize(5);
        String title = catalog.current(COURSE).orElseThrow().content().title().vi();
        String today = clock.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String lessons =
                catalog.current(COURSE).orElseThrow().content().lessons().size() + "";
        assertThat(screen)
                .contains(List.of(
                        name(done),
                        "Đã hoàn thành",
                        lessons + "/" + lessons,
                        "1",
                        "100%",
                        due.minusDays(7).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))))
                .contains(List.of(name(late), "Hoàn thành trễ hạn", lessons + "/" + lessons, "1", "100%", today))
                .contains(List.of(name(reading), "Quá hạn", "1/" + lessons, "0", "–", "–"))
                .contains(List.of(name(notStarted), "Quá hạn", "0/" + lessons, "0", "–", "–"))
                .contains(List.of(formulaName(), "Quá hạn", "0/" + lessons, "0", "–", "–"));
        List<List<String>> expected = screen.stream()
                .map(r -> {
                    List<String> withCourse = new ArrayList<>();
                    withCourse.add(title);
                    withCourse.addAll(r);
                    return withCourse;
                })
                .toList();

        // XLSX: the same rows, the formula a quote-prefixed text
        byte[] xlsx = documents.xlsx(schoolClass.id(), Locale.of("vi"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet students = workbook.getSheetAt(0);
            assertThat(students.getSheetName()).isEqualTo("Học sinh");
            assertThat(values(students.getRow(0)))
                    .containsExactly(
                            "Khoá học",
                            "Học sinh",
                            "Tình trạng",
                            "Bài đã đọc",
                            "Lượt làm bài",
                            "Điểm cao nhất",
                            "Ngày hoàn thành");
            List<List<String>> rows = IntStream.rangeClosed(1, students.getLastRowNum())
                    .mapToObj(i -> values(students.getRow(i)))
                    .toList();
            assertThat(rows).isEqualTo(expected);
            Cell formulaCell = IntStream.rangeClosed(1, students.getLastRowNum())
                    .mapToObj(i -> students.getRow(i).getCell(1))
                    .filter(cell -> cell.getStringCellValue().startsWith("="))
                    .findFirst()
                    .orElseThrow();
            assertThat(formulaCell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaCell.getCellStyle().getQuotePrefixed()).isTrue();
            Sheet questions = workbook.getSheetAt(1);
            assertThat(questions.getSheetName()).isEqualTo("Câu hỏi");
            assertThat(questions.getLastRowNum()).isEqualTo(bank().size());
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }

        // CSV: the same rows, the formula behind an apostrophe
        byte[] csv = documents.csv(schoolClass.id(), Locale.of("vi"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVParser.parse(
                new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8),
                CSVFormat.EXCEL)) {
            List<List<String>> rows =
                    parser.getRecords().stream().map(CSVRecord::toList).toList();
            assertThat(rows.getFirst())
                    .containsExactly(
                            "Khoá học",
                            "Học sinh",
                            "Tình trạng",
                            "Bài đã đọc",
                            "Lượt làm bài",
                            "Điểm cao nhất",
                            "Ngày hoàn thành");
            List<List<String>> csvExpected = expected.stream()
                    .map(r ->
                            r.stream().map(v -> v.startsWith("=") ? "'" + v : v).toList())
                    .toList();
            assertThat(rows.subList(1, rows.size())).isEqualTo(csvExpected);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }

        // PDF: A4, the class, the school, the day printed and every row of the screen, in its order
        byte[] pdf = documents.pdf(schoolClass.id(), Locale.of("vi"));
        try {
            PdfReader reader = new PdfReader(pdf);
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            // OpenPDF's extractor puts a table's cells side by side with no space: compared without spaces
            String text = all.toString().replaceAll("\\s+", "");
            assertThat(text)
                    .contains("Báocáolớp:Lớp8B–mộtsựthật")
                    .contains("TrườngTHCSKiểmThử")
                    .contains("Ngàyin:" + today)
                    .contains(title.replaceAll("\\s+", ""));
            int from = 0;
            for (List<String> row : screen) {
                String line = String.join("", row).replaceAll("\\s+", "");
                int at = text.indexOf(line, from);
                assertThat(at).as(line).isGreaterThanOrEqualTo(0);
                from = at + line.length();
            }
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }

        // the file names carry the class's name, safe
        assertThat(ClassReportDocuments.fileName(schoolClass, "xlsx")).isEqualTo("bao-cao-lop-lop-8b-mot-su-that.xlsx");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-pdf")).getHref())
                .isNotBlank();
    }

    @Test
    void the_areas_admin_reads_the_report_and_another_teacher_or_commune_gets_nothing() {
        SchoolClass schoolClass = aClass("Lớp 8C – riêng", null);
        Student student = aStudentIn(schoolClass);
        Learners.passCourse(learning, catalog, COURSE);
        Student outsider = aStudentIn(aClass("Lớp 8D – lớp khác", null));

        login(TestArea.ADMIN); // the test commune's admin reads it
        assertThat(reports.of(schoolClass.id()).rows()).hasSize(1);
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/report");
        assertThat(_find(Div.class, spec -> spec.withId("report-row-" + COURSE + "-" + student.person())))
                .hasSize(1);
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/report/" + student.person());
        assertThat(_find(Div.class, spec -> spec.withClasses("kns-answer-right")))
                .hasSize(10);

        login(TestArea.TEACHER); // a student of another class is not on this class's pages
        refusedPage("classes/" + schoolClass.id() + "/report/" + outsider.person());
        assertThatThrownBy(() -> reports.answersOf(schoolClass.id(), outsider.person()))
                .isInstanceOf(AccessDeniedException.class);

        for (String login : List.of("giaovien", "quantrixa")) { // another teacher; another commune's admin
            login(login);
            refusedPage("classes/" + schoolClass.id() + "/report");
            refusedPage("classes/" + schoolClass.id() + "/report/" + student.person());
            assertThatThrownBy(() -> reports.of(schoolClass.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.answersOf(schoolClass.id(), student.person()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documents.xlsx(schoolClass.id(), Locale.ROOT))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documents.csv(schoolClass.id(), Locale.ROOT))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documents.pdf(schoolClass.id(), Locale.ROOT))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> answersOf.of(List.of(student.person()), List.of(COURSE)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        login(student.login()); // a student reaches no one's answers, not even their own through this read
        assertThatThrownBy(() -> answersOf.of(List.of(student.person()), List.of(COURSE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void refusedPage(String path) {
        UI.getCurrent().navigate(path);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .as(path)
                .singleElement()
                .isInstanceOf(NotFoundView.class);
    }

    private Map<Long, CourseStatus> statuses(SchoolClass schoolClass) {
        return reports.of(schoolClass.id()).rows().stream()
                .collect(Collectors.toMap(ClassProgress.StudentCourse::personId, ClassProgress.StudentCourse::status));
    }

    private CourseStatus myProgressStatus() {
        return learning.myProgress().skills().stream()
                .flatMap(s -> s.courses().stream())
                .filter(c -> c.code().equals(COURSE))
                .map(MyProgress.CourseRow::status)
                .findFirst()
                .orElseThrow();
    }

    private String name(Student s) {
        return people.namesOf(Set.of(s.person())).get(s.person());
    }

    private static String formulaName() {
        return "=HYPERLINK(\"http://lua.dao\",\"Bấm vào\")";
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    /** A report row's cells as the screen shows them (the first may be a link). */
    private static List<String> cells(Component row) {
        return row.getChildren()
                .map(c -> c instanceof Anchor link ? link.getText() : ((Span) c).getText())
                .toList();
    }

    private static List<String> values(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(format.formatCellValue(cell)));
        return values;
    }
}
