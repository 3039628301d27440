package vn.kynangso.catalog;

/** A course teaches one of the five skills, or is one of officials' mandatory courses. */
public enum CourseCategory {
    SKILL,
    OFFICIAL
}
