package vn.kynangso.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    MyProgressService(
            EnrolmentRepository enrolments,
            LearningStore store,
            CatalogService catalog,
            Learner learner,
            DueDates dueDates,
            Clock clock,
            List<HeldCertificates> certificates) {
        this.certificates = certificates;
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

    /** The five skills and the signed-in learner's required courses, with their status. */
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
        List<CourseRow> required = offered.stream()
                .filter(c -> c.content().category() == CourseCategory.OFFICIAL)
                .map(c -> row(person, c, due))
                .toList();
        return new MyProgress(skillStatuses, required);
    }

    /** Whether the signed-in learner holds a certificate (of a course, or of their household). */
    @Transactional(readOnly = true)
    public boolean holdsCertificate() {
        long person = learner.personId();
        return certificates.stream().anyMatch(c -> c.holdsAny(person));
    }

    /** A course offered, in the version the learner started if they did. */
    private CourseRow row(long person, PublishedCourse offered, Map<String, LocalDate> due) {
        Optional<Enrolment> enrolment = enrolments.findByPersonIdAndCourseCode(person, offered.code());
        PublishedCourse course =
                enrolment.map(e -> catalog.version(e.getCourseVersionId())).orElse(offered);
        CourseContent content = course.content();
        LocalDate deadline = DueDates.of(due, course.code(), content, LocalDate.now(clock));
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
