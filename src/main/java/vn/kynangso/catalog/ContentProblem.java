package vn.kynangso.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * Something wrong in a content file: where ({@code file}, 1-based {@code line}, 0 when the whole
 * file is meant) and what, as a translation key {@code content.problem.<key>} with arguments.
 */
public record ContentProblem(Path file, int line, String key, List<Object> args) {

    public ContentProblem {
        args = List.copyOf(args);
    }

    static ContentProblem of(Path file, int line, String key, Object... args) {
        return new ContentProblem(file, line, key, List.of(args));
    }

    public String translationKey() {
        return "content.problem." + key;
    }

    /** "content/courses/x/questions.yaml:42" — the place as editors and terminals understand it. */
    public String where() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
