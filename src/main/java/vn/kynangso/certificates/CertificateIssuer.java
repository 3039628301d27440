package vn.kynangso.certificates;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.certificates.CertificateRepository.CourseLine;
import vn.kynangso.certificates.CertificateRepository.HouseholdLine;
import vn.kynangso.certificates.CertificateRepository.IssuedIn;
import vn.kynangso.learning.CourseCompleted;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PersonalDataService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.reports.HouseholdCovered;

/**
 * Issues certificates: one per learner per course version when a course is completed, one per
 * household when it becomes covered, never a second (the table's unique keys make issuing twice
 * do nothing, whichever thread or node tries).
 *
 * <p>Issuing runs after the learner's transaction has committed, in a transaction of its own
 * (docs/decisions/DD005-certificates-after-commit.md): a failure here never takes back a pass. The
 * event publication registry keeps each event until its certificate is issued; a failed one is
 * tried again every few minutes ({@code kns.certificates.retry-cron}) and at the next start.
 */
@Component
class CertificateIssuer {

    /** Listener ids kept in the publication registry: they stay the same when code moves. */
    static final String COURSE_COMPLETED = "certificates.course-completed";

    static final String HOUSEHOLD_COVERED = "certificates.household-covered";

    /** A failed issue waits this long before it is tried again. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final CertificateRepository certificates;
    private final CatalogService catalog;
    private final PeopleService people;
    private final PlaceService places;
    private final IncompleteEventPublications publications;
    private final Clock clock;

    /**
     * Where certificates are issued, by place: a place's commune and province hardly ever change,
     * and finding them walks the tree. A rename shows within minutes.
     */
    private final Cache<Long, IssuedIn> issuedIn = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10))
            .maximumSize(20_000)
            .build();

    CertificateIssuer(
            CertificateRepository certificates,
            CatalogService catalog,
            PeopleService people,
            PlaceService places,
            IncompleteEventPublications publications,
            Clock clock) {
        this.certificates = certificates;
        this.catalog = catalog;
        this.people = people;
        this.places = places;
        this.publications = publications;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = COURSE_COMPLETED)
    void on(CourseCompleted event) {
        issue(event);
    }

    @ApplicationModuleListener(id = HOUSEHOLD_COVERED)
    void on(HouseholdCovered event) {
        issue(event);
    }

    /** A course completed: its certificate, unless the learner has one for this course version. */
    void issue(CourseCompleted event) {
        PeopleService.Holder holder = people.holder(event.personId()).orElseThrow();
        CourseContent course = catalog.version(event.courseVersionId()).content();
        Instant now = clock.instant();
        boolean erased = isErased(holder.fullName());
        certificates.insertCourse(
                CertificateCodes.next(),
                new CourseLine(
                        event.personId(),
                        event.courseVersionId(),
                        event.courseCode(),
                        erased ? "" : holder.fullName(),
                        erased ? null : holder.birthYear(),
                        course.title().vi(),
                        course.title().en(),
                        event.skill(),
                        event.category() == CourseCategory.OFFICIAL ? course.creditHours() : null,
                        LocalDate.ofInstant(event.at(), clock.getZone()),
                        erased ? now : null),
                issuedIn(holder.placeId()),
                now);
    }

    /** A household covered: its "digital household" certificate, unless it has one. */
    void issue(HouseholdCovered event) {
        PeopleService.HouseholdHolder holder =
                people.householdHolder(event.householdId()).orElseThrow();
        Instant now = clock.instant();
        boolean erased = isErased(holder.headName());
        certificates.insertHousehold(
                CertificateCodes.next(),
                new HouseholdLine(
                        event.householdId(),
                        erased ? "" : holder.headName(),
                        holder.address(),
                        holder.address(),
                        LocalDate.ofInstant(event.at(), clock.getZone()),
                        erased ? now : null),
                issuedIn(holder.hamletId()),
                now);
    }

    /**
     * Tries again the issues that failed (a database restart, a lock timeout) once they are {@link
     * #RETRY_AFTER} old. Runs every five minutes; {@code -} turns it off (the tests resubmit
     * themselves).
     */
    @Scheduled(cron = "${kns.certificates.retry-cron:0 */5 * * * *}")
    void retryFailed() {
        // filtered here rather than with FailedEventPublications' minimum age, which Modulith 2.1.1's
        // JDBC query applies to legacy rows only (its OR binds before the AND)
        Instant before = clock.instant().minus(RETRY_AFTER);
        publications.resubmitIncompletePublications(p -> p.getStatus() == EventPublication.Status.FAILED
                && p.getPublicationDate().isBefore(before)
                && (p.getEvent() instanceof CourseCompleted || p.getEvent() instanceof HouseholdCovered));
    }

    /**
     * A holder whose data was erased between the completion and the issue (a retried issue can come
     * much later): the certificate is issued as erasing would have left it, naming nobody.
     */
    private static boolean isErased(String name) {
        return PersonalDataService.ERASED_NAME.equals(name);
    }

    private IssuedIn issuedIn(long placeId) {
        return issuedIn.get(placeId, this::findIssuedIn);
    }

    private IssuedIn findIssuedIn(long placeId) {
        PlaceService.Area area =
                places.areasOf(List.of(placeId)).getOrDefault(placeId, new PlaceService.Area(null, null));
        return new IssuedIn(
                placeId,
                area.commune() == null ? null : area.commune().name(),
                area.province() == null ? null : area.province().name(),
                area.communeId(),
                area.provinceId());
    }
}
