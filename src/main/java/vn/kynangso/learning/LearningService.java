package vn.kynangso.learning;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.kynangso.catalog.Audience;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.learning.QuestionScreen.Answered;

/**
 * Learning as other features call it, one entry for all of it: each method hands over to the class
 * that does that job ({@link CourseProgressService}, {@link QuizService}, {@link MyProgressService},
 * {@link Completions}), where its rules, security and transactions live. Code inside learning uses
 * those classes directly.
 */
@Service
public class LearningService {

    private final CourseProgressService progress;
    private final QuizService quiz;
    private final MyProgressService myProgress;
    private final Completions completions;
    private final Learner learner;

    LearningService(
            CourseProgressService progress,
            QuizService quiz,
            MyProgressService myProgress,
            Completions completions,
            Learner learner) {
        this.progress = progress;
        this.quiz = quiz;
        this.myProgress = myProgress;
        this.completions = completions;
        this.learner = learner;
    }

    /** The audiences the signed-in person learns as (from their roles). */
    public Set<Audience> myAudiences() {
        return learner.audiences();
    }

    /** See {@link MyProgressService#myCatalog()}. */
    public List<PublishedCourse> myCatalog() {
        return myProgress.myCatalog();
    }

    /** See {@link MyProgressService#myProgress()}. */
    public MyProgress myProgress() {
        return myProgress.myProgress();
    }

    /** See {@link CourseProgressService#progress(String)}. */
    public CourseProgress progress(String courseCode) {
        return progress.progress(courseCode);
    }

    /** See {@link CourseProgressService#lessonRead(String, int)}. */
    public CourseProgress lessonRead(String courseCode, int lessonIndex) {
        return progress.lessonRead(courseCode, lessonIndex);
    }

    /** See {@link QuizService#startOrResume(String)}. */
    public QuestionScreen startOrResume(String courseCode) {
        return quiz.startOrResume(courseCode);
    }

    /** See {@link QuizService#question(long, int)}. */
    public QuestionScreen question(long attemptId, int position) {
        return quiz.question(attemptId, position);
    }

    /** See {@link QuizService#answer(long, int, List)}. */
    public Answered answer(long attemptId, int position, List<Integer> shown) {
        return quiz.answer(attemptId, position, shown);
    }

    /** See {@link QuizService#submit(long)}. */
    public AttemptReport submit(long attemptId) {
        return quiz.submit(attemptId);
    }

    /** See {@link QuizService#report(long)}. */
    public AttemptReport report(long attemptId) {
        return quiz.report(attemptId);
    }

    /** See {@link Completions#count()}. */
    public long countCompletions() {
        return completions.count();
    }

    /** See {@link Completions#asEvents()}. */
    public List<CourseCompleted> completions() {
        return completions.asEvents();
    }
}
