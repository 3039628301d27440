package vn.kynangso.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One published version of a course; the content itself is immutable once stored. */
@Entity
@Table(name = "course_version")
class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    private int revision;

    @Column(name = "declared_version")
    private int declaredVersion;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseCategory category;

    @Enumerated(EnumType.STRING)
    private @Nullable Skill skill;

    /** Audiences, comma-separated, for filtering without reading the content. */
    @Column(nullable = false)
    private String audience;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String content;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    /** {@link PublishedCourse#FROM_FILES} or {@link PublishedCourse#FROM_APP}. */
    @Column(nullable = false, length = 8)
    private String source;

    /** Whether learners mid-course on an earlier version are moved onto this one. */
    private boolean correction;

    /** The account that published it from the app; null for versions from files. */
    @Column(name = "published_by")
    private @Nullable Long publishedBy;

    protected CourseVersion() {
        this.courseCode = "";
        this.contentHash = "";
        this.category = CourseCategory.SKILL;
        this.audience = "";
        this.content = "";
        this.publishedAt = Instant.EPOCH;
        this.source = PublishedCourse.FROM_FILES;
    }

    CourseVersion(CourseContent course, int revision, String contentHash, String json, Instant publishedAt) {
        this.courseCode = course.id();
        this.revision = revision;
        this.declaredVersion = course.declaredVersion();
        this.contentHash = contentHash;
        this.category = course.category();
        this.skill = course.skill();
        this.audience =
                String.join(",", course.audience().stream().map(Enum::name).toList());
        this.content = json;
        this.publishedAt = publishedAt;
        this.source = PublishedCourse.FROM_FILES;
    }

    /** A version published from the app by an account, a correction or not. */
    static CourseVersion fromApp(
            CourseContent course,
            int revision,
            String contentHash,
            String json,
            Instant publishedAt,
            boolean correction,
            long publishedBy) {
        CourseVersion version = new CourseVersion(course, revision, contentHash, json, publishedAt);
        version.source = PublishedCourse.FROM_APP;
        version.correction = correction;
        version.publishedBy = publishedBy;
        return version;
    }

    Long getId() {
        return Objects.requireNonNull(id);
    }

    String getCourseCode() {
        return courseCode;
    }

    int getRevision() {
        return revision;
    }

    String getContentHash() {
        return contentHash;
    }

    String getContent() {
        return content;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    @Nullable
    Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    String getSource() {
        return source;
    }

    boolean isFromApp() {
        return PublishedCourse.FROM_APP.equals(source);
    }

    boolean isCorrection() {
        return correction;
    }

    @Nullable
    Long getPublishedBy() {
        return publishedBy;
    }

    void withdraw(Instant when) {
        this.withdrawnAt = when;
    }
}
