package vn.kynangso.bench;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load client reads off a screen: where a learner stands after opening the quiz (the app
 * resumes at the first unanswered question), the question number of the position line, and whether
 * a failure means that the server went away (sign in again and carry on) rather than a fault of its
 * own.
 */
final class QuizScreen {

    /** Where a learner stands, judged by the ids of the components shown. */
    enum Step {
        /** A question waits for an answer. */
        QUESTION,
        /** An answer's feedback, with "Next question" or "Hand in". */
        FEEDBACK,
        /** No quiz on screen: the app sent the learner to the course page (passed, wait, lessons to read). */
        CLOSED
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private QuizScreen() {}

    /** The step these ids show. */
    static Step step(Set<String> ids) {
        if (ids.contains("quiz-answer")) {
            return Step.QUESTION;
        }
        if (ids.contains("quiz-next") || ids.contains("quiz-submit")) {
            return Step.FEEDBACK;
        }
        return Step.CLOSED;
    }

    /** The first whole number in a line such as "Câu 3 / 10", or 0 when there is none. */
    static int firstNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.find() ? Integer.parseInt(m.group()) : 0;
    }

    /**
     * Whether this failure says the server is gone or restarted (connection refused or reset, a
     * time-out, a 5xx answer, an expired session or a sign-in page where the app was): then the
     * learner waits, signs in again and resumes. Anything else is an error of the app.
     */
    static boolean serverGone(Throwable failure) {
        if (failure instanceof HttpTimeoutException || failure instanceof IOException) {
            return true;
        }
        String message = String.valueOf(failure.getMessage());
        return message.contains("sessionExpired")
                || message.matches("(?s).*answered 5\\d\\d.*")
                || message.contains("answered 302")
                || message.contains("answered 401")
                || message.contains("answered 403")
                || message.contains("/login")
                || message.contains("Vaadin-Refresh")
                || message.contains("init without a UI id");
    }

    /**
     * Whether this failure says the session is gone (a restarted server): sign in again. A refused
     * connection or a time-out keeps the session, so that a slow or restarting server is not
     * asked for more sign-ins (each costs it a password hash) than learners who lost their session.
     */
    static boolean signInAgain(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        return !(failure instanceof IOException)
                && (message.contains("sessionExpired")
                        || message.contains("answered 302")
                        || message.contains("answered 401")
                        || message.contains("answered 403")
                        || message.contains("/login")
                        || message.contains("Vaadin-Refresh")
                        || message.contains("init without a UI id"));
    }
}
