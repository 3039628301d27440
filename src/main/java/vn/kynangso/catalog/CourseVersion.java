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

    protected CourseVersion() {
        this.courseCode = "";
        this.contentHash = "";
        this.category = CourseCategory.SKILL;
        this.audience = "";
        this.content = "";
        this.publishedAt = Instant.EPOCH;
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

    void withdraw(Instant when) {
        this.withdrawnAt = when;
    }
}
