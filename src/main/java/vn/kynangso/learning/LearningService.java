package vn.kynangso.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.Audience;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Skill;
import vn.kynangso.learning.CourseProgress.AttemptSummary;
import vn.kynangso.learning.LearningException.Reason;
import vn.kynangso.learning.LearningStore.LessonRead;
import vn.kynangso.learning.LearningStore.SavedAnswer;
import vn.kynangso.learning.QuestionScreen.Answered;
import vn.kynangso.learning.QuestionScreen.ChoiceFeedback;
import vn.kynangso.learning.QuestionScreen.ShownChoice;
import vn.kynangso.learning.QuestionScreen.Unanswered;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;

/**
 * A learner's way through a course: read lessons, take the assessment one question at a time with
 * every answer saved as it is given, get graded on the server, complete the course and become
 * proficient in its skill. Every method acts for the signed-in learner only.
 */
@Service
public class LearningService {

    private final EnrolmentRepository enrolments;
    private final QuizAttemptRepository attempts;
    private final LearningStore store;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LearningService(
            EnrolmentRepository enrolments,
            QuizAttemptRepository attempts,
            LearningStore store,
            CatalogService catalog,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.enrolments = enrolments;
        this.attempts = attempts;
        this.store = store;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The audiences the signed-in person learns as (from their roles). */
    public Set<Audience> myAudiences() {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        currentUser.get().ifPresent(user -> {
            if (user.hasRole(Roles.RESIDENT)) {
                audiences.add(Audience.RESIDENT);
            }
            if (user.hasRole(Roles.STUDENT)) {
                audiences.add(Audience.STUDENT);
            }
            if (user.hasRole(Roles.OFFICIAL)) {
                audiences.add(Audience.OFFICIAL);
            }
        });
        return audiences;
    }

    /** Courses offered to the signed-in learner, the five skills first. */
    @Transactional(readOnly = true)
    public List<PublishedCourse> myCatalog() {
        return catalog.currentCoursesFor(myAudiences());
    }

    /**
     * Where the signed-in learner stands in a course: the version they started (or the current one
     * when they have not started), lessons read, attempts and whether the quiz is open.
     */
    @Transactional(readOnly = true)
    public CourseProgress progress(String courseCode) {
        long person = me();
        Optional<Enrolment> enrolment = enrolments.findByPersonIdAndCourseCode(person, courseCode);
        PublishedCourse course =
                enrolment.map(e -> catalog.version(e.getCourseVersionId())).orElseGet(() -> offered(courseCode));
        return progress(course, enrolment.orElse(null));
    }

    /** Marks a lesson (0-based) as read to the end; starts the course on the first lesson read. */
    @Transactional
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public CourseProgress lessonRead(String courseCode, int lessonIndex) {
        Enrolment enrolment = enrol(courseCode);
        PublishedCourse course = catalog.version(enrolment.getCourseVersionId());
        if (lessonIndex < 0 || lessonIndex >= course.content().lessons().size()) {
            throw new IllegalArgumentException("No lesson " + lessonIndex + " in " + courseCode);
        }
        store.lessonRead(enrolment.getId(), lessonIndex, clock.instant(), helper());
        return progress(course, enrolment);
    }

    /**
     * The question to show now: the open attempt's first unanswered question, or the first question
     * of a new attempt when the quiz is open. When every question is answered, the last one.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public QuestionScreen startOrResume(String courseCode) {
        Enrolment enrolment = enrolments
                .findByPersonIdAndCourseCode(me(), courseCode)
                .orElseThrow(() -> new LearningException(Reason.QUIZ_CLOSED));
        PublishedCourse course = catalog.version(enrolment.getCourseVersionId());
        QuizAttempt attempt = attempts.findFirstByEnrolmentIdAndSubmittedAtIsNull(enrolment.getId())
                .orElseGet(() -> {
                    if (!progress(course, enrolment).gate().isOpen()) {
                        throw new LearningException(Reason.QUIZ_CLOSED);
                    }
                    return attempts.save(draw(course, enrolment));
                });
        Map<Integer, SavedAnswer> answers = store.answers(attempt.getId());
        int position = IntStream.range(0, attempt.size())
                .filter(p -> !answers.containsKey(p))
                .findFirst()
                .orElse(attempt.size() - 1);
        return screen(course, attempt, position, answers.get(position));
    }

    /** Question {@code position} (0-based) of one of the learner's attempts, as it may be shown now. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public QuestionScreen question(long attemptId, int position) {
        QuizAttempt attempt = mine(attemptId);
        PublishedCourse course = courseOf(attempt);
        checkPosition(attempt, position);
        return screen(course, attempt, position, store.answers(attemptId).get(position));
    }

    /**
     * Saves and grades an answer the moment it is given. {@code shown} holds the shown indices the
     * learner picked (ORDER: the steps in the learner's order). Answering twice keeps the first
     * answer and returns it, so a double tap or a resent request changes nothing.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public Answered answer(long attemptId, int position, List<Integer> shown) {
        QuizAttempt attempt = mine(attemptId);
        PublishedCourse course = courseOf(attempt);
        checkPosition(attempt, position);
        SavedAnswer existing = store.answers(attemptId).get(position);
        if (existing != null) {
            return (Answered) screen(course, attempt, position, existing);
        }
        if (attempt.isSubmitted()) {
            throw new LearningException(Reason.QUIZ_CLOSED);
        }
        Long helper = helper();
        if (helper != null) {
            attempt.helpedBy(helper);
        }
        Question question = question(course, attempt, position);
        List<Integer> order = attempt.displayOrder(position);
        if (shown.stream().anyMatch(i -> i < 0 || i >= order.size())) {
            throw new LearningException(Reason.INVALID_ANSWER);
        }
        List<Integer> original = shown.stream().map(order::get).toList();
        if (!Grading.valid(question, original)) {
            throw new LearningException(Reason.INVALID_ANSWER);
        }
        SavedAnswer answer = new SavedAnswer(
                position, question.code(), original, Grading.points(question, original), clock.instant());
        if (!store.saveAnswer(attemptId, answer)) {
            answer = store.answers(attemptId).get(position); // a concurrent duplicate won: keep the first
        }
        return (Answered) screen(course, attempt, position, answer);
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
            if (passed) {
                onPassed(course, enrolments.findById(attempt.getEnrolmentId()).orElseThrow(), attempt, now);
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
        Enrolment enrolment = enrolments.findById(attempt.getEnrolmentId()).orElseThrow();
        return new AttemptReport(
                course, summary(attempt), questions, progress(course, enrolment).gate());
    }

    /** The five skills and the signed-in learner's required courses, with their status. */
    @Transactional(readOnly = true)
    public MyProgress myProgress() {
        long person = me();
        Map<Skill, Instant> skills = store.skills(person);
        List<PublishedCourse> offered = myCatalog();
        List<MyProgress.SkillStatus> skillStatuses = new ArrayList<>();
        for (Skill skill : Skill.values()) {
            List<MyProgress.CourseRow> courses = offered.stream()
                    .filter(c -> c.content().skill() == skill)
                    .map(c -> status(person, c))
                    .toList();
            skillStatuses.add(new MyProgress.SkillStatus(skill, skills.get(skill), courses));
        }
        List<MyProgress.CourseRow> required = offered.stream()
                .filter(c -> c.content().category() == CourseCategory.OFFICIAL)
                .map(c -> status(person, c))
                .toList();
        return new MyProgress(skillStatuses, required);
    }

    // --- inside ---

    private MyProgress.CourseRow status(long person, PublishedCourse offered) {
        Optional<Enrolment> enrolment = enrolments.findByPersonIdAndCourseCode(person, offered.code());
        PublishedCourse course =
                enrolment.map(e -> catalog.version(e.getCourseVersionId())).orElse(offered);
        int read = enrolment.map(e -> store.lessonsRead(e.getId()).size()).orElse(0);
        CourseContent content = course.content();
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = content.deadlineIn(today.getYear());
        CourseStatus status = CourseStatus.of(
                enrolment.map(e -> day(e.getStartedAt())).orElse(null),
                enrolment.map(Enrolment::getCompletedAt).map(this::day).orElse(null),
                deadline,
                today);
        return new MyProgress.CourseRow(
                course.code(),
                content.title(),
                read,
                content.lessons().size(),
                status,
                enrolment.map(Enrolment::getCompletedAt).orElse(null),
                content.creditHours(),
                deadline);
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone());
    }

    private void onPassed(PublishedCourse course, Enrolment enrolment, QuizAttempt attempt, Instant now) {
        enrolment.passed(now);
        events.publishEvent(
                new QuizPassed(enrolment.getPersonId(), course.code(), course.versionId(), attempt.getId(), now));
        CourseContent content = course.content();
        if (store.lessonsRead(enrolment.getId()).size() >= content.lessons().size()) {
            enrolment.completed(now);
            events.publishEvent(new CourseCompleted(
                    enrolment.getPersonId(),
                    enrolment.getId(),
                    course.code(),
                    course.versionId(),
                    content.category(),
                    content.skill(),
                    now));
        }
        if (content.skill() != null
                && store.gainSkill(
                        enrolment.getPersonId(), content.skill(), now, course.versionId(), attempt.getId())) {
            events.publishEvent(new SkillProficiencyGained(
                    enrolment.getPersonId(),
                    content.skill(),
                    now,
                    Set.copyOf(store.skills(enrolment.getPersonId()).keySet())));
        }
    }

    private Enrolment enrol(String courseCode) {
        long person = me();
        return enrolments.findByPersonIdAndCourseCode(person, courseCode).orElseGet(() -> {
            PublishedCourse course = offered(courseCode);
            return enrolments.save(new Enrolment(person, courseCode, course.versionId(), clock.instant()));
        });
    }

    /** The current version of a course offered to this learner; others do not exist for them. */
    private PublishedCourse offered(String courseCode) {
        PublishedCourse course =
                catalog.current(courseCode).orElseThrow(() -> new LearningException(Reason.NO_SUCH_COURSE));
        Set<Audience> mine = myAudiences();
        if (course.content().audience().stream().noneMatch(mine::contains)) {
            throw new LearningException(Reason.NO_SUCH_COURSE);
        }
        return course;
    }

    private CourseProgress progress(PublishedCourse course, @Nullable Enrolment enrolment) {
        if (enrolment == null) {
            List<Integer> all = IntStream.range(0, course.content().lessons().size())
                    .boxed()
                    .toList();
            return new CourseProgress(
                    course, false, Set.of(), List.of(), new QuizGate.LessonsToRead(all), null, null, null);
        }
        Map<Integer, LessonRead> read = store.lessonsRead(enrolment.getId());
        List<QuizAttempt> tries = attempts.findByEnrolmentIdOrderByNumber(enrolment.getId());
        Long open = tries.stream()
                .filter(a -> !a.isSubmitted())
                .map(QuizAttempt::getId)
                .findFirst()
                .orElse(null);
        return new CourseProgress(
                course,
                true,
                new TreeSet<>(read.keySet()),
                tries.stream().map(LearningService::summary).toList(),
                gate(course, enrolment, read, tries, open),
                open,
                enrolment.getPassedAt(),
                enrolment.getCompletedAt());
    }

    private QuizGate gate(
            PublishedCourse course,
            Enrolment enrolment,
            Map<Integer, LessonRead> read,
            List<QuizAttempt> tries,
            @Nullable Long openAttempt) {
        if (enrolment.getPassedAt() != null) {
            return new QuizGate.AlreadyPassed();
        }
        if (openAttempt != null) {
            return new QuizGate.Open();
        }
        int lessons = course.content().lessons().size();
        List<Integer> unread = IntStream.range(0, lessons)
                .filter(i -> !read.containsKey(i))
                .boxed()
                .toList();
        if (!unread.isEmpty()) {
            return new QuizGate.LessonsToRead(unread);
        }
        Optional<QuizAttempt> lastFailed =
                tries.stream().filter(a -> a.isSubmitted() && !a.isPassed()).reduce((a, b) -> b);
        if (lastFailed.isPresent()) {
            Instant failedAt = lastFailed.get().getSubmittedAt();
            Instant until =
                    failedAt.plusSeconds(60L * course.content().assessment().retakeWaitMinutes());
            if (clock.instant().isBefore(until)) {
                return new QuizGate.WaitUntil(until);
            }
            if (course.content().assessment().reviewLessons()) {
                List<Integer> toReview = IntStream.range(0, lessons)
                        .filter(i -> !read.get(i).lastReadAt().isAfter(failedAt))
                        .boxed()
                        .toList();
                if (!toReview.isEmpty()) {
                    return new QuizGate.ReviewLessons(toReview);
                }
            }
        }
        return new QuizGate.Open();
    }

    private QuizAttempt draw(PublishedCourse course, Enrolment enrolment) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Question> bank = new ArrayList<>(course.content().questions());
        Collections.shuffle(bank, random);
        List<Question> drawn = bank.subList(
                0, Math.min(bank.size(), course.content().assessment().questionsPerAttempt()));
        List<List<Integer>> orders = new ArrayList<>();
        for (Question question : drawn) {
            List<Integer> order = new ArrayList<>(
                    IntStream.range(0, question.choices().size()).boxed().toList());
            if (question.type() != QuestionType.TRUE_FALSE) {
                List<Integer> identity = List.copyOf(order);
                do {
                    Collections.shuffle(order, random);
                } while (question.type() == QuestionType.ORDER && order.size() > 1 && order.equals(identity));
            }
            orders.add(order);
        }
        int number = attempts.findFirstByEnrolmentIdOrderByNumberDesc(enrolment.getId())
                .map(a -> a.getNumber() + 1)
                .orElse(1);
        return new QuizAttempt(
                enrolment.getId(),
                number,
                drawn.stream().map(Question::code).toList(),
                orders,
                clock.instant(),
                helper());
    }

    private QuestionScreen screen(
            PublishedCourse course, QuizAttempt attempt, int position, @Nullable SavedAnswer answer) {
        Question question = question(course, attempt, position);
        List<Integer> order = attempt.displayOrder(position);
        List<ShownChoice> shown = new ArrayList<>();
        for (int s = 0; s < order.size(); s++) {
            shown.add(new ShownChoice(s, question.choices().get(order.get(s)).text()));
        }
        if (answer == null) {
            return new Unanswered(attempt.getId(), position, attempt.size(), question.type(), question.prompt(), shown);
        }
        List<Integer> given = answer.response().stream().map(order::indexOf).toList();
        List<ChoiceFeedback> feedback = new ArrayList<>();
        for (int s = 0; s < order.size(); s++) {
            int original = order.get(s);
            Choice choice = question.choices().get(original);
            boolean chosen = answer.response().contains(original);
            boolean right = question.type() == QuestionType.ORDER
                    ? answer.response().indexOf(original) == original
                    : choice.correct();
            int rightPosition = question.type() == QuestionType.ORDER ? original + 1 : 0;
            feedback.add(new ChoiceFeedback(s, choice.text(), right, chosen, choice.feedback(), rightPosition));
        }
        return new Answered(
                attempt.getId(),
                position,
                attempt.size(),
                question.type(),
                question.prompt(),
                shown,
                given,
                answer.points(),
                feedback);
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

    private static AttemptSummary summary(QuizAttempt a) {
        return new AttemptSummary(
                a.getId(),
                a.getNumber(),
                a.getStartedAt(),
                a.getSubmittedAt(),
                a.getScore(),
                a.getMaxScore(),
                a.isPassed());
    }

    private PublishedCourse courseOf(QuizAttempt attempt) {
        Enrolment enrolment = enrolments.findById(attempt.getEnrolmentId()).orElseThrow();
        return catalog.version(enrolment.getCourseVersionId());
    }

    /** One of the signed-in learner's own attempts; anyone else's is refused. */
    private QuizAttempt mine(long attemptId) {
        long person = me();
        QuizAttempt attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("attempt"));
        Enrolment enrolment = enrolments.findById(attempt.getEnrolmentId()).orElseThrow();
        if (enrolment.getPersonId() != person) {
            throw new AccessDeniedException("attempt of another learner");
        }
        return attempt;
    }

    /** How many courses have been completed, by everyone. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public long countCompletions() {
        return enrolments.countByCompletedAtIsNotNull();
    }

    /**
     * Every completed course as the event it raised, for work done once at start (e.g. certificates
     * for completions from before certificates existed).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public List<CourseCompleted> completions() {
        return enrolments.findByCompletedAtIsNotNullOrderById().stream()
                .map(e -> {
                    CourseContent content =
                            catalog.version(e.getCourseVersionId()).content();
                    return new CourseCompleted(
                            e.getPersonId(),
                            e.getId(),
                            e.getCourseCode(),
                            e.getCourseVersionId(),
                            content.category(),
                            content.skill(),
                            java.util.Objects.requireNonNull(e.getCompletedAt()));
                })
                .toList();
    }

    /** The account of whoever is helping the learner right now (a team member at their side), if anyone. */
    private @Nullable Long helper() {
        return currentUser
                .get()
                .flatMap(SignedInUser::getHelper)
                .map(SignedInUser::getAccountId)
                .orElse(null);
    }

    private long me() {
        return currentUser
                .get()
                .flatMap(SignedInUser::getPersonId)
                .orElseThrow(() -> new LearningException(Reason.NOT_A_LEARNER));
    }
}
