package vn.kynangso.classes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Text;
import vn.kynangso.classes.ClassJoining.ClassStudent;
import vn.kynangso.classes.ClassProgress.CourseSummary;
import vn.kynangso.classes.ClassProgress.StudentCourse;
import vn.kynangso.learning.QuizAnswersOf;
import vn.kynangso.learning.QuizAnswersOf.GivenAnswer;
import vn.kynangso.learning.QuizAnswersOf.HandedIn;

/**
 * A class's report after a session: per course given, each student's row from {@link ClassProgress}
 * (the status by the one rule), and each question of the course's bank with the share of the class
 * who got it right and the wrong answer chosen most, hardest first; and per student, every answer
 * they handed in.
 *
 * <p>A question counts once per student: their latest handed-in answer to it (what they know now).
 * It is right when it earned its full point (a MULTIPLE answer with partial credit is not right).
 * The wrong answer chosen most is the wrong answer given by more students than any other: the one
 * choice picked (SINGLE, TRUE_FALSE), the set of choices ticked (MULTIPLE) or the order the steps
 * were put in (ORDER). When two or more wrong answers are tied at the top, it is "various".
 */
@Service
public class ClassReport {

    /** The report of one class: its details and a part per course given, in the order given. */
    public record Report(SchoolClass schoolClass, List<CourseReport> courses) {

        /** Every student row of every course, course by course (what the exports list). */
        public List<StudentCourse> rows() {
            return courses.stream().flatMap(c -> c.rows().stream()).toList();
        }
    }

    /**
     * One course given to the class: how many completed it, a row per student (by name), and every
     * question of its bank, hardest first.
     */
    public record CourseReport(CourseSummary summary, List<StudentCourse> rows, List<QuestionResult> questions) {}

    /**
     * A question and how the class answered it.
     *
     * @param answered students who answered it in a handed-in attempt
     * @param right of those, students whose latest answer to it was fully right
     * @param mostChosenWrong null when nobody answered it wrong
     */
    public record QuestionResult(
            String code,
            QuestionType type,
            Text prompt,
            int answered,
            int right,
            @Nullable WrongAnswer mostChosenWrong) {

        /** The share right in percent, rounded down, or null when nobody answered it. */
        public @Nullable Integer percentRight() {
            return answered == 0 ? null : right * 100 / answered;
        }
    }

    /**
     * The wrong answer given most.
     *
     * @param choices the choices of that answer (ORDER: in the learner's order); empty when wrong
     *     answers were tied ("various")
     * @param students how many students gave it (when "various": how many answered it wrong)
     */
    public record WrongAnswer(List<Text> choices, int students) {

        public boolean various() {
            return choices.isEmpty();
        }
    }

    /** A student of the class and every attempt they handed in on the class's courses. */
    public record StudentAnswers(SchoolClass schoolClass, ClassStudent student, List<CourseAttempts> courses) {}

    /** A course given to the class and a student's handed-in attempts on it, in the order handed in. */
    public record CourseAttempts(String courseCode, Text title, List<HandedIn> attempts) {}

    private final ClassAccess access;
    private final ClassProgress progress;
    private final ClassJoining joining;
    private final ClassCourses courses;
    private final QuizAnswersOf answers;
    private final CatalogService catalog;

    ClassReport(
            ClassAccess access,
            ClassProgress progress,
            ClassJoining joining,
            ClassCourses courses,
            QuizAnswersOf answers,
            CatalogService catalog) {
        this.access = access;
        this.progress = progress;
        this.joining = joining;
        this.courses = courses;
        this.answers = answers;
        this.catalog = catalog;
    }

    /** The class's report, for its teacher or an admin of its area; refused to anyone else. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Report of(long classId) {
        SchoolClass schoolClass = access.readable(classId);
        ClassProgress.Report standing = progress.of(classId);
        List<Long> students =
                standing.rows().stream().map(StudentCourse::personId).distinct().toList();
        List<String> codes =
                standing.courses().stream().map(CourseSummary::courseCode).toList();
        // each student's latest answer to each question, course by course
        Map<String, Map<String, Map<Long, GivenAnswer>>> latest = new HashMap<>();
        for (HandedIn attempt : answers.of(students, codes)) {
            for (GivenAnswer answer : attempt.answers()) {
                latest.computeIfAbsent(attempt.courseCode(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(answer.question().code(), k -> new HashMap<>())
                        .put(attempt.personId(), answer);
            }
        }
        List<CourseReport> parts = new ArrayList<>();
        for (CourseSummary course : standing.courses()) {
            List<StudentCourse> rows = standing.rows().stream()
                    .filter(r -> r.assignmentId() == course.assignmentId())
                    .toList();
            // a single lesson has no questions; a course's are counted among the students it was given to
            Set<Long> given = rows.stream().map(StudentCourse::personId).collect(Collectors.toSet());
            Map<String, Map<Long, GivenAnswer>> theirs = new LinkedHashMap<>();
            latest.getOrDefault(course.courseCode(), Map.of()).forEach((question, byPerson) -> {
                Map<Long, GivenAnswer> kept = new HashMap<>(byPerson);
                kept.keySet().retainAll(given);
                if (!kept.isEmpty()) {
                    theirs.put(question, kept);
                }
            });
            parts.add(new CourseReport(
                    course, rows, course.given().isLesson() ? List.of() : questions(course.courseCode(), theirs)));
        }
        return new Report(schoolClass, parts);
    }

    /**
     * Every attempt a student of the class handed in on the class's courses, for the class's
     * teacher or an admin of its area; refused for anyone not in the class.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public StudentAnswers answersOf(long classId, long personId) {
        SchoolClass schoolClass = access.readable(classId);
        ClassStudent student = joining.students(classId).stream()
                .filter(s -> s.personId() == personId)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a student of the class"));
        // each course given to the student (whole, or a lesson of it) once, soonest due first
        Set<String> seen = new HashSet<>();
        List<ClassCourses.ClassCourse> given = courses.givenTo(classId, personId, student.groupId()).stream()
                .filter(c -> seen.add(c.courseCode()))
                .toList();
        List<HandedIn> handedIn = answers.of(
                List.of(personId),
                given.stream().map(ClassCourses.ClassCourse::courseCode).toList());
        List<CourseAttempts> parts = given.stream()
                .map(c -> new CourseAttempts(
                        c.courseCode(),
                        c.title(),
                        handedIn.stream()
                                .filter(a -> a.courseCode().equals(c.courseCode()))
                                .toList()))
                .toList();
        return new StudentAnswers(schoolClass, student, parts);
    }

    /** The course's bank as published now (then questions only older versions asked), hardest first. */
    private List<QuestionResult> questions(String courseCode, Map<String, Map<Long, GivenAnswer>> byQuestion) {
        Map<String, Question> bank = new LinkedHashMap<>();
        catalog.current(courseCode).ifPresent(c -> c.content().questions().forEach(q -> bank.put(q.code(), q)));
        byQuestion.forEach((code, given) ->
                bank.computeIfAbsent(code, k -> given.values().iterator().next().question()));
        List<String> bankOrder = new ArrayList<>(bank.keySet());
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : bank.values()) {
            List<GivenAnswer> given =
                    new ArrayList<>(byQuestion.getOrDefault(q.code(), Map.of()).values());
            int right = (int) given.stream().filter(GivenAnswer::right).count();
            results.add(
                    new QuestionResult(q.code(), q.type(), q.prompt(), given.size(), right, mostChosenWrong(given)));
        }
        results.sort(Comparator.comparing((QuestionResult r) -> r.answered() == 0)
                .thenComparing(r -> r.answered() == 0 ? 0 : r.right() * 1.0 / r.answered())
                .thenComparing(Comparator.comparingInt(QuestionResult::answered).reversed())
                .thenComparing(r -> bankOrder.indexOf(r.code())));
        return List.copyOf(results);
    }

    /** The wrong answer more students gave than any other; "various" when tied; null when none. */
    static @Nullable WrongAnswer mostChosenWrong(List<GivenAnswer> given) {
        Map<List<Text>, Integer> counts = new LinkedHashMap<>();
        int wrong = 0;
        for (GivenAnswer a : given) {
            if (a.right() || !a.answered()) {
                continue;
            }
            wrong++;
            counts.merge(choicesOf(a), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            return null;
        }
        int top = counts.values().stream().max(Integer::compare).orElseThrow();
        List<List<Text>> atTop = counts.entrySet().stream()
                .filter(e -> e.getValue() == top)
                .map(Map.Entry::getKey)
                .toList();
        return atTop.size() == 1 ? new WrongAnswer(atTop.getFirst(), top) : new WrongAnswer(List.of(), wrong);
    }

    /**
     * An answer as the choices it names, compared by their text so that versions of a course that
     * number their choices differently still count together: ticked choices in the question's order
     * (a set), steps in the learner's order.
     */
    private static List<Text> choicesOf(GivenAnswer answer) {
        List<Choice> choices = answer.question().choices();
        List<Integer> indices = answer.question().type() == QuestionType.ORDER
                ? answer.response()
                : answer.response().stream().sorted().toList();
        return indices.stream()
                .map(i -> Optional.ofNullable(i < choices.size() ? choices.get(i) : null)
                        .map(Choice::text)
                        .orElse(new Text("?", "?")))
                .toList();
    }
}
