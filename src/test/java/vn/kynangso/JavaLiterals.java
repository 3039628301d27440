package vn.kynangso;

import java.util.ArrayList;
import java.util.List;

/** Finds the string literals in Java source, skipping comments: enough for the i18n literal check. */
final class JavaLiterals {

    record Literal(String text, int lineNumber, String line) {
        /** JavaScript run in the browser ($0 parameters, statements), not words for a person. */
        boolean looksLikeCode() {
            return text.contains("$0")
                    || text.contains("=>")
                    || text.contains("document.")
                    || text.contains("window.")
                    || (text.contains("(") && text.contains(")") && text.contains(";"));
        }

        /** Text a person would read: letters with spaces or Vietnamese characters; markup templates are not. */
        boolean looksLikeProse() {
            if (text.startsWith("<") || text.startsWith("${") || looksLikeCode()) {
                return false;
            }
            boolean letters = text.chars().anyMatch(Character::isLetter);
            boolean spaced = text.strip().contains(" ");
            boolean nonAscii = text.chars().anyMatch(c -> c > 127);
            return letters && (spaced || nonAscii);
        }
    }

    private JavaLiterals() {}

    static List<Literal> of(String source) {
        List<Literal> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        int i = 0;
        int line = 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += (int) source.substring(i, end)
                        .chars()
                        .filter(ch -> ch == '\n')
                        .count();
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                String body = source.substring(i + 3, Math.max(i + 3, end - 3));
                found.add(new Literal(body, line, lines[line - 1]));
                line += (int) body.chars().filter(ch -> ch == '\n').count();
                i = end;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != '"') {
                    if (source.charAt(j) == '\\' && j + 1 < source.length()) {
                        text.append(source.charAt(j + 1));
                        j += 2;
                    } else {
                        text.append(source.charAt(j++));
                    }
                }
                found.add(new Literal(text.toString(), line, lines[line - 1]));
                i = j + 1;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != '\'') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }
}
