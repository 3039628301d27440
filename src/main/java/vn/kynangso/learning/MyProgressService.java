package vn.kynangso.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.catalog.Skill;
import vn.kynangso.learning.MyProgress.CourseRow;
import vn.kynangso.learning.MyProgress.SkillStatus;

/**
 * The signed-in learner's overview: the courses offered to them, and where they stand on each of
 * the five skills and on their required courses, each course's status by the one rule
 * ({@link CourseStatus}).
 */
@Service
public class MyProgressService {

    private final EnrolmentRepository enrolments;
    private final LearningStore store;
    private final CatalogService catalog;
    private final Learner learner;
    private final DueDates dueDates;
    private final Clock clock;
    private final List<HeldCertificates> certificates;
    private final List<LearnerRequirements> requirements;

    MyProgressService(
            EnrolmentRepository enrolments,
            LearningStore store,
            CatalogService catalog,
            Learner learner,
            DueDates dueDates,
            Clock clock,
            List<HeldCertificates> certificates,
            List<LearnerRequirements> requirements) {
        this.certificates = certificates;
        this.requirements = requirements;
        this.enrolments = enrolments;
        this.dueDates = dueDates;
        this.store = store;
        this.catalog = catalog;
        this.learner = learner;
        this.clock = clock;
    }

    /** Courses offered to the signed-in learner, the five skills first. */
    @Transactional(readOnly = true)
    public List<PublishedCourse> myCatalog() {
        return catalog.currentCoursesFor(learner.audiences());
    }

    /**
     * The five skills, the courses required of the signed-in learner this year (deadlines and statuses
     * as the feature that requires them judges them: {@link LearnerRequirements}) and their other
     * officials' courses.
     */
    @Transactional(readOnly = true)
    public MyProgress myProgress() {
        long person = learner.personId();
        Map<Skill, Instant> skills = store.skills(person);
        List<PublishedCourse> offered = myCatalog();
        Map<String, LocalDate> due = dueDates.setFor(person);
        List<SkillStatus> skillStatuses = new ArrayList<>();
        for (Skill skill : Skill.values()) {
            List<CourseRow> courses = offered.stream()
                    .filter(c -> c.content().skill() == skill)
                    .map(c -> row(person, c, due))
                    .toList();
            skillStatuses.add(new SkillStatus(skill, skills.get(skill), courses));
        }
        // what is required, with its deadline and status, comes from the feature that requires it
        int year = LocalDate.now(clock).getYear();
        List<CourseRow> required = new ArrayList<>();
        for (LearnerRequirements source : requirements) {
            for (LearnerRequirements.RequiredCourse r : source.requiredOf(person, year)) {
                offered.stream()
                        .filter(c -> c.code().equals(r.courseCode()))
                        .findFirst()
                        .map(c -> row(person, c, due))
                        .map(row -> new CourseRow(
                                row.code(),
                                row.title(),
                                row.lessonsRead(),
                                row.lessons(),
                                r.status(),
                                row.completedAt(),
                                row.creditHours(),
                                r.deadline()))
                        .ifPresent(required::add);
            }
        }
        List<CourseRow> others = offered.stream()
                .filter(c -> c.content().category() == CourseCategory.OFFICIAL)
                .filter(c -> required.stream().noneMatch(r -> r.code().equals(c.code())))
                // not required this year: no deadline to be late for
                .map(c -> row(person, c, null))
                .toList();
        return new MyProgress(skillStatuses, year, List.copyOf(required), others);
    }

    /** Whether the signed-in learner holds a certificate (of a course, or of their household). */
    @Transactional(readOnly = true)
    public boolean holdsCertificate() {
        long person = learner.personId();
        return certificates.stream().anyMatch(c -> c.holdsAny(person));
    }

    /**
     * A course offered, in the version the learner started if they did, judged against the due dates
     * set for the learner (none: no deadline).
     */
    private CourseRow row(long person, PublishedCourse offered, @Nullable Map<String, LocalDate> due) {
        Optional<Enrolment> enrolment = enrolments.findByPersonIdAndCourseCode(person, offered.code());
        PublishedCourse course =
                enrolment.map(e -> catalog.version(e.getCourseVersionId())).orElse(offered);
        CourseContent content = course.content();
        @Nullable
        LocalDate deadline = due == null ? null : DueDates.of(due, course.code(), content, LocalDate.now(clock));
        return new CourseRow(
                course.code(),
                content.title(),
                enrolment.map(e -> store.lessonsRead(e.getId()).size()).orElse(0),
                content.lessons().size(),
                CourseStatus.today(enrolment.orElse(null), deadline, clock),
                enrolment.map(Enrolment::getCompletedAt).orElse(null),
                content.creditHours(),
                deadline);
    }
}
