package vn.kynangso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService.NewAccount;

/**
 * Login cards printed at the same moment (two teachers, or a team member and a teacher, each
 * printing a class's cards): every card comes out, and of the links printed for one account only
 * one still signs in. Each round starts its threads together so their transactions overlap.
 */
class LoginLinksConcurrencyTest extends KaribuTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 12;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;

    @Autowired
    PlaceService places;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void first_cards_of_new_learners_printed_at_the_same_moment_all_come_out() {
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        Tally tally = new Tally();
        for (int round = 0; round < ROUNDS; round++) {
            List<Long> persons = newPersons(hamlet, "Thẻ Mới " + round);
            Outcome<String> outcome = atOnce(i -> accounts.createResidentLogin(persons.get(i), "Học Viên", null)
                    .linkToken());
            tally.add(outcome);
            for (String token : outcome.results()) {
                assertThat(accounts.linkHolder(token)).isPresent();
            }
        }
        tally.assertNoFailures();
    }

    @Test
    void new_links_for_accounts_that_never_had_one_issued_at_the_same_moment_all_come_out() {
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        Tally tally = new Tally();
        for (int round = 0; round < ROUNDS; round++) {
            List<Long> persons = newPersons(hamlet, "Thẻ Lại " + round);
            for (long person : persons) {
                SystemRunner.runAsSystem(() -> accounts.create(new NewAccount(
                        "hv.song.song." + person,
                        null,
                        "Học Viên",
                        "mat-khau-kiem-thu",
                        Set.of(Roles.RESIDENT),
                        Set.of(),
                        person)));
            }
            Outcome<String> outcome =
                    atOnce(i -> accounts.newLoginLink(persons.get(i)).orElseThrow());
            tally.add(outcome);
            for (String token : outcome.results()) {
                assertThat(accounts.linkHolder(token)).isPresent();
            }
        }
        tally.assertNoFailures();
    }

    @Test
    void links_printed_at_the_same_moment_for_one_account_leave_exactly_one_valid() {
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        Tally tally = new Tally();
        for (int round = 0; round < ROUNDS; round++) {
            long person = newPersons(hamlet, "Một Tài Khoản " + round).getFirst();
            SystemRunner.runAsSystem(() -> accounts.createResidentLogin(person, "Học Viên", null));
            Outcome<String> outcome = atOnce(i -> accounts.newLoginLink(person).orElseThrow());
            tally.add(outcome);
            List<String> valid = outcome.results().stream()
                    .filter(token -> accounts.linkHolder(token).isPresent())
                    .toList();
            assertThat(valid).as("links still valid in round %d", round).hasSize(1);
        }
        tally.assertNoFailures();
    }

    @Test
    void whole_classes_of_first_cards_made_at_the_same_moment_all_come_out() {
        // enrolling a class makes every student's first card in one transaction; the classes' accounts interleave
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        int classes = 4;
        int students = 5;
        Tally tally = new Tally();
        for (int round = 0; round < ROUNDS / 2; round++) { // each class makes 5 passwords: slow, and fails every round
            List<Long> persons = newPersons(hamlet, "Lớp " + round, classes * students);
            Outcome<List<String>> outcome = atOnce(
                    classes,
                    sheet -> transactions.execute(status -> {
                        List<String> tokens = new ArrayList<>();
                        for (int i = sheet; i < persons.size(); i += classes) {
                            tokens.add(accounts.createResidentLogin(persons.get(i), "Học Viên", null)
                                    .linkToken());
                        }
                        return tokens;
                    }));
            tally.add(outcome);
            for (List<String> sheet : outcome.results()) {
                for (String token : sheet) {
                    assertThat(accounts.linkHolder(token)).isPresent();
                }
            }
        }
        tally.assertNoFailures();
    }

    private List<Long> newPersons(long hamlet, String name) {
        return newPersons(hamlet, name, THREADS);
    }

    private List<Long> newPersons(long hamlet, String name, int count) {
        return SystemRunner.runAsSystem(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(people.registerPerson(hamlet, name + " " + i, 2010).getId());
            }
            return ids;
        });
    }

    /** Failed calls over all rounds, with how many rounds had one: the figure a failure reports. */
    private static final class Tally {
        private final List<String> failures = new ArrayList<>();
        private int rounds;
        private int failedRounds;
        private int calls;

        void add(Outcome<?> outcome) {
            rounds++;
            calls += outcome.results().size() + outcome.failures().size();
            if (!outcome.failures().isEmpty()) {
                failedRounds++;
            }
            failures.addAll(outcome.failures());
        }

        void assertNoFailures() {
            assertThat(failures)
                    .as("%d of %d rounds failed, %d of %d calls", failedRounds, rounds, failures.size(), calls)
                    .isEmpty();
        }
    }

    /** What the threads of one round returned, and how those that failed failed. */
    private record Outcome<T>(List<T> results, List<String> failures) {}

    private static <T> Outcome<T> atOnce(IntFunction<T> work) {
        return atOnce(THREADS, work);
    }

    /** Runs {@code work} for 0..threads-1 on threads of their own, as the application, all let go at once. */
    private static <T> Outcome<T> atOnce(int threads, IntFunction<T> work) {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return SystemRunner.runAsSystem(() -> work.apply(index));
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    failures.add(rootMessage(e.getCause()));
                }
            }
            return new Outcome<>(results, failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return failure.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
