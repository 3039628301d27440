package vn.kynangso.catalog;

import java.time.Instant;

/**
 * A course version as learners get it: its id (what enrolments point at) and its content.
 *
 * @param correction whether it corrects the version before it: learners mid-course are moved onto it
 * @param source where it was published from, {@link #FROM_FILES} or {@link #FROM_APP}
 */
public record PublishedCourse(
        long versionId, int revision, Instant publishedAt, CourseContent content, boolean correction, String source) {

    /** Published from the {@code content/} folder. */
    public static final String FROM_FILES = "FILES";

    /** Published from the in-app authoring workspace. */
    public static final String FROM_APP = "APP";

    /** A version published from files, not a correction. */
    public PublishedCourse(long versionId, int revision, Instant publishedAt, CourseContent content) {
        this(versionId, revision, publishedAt, content, false, FROM_FILES);
    }

    public String code() {
        return content.id();
    }

    /** Whether it was published from the app (the app then owns the course, not content/). */
    public boolean fromApp() {
        return FROM_APP.equals(source);
    }
}
