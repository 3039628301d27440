package vn.kynangso.authoring;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/** What the authoring tests share: the demo trainer, a second trainer who reviews, new course codes. */
public abstract class AuthoringKaribuTest extends KaribuTest {

    /** The demo data's trainer. */
    protected static final String TRAINER = "giangvien";

    /** A second trainer, made for the tests: reviews what the first one writes. */
    protected static final String REVIEWER = "giangvien-duyet";

    private static final AtomicInteger courses = new AtomicInteger();

    @Autowired
    protected AuthoringService authoring;

    @Autowired
    protected DraftReview review;

    @Autowired
    protected DraftHistory history;

    @Autowired
    protected CatalogService catalog;

    @Autowired
    protected AccountService accounts;

    @BeforeEach
    protected void thereIsASecondTrainer() {
        SystemRunner.runAsSystem(() -> {
            if (!accounts.loginExists(REVIEWER)) {
                accounts.create(new AccountService.NewAccount(
                        REVIEWER, null, "Trần Văn Duyệt", "mat-khau-kiem-thu", Set.of(Roles.TRAINER), Set.of(), null));
            }
        });
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** What these tests publish is withdrawn after them, so other tests' course lists stay as they were. */
    @org.junit.jupiter.api.AfterEach
    protected void withdrawTheTestsCourses() {
        jdbc.update(
                "UPDATE course_version SET withdrawn_at = CURRENT_TIMESTAMP(6) WHERE course_code LIKE ?"
                        + " AND withdrawn_at IS NULL",
                PREFIX + "%");
    }

    static final String PREFIX = "khoa-kiem-thu-";

    /** A course code no other test uses. */
    protected static String newCode() {
        return PREFIX + courses.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100_000, 36);
    }
}
