package vn.kynangso.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.kynangso.catalog.Lesson;

/**
 * Which lessons of one course version are the same lessons in another: the same slug, wherever it
 * now stands. A lesson read is carried to its new position; a lesson the new version no longer has
 * is left behind, and a lesson new to it has nothing carried to it.
 */
final class LessonCarry {

    private LessonCarry() {}

    /** Lesson index in {@code from} → index of the same lesson in {@code to}, for the lessons {@code to} still has. */
    static Map<Integer, Integer> of(List<Lesson> from, List<Lesson> to) {
        Map<String, Integer> newIndex = new HashMap<>();
        for (int i = to.size() - 1; i >= 0; i--) {
            newIndex.put(to.get(i).slug(), i); // the first, should a slug ever repeat
        }
        Map<Integer, Integer> carried = new HashMap<>();
        for (int i = 0; i < from.size(); i++) {
            Integer target = newIndex.get(from.get(i).slug());
            if (target != null && !carried.containsValue(target)) {
                carried.put(i, target);
            }
        }
        return Map.copyOf(carried);
    }
}
