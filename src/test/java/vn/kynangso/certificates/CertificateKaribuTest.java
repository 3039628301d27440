package vn.kynangso.certificates;

import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.Household;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/** Certificates' tests: residents of the tests' own hamlet who pass courses and get certificates. */
abstract class CertificateKaribuTest extends KaribuTest {

    /** A skill course (Protecting yourself online). */
    static final String COURSE = "tu-bao-ve-tren-khong-gian-mang";

    private static int next;

    @Autowired
    CertificateService certificates;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** A resident who can sign in: their phone number and person id. */
    record Resident(String phone, long personId) {}

    /** A new resident in a household of their own in the tests' hamlet, born in 1958. */
    Resident newResident(String name) {
        String phone = String.format("0966%06d", (ProcessHandle.current().pid() % 1000) * 1000 + ++next);
        return SystemRunner.runAsSystem(() -> {
            long hamlet = TestArea.ensure(places, accounts).hamlet();
            Household household = people.registerHousehold(hamlet, "Số " + next + ", ngõ Chứng Nhận");
            Person person = people.addMember(household.getId(), name, 1958, phone);
            accounts.create(new AccountService.NewAccount(
                    null, phone, name, "mat-khau-hoc", Set.of(Roles.RESIDENT), Set.of(), person.getId()));
            return new Resident(phone, person.getId());
        });
    }

    /** Signs in as the resident, passes {@link #COURSE} and returns its certificate. */
    Certificate passAndGetCertificate(Resident resident) {
        login(resident.phone());
        Learners.passCourse(learning, catalog, COURSE);
        return certificates.mine().stream()
                .filter(c -> COURSE.equals(c.courseCode()))
                .findFirst()
                .orElseThrow();
    }

    long certificatesOf(long personId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM certificate WHERE person_id = ?", Long.class, personId);
    }
}
