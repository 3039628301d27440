package vn.kynangso.classes;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The name on a student's tile: first-name level, as a class calls its children. A Vietnamese name
 * ends with the given name ("Nguyễn Văn An" is "An"); when another tile of the class already says
 * that, the last two words ("Văn An"). The tile's number tells the rest apart.
 */
final class TileNames {

    static final int MAX = 60;

    private TileNames() {}

    static String of(String fullName, Collection<String> taken) {
        List<String> words = Arrays.stream(fullName.strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
        if (words.isEmpty()) {
            return "?";
        }
        String given = words.getLast();
        if (words.size() > 1 && taken.contains(given)) {
            given = words.get(words.size() - 2) + " " + given;
        }
        return given.length() > MAX ? given.substring(0, MAX) : given;
    }
}
