package vn.kynangso.catalog;

import java.time.Instant;

/** A course version as learners get it: its id (what enrolments point at) and its content. */
public record PublishedCourse(long versionId, int revision, Instant publishedAt, CourseContent content) {

    public String code() {
        return content.id();
    }
}
