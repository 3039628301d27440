package vn.kynangso.catalog;

/** A course was to be published from the app exactly as its current version already is. */
public class ContentUnchangedException extends RuntimeException {

    private final String courseCode;

    public ContentUnchangedException(String courseCode) {
        super("Course " + courseCode + " is unchanged since its current version");
        this.courseCode = courseCode;
    }

    public String courseCode() {
        return courseCode;
    }
}
