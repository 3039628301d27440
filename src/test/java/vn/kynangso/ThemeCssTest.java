package vn.kynangso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The theme's style sheets are whole: every rule is closed, and no rule opens inside a plain rule
 * (browsers would read it as CSS nesting, and a screen's styles would silently stop applying; only
 * at-rules such as {@code @media} hold rules). A merge that drops a closing brace fails here.
 */
class ThemeCssTest {

    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

    @Test
    void every_rule_of_the_theme_is_closed_and_none_is_nested_in_a_plain_rule() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("frontend"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                problems.addAll(problems(file, Files.readString(file)));
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> problems(Path file, String css) {
        List<String> problems = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        // comments blanked out, their line breaks kept so that lines still count
        String text = COMMENT.matcher(css).replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
        int line = 1;
        StringBuilder selector = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                String name = selector.toString().strip();
                if (!open.isEmpty() && !open.peek().startsWith("@")) {
                    problems.add(file + ":" + line + " '" + name + "' opens inside '" + open.peek() + "'");
                }
                open.push(name);
                selector.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add(file + ":" + line + " closes a rule that was not opened");
                } else {
                    open.pop();
                }
                selector.setLength(0);
            } else if (c == ';') {
                selector.setLength(0);
            } else {
                selector.append(c);
            }
        }
        open.forEach(rule -> problems.add(file + ": '" + rule + "' is never closed"));
        return problems;
    }
}
