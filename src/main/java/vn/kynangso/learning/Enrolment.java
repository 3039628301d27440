package vn.kynangso.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A learner on a course, pinned to the version they started. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Column(name = "course_version_id", nullable = false)
    private Long courseVersionId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "passed_at")
    private @Nullable Instant passedAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Version
    private long version;

    protected Enrolment() {
        this.personId = 0L;
        this.courseCode = "";
        this.courseVersionId = 0L;
        this.startedAt = Instant.EPOCH;
    }

    Enrolment(Long personId, String courseCode, Long courseVersionId, Instant startedAt) {
        this.personId = personId;
        this.courseCode = courseCode;
        this.courseVersionId = courseVersionId;
        this.startedAt = startedAt;
    }

    public Long getId() {
        return Objects.requireNonNull(id);
    }

    public Long getPersonId() {
        return personId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public Long getCourseVersionId() {
        return courseVersionId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getPassedAt() {
        return passedAt;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }

    /** Whether the learner has neither passed nor completed the course: a correction may still move them. */
    boolean midCourse() {
        return passedAt == null && completedAt == null;
    }

    /** Onto a correction of the course (see {@link CourseCorrections}). */
    void movedTo(long versionId) {
        this.courseVersionId = versionId;
    }

    void passed(Instant at) {
        if (passedAt == null) {
            passedAt = at;
        }
    }

    void completed(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }
}
