package vn.kynangso.learning;

import java.util.List;
import vn.kynangso.catalog.PublishedCourse;

/** A submitted attempt explained: the score, the pass mark, and every question with its feedback. */
public record AttemptReport(
        PublishedCourse course,
        CourseProgress.AttemptSummary summary,
        List<QuestionScreen.Answered> questions,
        QuizGate nextGate) {

    public int passMark() {
        return course.content().assessment().passMark();
    }
}
