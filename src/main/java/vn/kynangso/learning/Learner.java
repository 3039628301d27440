package vn.kynangso.learning;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.kynangso.catalog.Audience;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.learning.LearningException.Reason;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;

/**
 * The signed-in learner: the person they are, who is helping them right now, the audiences they
 * learn as, and so the courses that exist for them.
 */
@Component
class Learner {

    private final CurrentUser currentUser;
    private final CatalogService catalog;

    Learner(CurrentUser currentUser, CatalogService catalog) {
        this.currentUser = currentUser;
        this.catalog = catalog;
    }

    /** The signed-in person; an account without one is no learner. */
    long personId() {
        return currentUser
                .get()
                .flatMap(SignedInUser::getPersonId)
                .orElseThrow(() -> new LearningException(Reason.NOT_A_LEARNER));
    }

    /** The account of whoever is helping the learner right now (a team member at their side), if anyone. */
    @Nullable
    Long helper() {
        return currentUser
                .get()
                .flatMap(SignedInUser::getHelper)
                .map(SignedInUser::getAccountId)
                .orElse(null);
    }

    /** The audiences the signed-in person learns as, from their roles. */
    Set<Audience> audiences() {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        currentUser.get().ifPresent(user -> {
            if (user.hasRole(Roles.RESIDENT)) {
                audiences.add(Audience.RESIDENT);
            }
            if (user.hasRole(Roles.STUDENT)) {
                audiences.add(Audience.STUDENT);
            }
            if (user.hasRole(Roles.OFFICIAL)) {
                audiences.add(Audience.OFFICIAL);
            }
        });
        return audiences;
    }

    /** The current version of a course offered to this learner; other courses do not exist for them. */
    PublishedCourse offered(String courseCode) {
        PublishedCourse course =
                catalog.current(courseCode).orElseThrow(() -> new LearningException(Reason.NO_SUCH_COURSE));
        Set<Audience> mine = audiences();
        if (course.content().audience().stream().noneMatch(mine::contains)) {
            throw new LearningException(Reason.NO_SUCH_COURSE);
        }
        return course;
    }
}
