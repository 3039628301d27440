package vn.kynangso.officials;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.kynangso.learning.LearnerDueDates;
import vn.kynangso.learning.LearnerRequirements;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;

/**
 * Tells learning what is required of a signed-in official ({@link TrainingStanding#yearOf}, the one
 * answer): their course list shows these courses with these deadlines and statuses, and a course's
 * own page judges it against the same deadline. Nothing for anyone else, so other learners cost no
 * read here.
 */
@Component
class OfficialRequirements implements LearnerRequirements, LearnerDueDates {

    private final TrainingStanding standing;
    private final MandatoryCourses courses;
    private final OfficialsArea area;
    private final TrainingYears years;
    private final CurrentUser currentUser;

    OfficialRequirements(
            TrainingStanding standing,
            MandatoryCourses courses,
            OfficialsArea area,
            TrainingYears years,
            CurrentUser currentUser) {
        this.standing = standing;
        this.courses = courses;
        this.area = area;
        this.years = years;
        this.currentUser = currentUser;
    }

    @Override
    public List<RequiredCourse> requiredOf(long personId, int year) {
        if (!signedInOfficial(personId)) {
            return List.of();
        }
        return standing.yearOf(personId, year).map(OfficialYear::requirements).orElse(List.of()).stream()
                .map(r -> new RequiredCourse(r.course().courseCode(), r.course().deadline(), r.status()))
                .toList();
    }

    @Override
    public Map<String, LocalDate> dueDates(long personId) {
        Map<String, LocalDate> due = new LinkedHashMap<>();
        if (signedInOfficial(personId)) {
            area.communeOf(personId)
                    .ifPresent(commune -> courses.of(years.currentYear(), commune)
                            .forEach(a -> due.put(a.courseCode(), a.deadline())));
        }
        return due;
    }

    private boolean signedInOfficial(long personId) {
        return currentUser
                .get()
                .filter(user -> user.hasRole(Roles.OFFICIAL))
                .flatMap(SignedInUser::getPersonId)
                .filter(p -> p == personId)
                .isPresent();
    }
}
