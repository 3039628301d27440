package vn.kynangso.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.people.Household;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/** Fresh learners for tests, so each test starts from nothing learned. */
public final class Learners {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Learners() {}

    /** As the signed-in learner: reads every lesson of a course and passes its quiz with all answers right. */
    public static AttemptReport passCourse(LearningService learning, CatalogService catalog, String code) {
        var content = catalog.current(code).orElseThrow().content();
        for (int i = 0; i < content.lessons().size(); i++) {
            learning.lessonRead(code, i);
        }
        QuestionScreen screen = learning.startOrResume(code);
        long attempt = screen.attemptId();
        for (int p = 0; p < screen.total(); p++) {
            QuestionScreen q = learning.question(attempt, p);
            Question question = content.questions().stream()
                    .filter(x -> x.prompt().equals(q.prompt()))
                    .findFirst()
                    .orElseThrow();
            learning.answer(attempt, p, rightAnswer(question, q));
        }
        return learning.submit(attempt);
    }

    /**
     * As the signed-in learner, whose quiz is open: starts (or resumes) an attempt, answers every
     * question wrong and hands it in.
     */
    public static AttemptReport failQuiz(LearningService learning, CatalogService catalog, String code) {
        var content = catalog.current(code).orElseThrow().content();
        QuestionScreen screen = learning.startOrResume(code);
        long attempt = screen.attemptId();
        for (int p = 0; p < screen.total(); p++) {
            QuestionScreen q = learning.question(attempt, p);
            Question question = content.questions().stream()
                    .filter(x -> x.prompt().equals(q.prompt()))
                    .findFirst()
                    .orElseThrow();
            List<Integer> wrong = new ArrayList<>(rightAnswer(question, q));
            if (question.type() == QuestionType.ORDER) {
                Collections.reverse(wrong);
            } else {
                wrong = question.choices().stream()
                        .filter(c -> !c.correct())
                        .limit(1)
                        .map(c -> shownIndexOf(q, c))
                        .toList();
            }
            learning.answer(attempt, p, wrong);
        }
        return learning.submit(attempt);
    }

    /** The right answer as shown indices. */
    static List<Integer> rightAnswer(Question question, QuestionScreen screen) {
        List<Integer> right = new ArrayList<>();
        if (question.type() == QuestionType.ORDER) {
            for (Choice step : question.choices()) {
                right.add(shownIndexOf(screen, step));
            }
        } else {
            for (Choice choice : question.choices()) {
                if (choice.correct()) {
                    right.add(shownIndexOf(screen, choice));
                }
            }
        }
        return right;
    }

    private static int shownIndexOf(QuestionScreen screen, Choice choice) {
        return screen.choices().stream()
                .filter(c -> c.text().equals(choice.text()))
                .findFirst()
                .orElseThrow()
                .shownIndex();
    }

    /** A new resident in a new household of the tests' own hamlet; returns the phone number to sign in with. */
    public static String newResident(PlaceService places, PeopleService people, AccountService accounts) {
        return newLearner(places, people, accounts, Roles.RESIDENT);
    }

    public static String newLearner(PlaceService places, PeopleService people, AccountService accounts, String role) {
        int n = NEXT.incrementAndGet();
        String phone = String.format("0977%06d", (ProcessHandle.current().pid() % 1000) * 1000 + n);
        return SystemRunner.runAsSystem(() -> {
            long hamlet = TestArea.ensure(places, accounts).hamlet();
            Household household = people.registerHousehold(hamlet, "Số " + n + ", ngõ Thử Nghiệm");
            Person person = people.addMember(household.getId(), "Người Học Thử " + n, 1960, phone);
            accounts.create(new AccountService.NewAccount(
                    null, phone, person.getFullName(), "mat-khau-hoc", Set.of(role), Set.of(), person.getId()));
            return phone;
        });
    }
}
