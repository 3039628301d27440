package vn.kynangso.learning;

import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseContent;

/** Every course completed, by everyone: for the system's own work, never for a person's screen. */
@Service
public class Completions {

    private final EnrolmentRepository enrolments;
    private final CatalogService catalog;

    Completions(EnrolmentRepository enrolments, CatalogService catalog) {
        this.enrolments = enrolments;
        this.catalog = catalog;
    }

    /** How many courses have been completed, by everyone. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public long count() {
        return enrolments.countByCompletedAtIsNotNull();
    }

    /**
     * Every completed course as the event it raised, for work done once at start (e.g. certificates
     * for completions from before certificates existed).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public List<CourseCompleted> asEvents() {
        return enrolments.findByCompletedAtIsNotNullOrderById().stream()
                .map(e -> {
                    CourseContent content =
                            catalog.version(e.getCourseVersionId()).content();
                    return new CourseCompleted(
                            e.getPersonId(),
                            e.getId(),
                            e.getCourseCode(),
                            e.getCourseVersionId(),
                            content.category(),
                            content.skill(),
                            Objects.requireNonNull(e.getCompletedAt()));
                })
                .toList();
    }
}
