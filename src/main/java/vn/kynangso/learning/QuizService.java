package vn.kynangso.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.catalog.Question;
import vn.kynangso.learning.LearningException.Reason;
import vn.kynangso.learning.LearningStore.SavedAnswer;
import vn.kynangso.learning.QuestionScreen.Answered;

/**
 * Taking a course's quiz one question at a time: an attempt drawn when the quiz opens, every answer
 * saved and graded on the server the moment it is given, handing in, and the result explained.
 * Acts for the signed-in learner's own attempts only.
 */
@Service
public class QuizService {

    private final EnrolmentRepository enrolments;
    private final QuizAttemptRepository attempts;
    private final LearningStore store;
    private final CatalogService catalog;
    private final CourseProgressService progress;
    private final CourseCompletion completion;
    private final Learner learner;
    private final Clock clock;
    private final LearnerActivity activity;
    private final CourseCorrections corrections;

    QuizService(
            EnrolmentRepository enrolments,
            QuizAttemptRepository attempts,
            LearningStore store,
            CatalogService catalog,
            CourseProgressService progress,
            CourseCompletion completion,
            Learner learner,
            Clock clock,
            LearnerActivity activity,
            CourseCorrections corrections) {
        this.activity = activity;
        this.corrections = corrections;
        this.enrolments = enrolments;
        this.attempts = attempts;
        this.store = store;
        this.catalog = catalog;
        this.progress = progress;
        this.completion = completion;
        this.learner = learner;
        this.clock = clock;
    }

    /**
     * The question to show now: the open attempt's first unanswered question, or the first question
     * of a new attempt when the quiz is open. When every question is answered, the last one. An open
     * attempt is resumed on the version it was drawn from; a new one moves a learner who is
     * mid-course onto a correction first, so it is drawn from the corrected bank.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public QuestionScreen startOrResume(String courseCode) {
        Enrolment enrolment = enrolments
                .findByPersonIdAndCourseCode(learner.personId(), courseCode)
                .orElseThrow(() -> new LearningException(Reason.QUIZ_CLOSED));
        QuizAttempt attempt = attempts.findFirstByEnrolmentIdAndSubmittedAtIsNull(enrolment.getId())
                .orElseGet(() -> {
                    corrections.catchUp(enrolment);
                    QuizGate gate = progress.progress(courseCode).gate();
                    if (gate instanceof QuizGate.HeldByTeacher) {
                        throw new LearningException(Reason.HELD_BY_TEACHER);
                    }
                    if (!gate.isOpen()) {
                        throw new LearningException(Reason.QUIZ_CLOSED);
                    }
                    return attempts.save(newAttempt(catalog.version(enrolment.getCourseVersionId()), enrolment));
                });
        PublishedCourse course = courseOf(attempt);
        Map<Integer, SavedAnswer> answers = store.answers(attempt.getId());
        int position = IntStream.range(0, attempt.size())
                .filter(p -> !answers.containsKey(p))
                .findFirst()
                .orElse(attempt.size() - 1);
        activity.onQuestion(enrolment.getPersonId(), courseCode, position, attempt.size(), clock.instant(), false);
        return screen(course, attempt, position, answers.get(position));
    }

    /** Question {@code position} (0-based) of one of the learner's attempts, as it may be shown now. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public QuestionScreen question(long attemptId, int position) {
        QuizAttempt attempt = mine(attemptId);
        checkPosition(attempt, position);
        return screen(
                courseOf(attempt),
                attempt,
                position,
                store.answer(attemptId, position).orElse(null));
    }

    /**
     * Saves and grades an answer the moment it is given. {@code shown} holds the shown indices the
     * learner picked (ORDER: the steps in the learner's order). Answering twice keeps the first
     * answer and returns it, so a double tap or a resent request changes nothing.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public Answered answer(long attemptId, int position, List<Integer> shown) {
        return answerThenNext(attemptId, position, shown).answered();
    }

    /**
     * An answer saved and graded as by {@link #answer}, and the question after it as it may be shown
     * now, read in the same transaction: the screen sends the next question along with the feedback,
     * so moving on costs the learner no trip to the server.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public Given answerThenNext(long attemptId, int position, List<Integer> shown) {
        QuizAttempt attempt = mine(attemptId);
        PublishedCourse course = courseOf(attempt);
        Answered answered = answer(course, attempt, position, shown);
        int next = position + 1;
        return new Given(
                answered,
                next < attempt.size()
                        ? screen(
                                course,
                                attempt,
                                next,
                                store.answer(attemptId, next).orElse(null))
                        : null);
    }

    /**
     * What {@link #answerThenNext} returns.
     *
     * @param next the question after the answered one; {@code null} after the last
     */
    public record Given(Answered answered, @Nullable QuestionScreen next) {}

    private Answered answer(PublishedCourse course, QuizAttempt attempt, int position, List<Integer> shown) {
        long attemptId = attempt.getId();
        checkPosition(attempt, position);
        if (attempt.isSubmitted()) {
            return (Answered) screen(course, attempt, position, firstAnswer(attemptId, position, Reason.QUIZ_CLOSED));
        }
        Question question = question(course, attempt, position);
        List<Integer> order = attempt.displayOrder(position);
        if (shown.stream().anyMatch(i -> i < 0 || i >= order.size())) {
            return (Answered)
                    screen(course, attempt, position, firstAnswer(attemptId, position, Reason.INVALID_ANSWER));
        }
        List<Integer> original = shown.stream().map(order::get).toList();
        if (!Grading.valid(question, original)) {
            return (Answered)
                    screen(course, attempt, position, firstAnswer(attemptId, position, Reason.INVALID_ANSWER));
        }
        SavedAnswer answer = new SavedAnswer(
                position, question.code(), original, Grading.points(question, original), clock.instant());
        // saved unless an answer is already there (a double tap, a resent request, another tab): the first stays
        if (!store.saveAnswer(attemptId, answer)) {
            return (Answered) screen(course, attempt, position, firstAnswer(attemptId, position, Reason.QUIZ_CLOSED));
        }
        Long helper = learner.helper();
        if (helper != null && !helper.equals(attempt.getHelperAccountId())) {
            attempt.helpedBy(helper);
        }
        // on to the next question (or handing in, on the last)
        activity.onQuestion(
                learner.personId(),
                course.code(),
                Math.min(position + 1, attempt.size() - 1),
                attempt.size(),
                answer.at(),
                true);
        return (Answered) screen(course, attempt, position, answer);
    }

    /** The answer already saved at a position, which wins over a new one; none there means {@code otherwise}. */
    private SavedAnswer firstAnswer(long attemptId, int position, Reason otherwise) {
        return store.answer(attemptId, position).orElseThrow(() -> new LearningException(otherwise));
    }

    /**
     * Hands in an attempt: grades it, and on a pass completes the course and records the skill.
     * Handing in twice returns the same result.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public AttemptReport submit(long attemptId) {
        QuizAttempt attempt = mine(attemptId);
        if (!attempt.isSubmitted()) {
            PublishedCourse course = courseOf(attempt);
            Map<Integer, SavedAnswer> answers = store.answers(attemptId);
            if (answers.size() < attempt.size()) {
                throw new LearningException(Reason.QUESTIONS_LEFT);
            }
            BigDecimal score =
                    answers.values().stream().map(SavedAnswer::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean passed = Grading.percent(score, attempt.getMaxScore())
                    >= course.content().assessment().passMark();
            Instant now = clock.instant();
            attempt.submit(now, score, passed);
            activity.handedIn(learner.personId(), course.code(), passed, now);
            if (passed) {
                completion.passed(
                        course, enrolments.findById(attempt.getEnrolmentId()).orElseThrow(), attempt, now);
            }
        }
        return report(attemptId);
    }

    /** A submitted attempt with every question explained. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public AttemptReport report(long attemptId) {
        QuizAttempt attempt = mine(attemptId);
        PublishedCourse course = courseOf(attempt);
        Map<Integer, SavedAnswer> answers = store.answers(attemptId);
        List<Answered> questions = new ArrayList<>();
        for (int p = 0; p < attempt.size(); p++) {
            if (answers.containsKey(p)) {
                questions.add((Answered) screen(course, attempt, p, answers.get(p)));
            }
        }
        return new AttemptReport(
                course,
                attempt.summary(),
                questions,
                progress.progress(course.code()).gate());
    }

    private QuizAttempt newAttempt(PublishedCourse course, Enrolment enrolment) {
        QuizDraw.Drawn drawn = QuizDraw.draw(course.content(), ThreadLocalRandom.current());
        int number = attempts.findFirstByEnrolmentIdOrderByNumberDesc(enrolment.getId())
                .map(a -> a.getNumber() + 1)
                .orElse(1);
        return new QuizAttempt(
                enrolment.getId(),
                course.versionId(),
                number,
                drawn.questionCodes(),
                drawn.displayOrders(),
                clock.instant(),
                learner.helper());
    }

    private static QuestionScreen screen(
            PublishedCourse course, QuizAttempt attempt, int position, @Nullable SavedAnswer answer) {
        return QuestionScreens.of(question(course, attempt, position), attempt, position, answer);
    }

    private static Question question(PublishedCourse course, QuizAttempt attempt, int position) {
        String code = attempt.questionCodes().get(position);
        return course.content()
                .question(code)
                .orElseThrow(() -> new IllegalStateException(
                        "Question " + code + " missing from " + course.code() + " r" + course.revision()));
    }

    private static void checkPosition(QuizAttempt attempt, int position) {
        if (position < 0 || position >= attempt.size()) {
            throw new IllegalArgumentException("No question " + position + " in attempt " + attempt.getId());
        }
    }

    /** The version the attempt was drawn from (a correction may have moved the enrolment on since). */
    private PublishedCourse courseOf(QuizAttempt attempt) {
        Long version = attempt.getCourseVersionId();
        if (version == null) {
            version =
                    enrolments.findById(attempt.getEnrolmentId()).orElseThrow().getCourseVersionId();
        }
        return catalog.version(version);
    }

    /** One of the signed-in learner's own attempts; anyone else's is refused. */
    private QuizAttempt mine(long attemptId) {
        return attempts.findOfPerson(attemptId, learner.personId())
                .orElseThrow(() -> new AccessDeniedException("attempt"));
    }
}
