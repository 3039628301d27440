package vn.kynangso.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its line, so every problem can say where it is. Reading helpers
 * record problems instead of throwing, so one pass reports everything wrong in a file.
 */
final class YamlNode {

    private final Node node;
    private final Path file;
    private final List<ContentProblem> problems;

    private YamlNode(Node node, Path file, List<ContentProblem> problems) {
        this.node = node;
        this.file = file;
        this.problems = problems;
    }

    /** Parses a file; on a syntax error records it and returns empty. */
    static Optional<YamlNode> parse(Path file, Path shownAs, List<ContentProblem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                problems.add(ContentProblem.of(shownAs, 1, "empty-file"));
                return Optional.empty();
            }
            reportDuplicateKeys(root, shownAs, problems);
            return Optional.of(new YamlNode(root, shownAs, problems));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            String detail = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(ContentProblem.of(shownAs, line, "yaml-syntax", detail));
            return Optional.empty();
        } catch (YAMLException e) {
            // SnakeYAML wraps a decoding failure: the file is not UTF-8
            if (e.getCause() instanceof CharacterCodingException) {
                problems.add(ContentProblem.of(shownAs, 0, "not-utf8"));
            } else {
                problems.add(ContentProblem.of(shownAs, 0, "yaml-syntax", e.getMessage()));
            }
            return Optional.empty();
        } catch (IOException e) {
            problems.add(ContentProblem.of(shownAs, 0, "unreadable", e.getMessage()));
            return Optional.empty();
        }
    }

    /** Composing keeps a key written twice (the last wins); a trainer must hear about it. */
    private static void reportDuplicateKeys(Node node, Path file, List<ContentProblem> problems) {
        if (node instanceof MappingNode mapping) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !seen.add(key.getValue())) {
                    problems.add(ContentProblem.of(
                            file, key.getStartMark().getLine() + 1, "duplicate-field", key.getValue()));
                }
                reportDuplicateKeys(tuple.getValueNode(), file, problems);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(child -> reportDuplicateKeys(child, file, problems));
        }
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    Path file() {
        return file;
    }

    void problem(String key, Object... args) {
        problems.add(ContentProblem.of(file, line(), key, args));
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** The entries of a mapping, by key text (YAML's {@code true:} reads as the key "true"). */
    Map<String, YamlNode> entries() {
        Map<String, YamlNode> result = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    result.put(key.getValue(), new YamlNode(tuple.getValueNode(), file, problems));
                }
            }
        }
        return result;
    }

    /** Records a problem for every key not in {@code allowed} (catches typos such as "pasMark"). */
    void onlyKeys(String where, List<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && !allowed.contains(key.getValue())) {
                problems.add(ContentProblem.of(
                        file,
                        key.getStartMark().getLine() + 1,
                        "unknown-field",
                        key.getValue(),
                        where,
                        String.join(", ", allowed)));
            }
        }
    }

    /** A required child of a mapping; records "missing" (at this node's line) when absent. */
    Optional<YamlNode> required(String key) {
        if (!(node instanceof MappingNode)) {
            problem("not-a-mapping", key);
            return Optional.empty();
        }
        YamlNode child = entries().get(key);
        if (child == null || child.isNull()) {
            problem("missing-field", key);
            return Optional.empty();
        }
        return Optional.of(child);
    }

    Optional<YamlNode> optional(String key) {
        YamlNode child = entries().get(key);
        return child == null || child.isNull() ? Optional.empty() : Optional.of(child);
    }

    boolean isNull() {
        return node instanceof ScalarNode scalar
                && ("~".equals(scalar.getValue()) || "null".equals(scalar.getValue()))
                && scalar.getTag().getValue().endsWith(":null");
    }

    /** The text of a scalar; records a problem when it is a list or mapping or blank. */
    Optional<String> text(String field) {
        if (node instanceof ScalarNode scalar) {
            // one Unicode form for Vietnamese, whatever keyboard typed it
            String value = Normalizer.normalize(scalar.getValue().strip(), Normalizer.Form.NFC);
            if (value.isEmpty()) {
                problem("blank-field", field);
                return Optional.empty();
            }
            return Optional.of(value);
        }
        problem("not-text", field);
        return Optional.empty();
    }

    /**
     * The text of a scalar, composed and trimmed, recording nothing: for checks that look at a
     * value another reading already reports on.
     */
    Optional<String> scalar() {
        return node instanceof ScalarNode scalar
                ? Optional.of(Normalizer.normalize(scalar.getValue().strip(), Normalizer.Form.NFC))
                : Optional.empty();
    }

    Optional<Integer> integer(String field, int min, int max) {
        return text(field).flatMap(value -> {
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    problem("out-of-range", field, value, min, max);
                    return Optional.empty();
                }
                return Optional.of(number);
            } catch (NumberFormatException e) {
                problem("not-a-number", field, value);
                return Optional.empty();
            }
        });
    }

    Optional<Boolean> bool(String field) {
        return text(field).flatMap(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                problem("not-a-boolean", field, value);
                yield Optional.empty();
            }
        });
    }

    /** The items of a sequence; a single scalar counts as a one-item list. */
    List<YamlNode> items(String field) {
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> result = new ArrayList<>();
            for (Node child : sequence.getValue()) {
                result.add(new YamlNode(child, file, problems));
            }
            return result;
        }
        if (node instanceof ScalarNode) {
            return List.of(this);
        }
        problem("not-a-list", field);
        return List.of();
    }

    /** A {@code {vi: …, en: …}} mapping; records which language is missing. */
    Optional<Text> localized(String field) {
        if (!(node instanceof MappingNode)) {
            problem("not-localized", field);
            return Optional.empty();
        }
        onlyKeys(field, List.of("vi", "en"));
        @Nullable
        String vi = entries().containsKey("vi")
                ? entries().get("vi").text(field + ".vi").orElse(null)
                : null;
        @Nullable
        String en = entries().containsKey("en")
                ? entries().get("en").text(field + ".en").orElse(null)
                : null;
        if (!entries().containsKey("vi")) {
            problem("missing-language", field, "vi");
        }
        if (!entries().containsKey("en")) {
            problem("missing-language", field, "en");
        }
        return vi != null && en != null ? Optional.of(new Text(vi, en)) : Optional.empty();
    }
}
