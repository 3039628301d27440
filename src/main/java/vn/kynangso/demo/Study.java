package vn.kynangso.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.learning.LearningService;
import vn.kynangso.learning.QuestionScreen;
import vn.kynangso.learning.QuizService;

/**
 * A learner at work, as the signed-in learner would tap it: lessons read, quizzes answered through
 * the learning services (so every rule, event and listener runs as it does for a person).
 */
@Component
class Study {

    private final LearningService learning;
    private final QuizService quizzes;
    private final CatalogService catalog;

    Study(LearningService learning, QuizService quizzes, CatalogService catalog) {
        this.learning = learning;
        this.quizzes = quizzes;
        this.catalog = catalog;
    }

    /** Reads the course's first {@code count} lessons (at most all of them). */
    void read(String courseCode, int count) {
        int lessons = content(courseCode).lessons().size();
        for (int i = 0; i < Math.min(count, lessons); i++) {
            learning.lessonRead(courseCode, i);
        }
    }

    /** Reads every lesson and passes the quiz with every answer right: the course is completed. */
    void pass(String courseCode) {
        read(courseCode, Integer.MAX_VALUE);
        takeQuiz(courseCode, true);
    }

    /** Reads every lesson and hands in a quiz with every answer wrong. */
    void fail(String courseCode) {
        read(courseCode, Integer.MAX_VALUE);
        takeQuiz(courseCode, false);
    }

    private void takeQuiz(String courseCode, boolean right) {
        CourseContent content = content(courseCode);
        QuestionScreen screen = quizzes.startOrResume(courseCode);
        long attempt = screen.attemptId();
        while (screen != null) {
            QuestionScreen shown = screen;
            Question question = content.questions().stream()
                    .filter(q -> q.prompt().equals(shown.prompt()))
                    .findFirst()
                    .orElseThrow();
            List<Integer> answer = right ? rightAnswer(question, shown) : wrongAnswer(question, shown);
            screen = quizzes.answerThenNext(attempt, shown.position(), answer).next();
            if (screen != null && screen.position() <= shown.position()) {
                break;
            }
        }
        quizzes.submit(attempt);
    }

    private CourseContent content(String courseCode) {
        return catalog.current(courseCode).orElseThrow().content();
    }

    private static List<Integer> rightAnswer(Question question, QuestionScreen screen) {
        List<Integer> right = new ArrayList<>();
        for (Choice choice : question.choices()) {
            if (question.type() == QuestionType.ORDER || choice.correct()) {
                right.add(shownIndex(screen, choice));
            }
        }
        return right;
    }

    private static List<Integer> wrongAnswer(Question question, QuestionScreen screen) {
        if (question.type() == QuestionType.ORDER) {
            List<Integer> reversed = rightAnswer(question, screen);
            Collections.reverse(reversed);
            return reversed;
        }
        return question.choices().stream()
                .filter(c -> !c.correct())
                .limit(1)
                .map(c -> shownIndex(screen, c))
                .toList();
    }

    private static int shownIndex(QuestionScreen screen, Choice choice) {
        return screen.choices().stream()
                .filter(c -> c.text().equals(choice.text()))
                .findFirst()
                .orElseThrow()
                .shownIndex();
    }
}
