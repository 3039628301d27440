package vn.kynangso.people;

import java.util.Collection;
import java.util.Map;

/**
 * Which people are students of a class, and which class: implemented by the feature that keeps
 * classes, so a household's team can add a student a teacher already enrolled as a member instead
 * of registering the child a second time.
 */
public interface StudentsInClasses {

    /** Of {@code personIds}, those in a class, each with their class as the team should see it ("Lớp 8A · Trường …"). */
    Map<Long, String> classesOf(Collection<Long> personIds);
}
