package vn.kynangso.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.Household;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.AccountService.NewAccount;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * Benchmark fixtures (profile "bench" only): learners who each live in a household of their own,
 * have a RESIDENT sign-in, and have read every lesson of {@link #COURSE}, so its quiz is open to
 * them. Created through the services, as the app itself would.
 */
@Component
@Profile("bench")
class BenchLearners {

    /** A five-skills course with 10 questions an attempt, open to residents. */
    static final String COURSE = "tu-bao-ve-tren-khong-gian-mang";

    static final String PASSWORD = "bench-password-2026";

    private final PlaceService places;
    private final PeopleService people;
    private final AccountService accounts;
    private final LearningService learning;
    private final UserDetailsService userDetails;

    BenchLearners(
            PlaceService places,
            PeopleService people,
            AccountService accounts,
            LearningService learning,
            UserDetailsService userDetails) {
        this.places = places;
        this.people = people;
        this.accounts = accounts;
        this.learning = learning;
        this.userDetails = userDetails;
    }

    /**
     * Creates {@code count} learners named {@code prefix0001}… in a hamlet of their own, on
     * {@code threads} threads (password hashing is the main cost); returns their usernames.
     */
    List<String> create(String prefix, int count, int threads) throws Exception {
        long hamletId = SystemRunner.runAsSystem(() -> {
            Place province = places.create(null, PlaceKind.PROVINCE, "Tỉnh " + prefix, null);
            Place commune = places.create(province.getId(), PlaceKind.COMMUNE, "Xã " + prefix, null);
            return places.create(commune.getId(), PlaceKind.VILLAGE, "Thôn " + prefix, null)
                    .getId();
        });
        List<Future<String>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 1; i <= count; i++) {
                String username = "%s%04d".formatted(prefix, i);
                int number = i;
                futures.add(pool.submit(() -> {
                    createOne(hamletId, username, number);
                    readAllLessons(username);
                    return username;
                }));
            }
            List<String> usernames = new ArrayList<>();
            for (Future<String> future : futures) {
                usernames.add(future.get());
            }
            return usernames;
        }
    }

    /**
     * Creates one learner named {@code username} who has not started {@link #COURSE}: the course
     * page shows them its current version (a learner mid-course keeps the version they started).
     */
    void createNewcomer(String username) {
        long hamletId = SystemRunner.runAsSystem(() -> {
            Place province = places.create(null, PlaceKind.PROVINCE, "Tỉnh " + username, null);
            Place commune = places.create(province.getId(), PlaceKind.COMMUNE, "Xã " + username, null);
            return places.create(commune.getId(), PlaceKind.VILLAGE, "Thôn " + username, null)
                    .getId();
        });
        createOne(hamletId, username, 1);
    }

    private void createOne(long hamletId, String username, int number) {
        SystemRunner.runAsSystem(() -> {
            Household household = people.registerHousehold(hamletId, "Số " + number + ", Thôn Benchmark");
            Person person = people.addMember(household.getId(), "Học viên " + username, 1970 + number % 40, null);
            accounts.create(new NewAccount(
                    username, null, person.getFullName(), PASSWORD, Set.of(Roles.RESIDENT), Set.of(), person.getId()));
        });
    }

    /** Marks every lesson of {@link #COURSE} read, signed in as this learner. */
    private void readAllLessons(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            int lessons = learning.progress(COURSE).course().content().lessons().size();
            for (int i = 0; i < lessons; i++) {
                learning.lessonRead(COURSE, i);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
