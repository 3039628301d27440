package vn.kynangso.learning;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import vn.kynangso.people.Household;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/** Fresh learners for tests, so each test starts from nothing learned. */
public final class Learners {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Learners() {}

    /** A new resident in a new household of a demo hamlet; returns the phone number to sign in with. */
    public static String newResident(PlaceService places, PeopleService people, AccountService accounts) {
        return newLearner(places, people, accounts, Roles.RESIDENT);
    }

    public static String newLearner(PlaceService places, PeopleService people, AccountService accounts, String role) {
        int n = NEXT.incrementAndGet();
        String phone = String.format("0977%06d", (ProcessHandle.current().pid() % 1000) * 1000 + n);
        return SystemRunner.runAsSystem(() -> {
            long hamlet = places.idsWithin(
                            places.provinces().stream().map(p -> p.getId()).toList(), PlaceLevel.HAMLET)
                    .getFirst();
            Household household = people.registerHousehold(hamlet, "Số " + n + ", ngõ Thử Nghiệm");
            Person person = people.addMember(household.getId(), "Người Học Thử " + n, 1960, phone);
            accounts.create(new AccountService.NewAccount(
                    null, phone, person.getFullName(), "mat-khau-hoc", Set.of(role), Set.of(), person.getId()));
            return phone;
        });
    }
}
