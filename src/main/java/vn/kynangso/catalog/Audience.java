package vn.kynangso.catalog;

/** Who a course is meant for; a learner sees the courses of their audiences. */
public enum Audience {
    RESIDENT,
    STUDENT,
    OFFICIAL
}
