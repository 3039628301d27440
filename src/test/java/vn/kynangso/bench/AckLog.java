package vn.kynangso.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers the server acknowledged (a verdict came back), one JSON line each, appended as they
 * come and flushed at once, so that a fault test can check every one against the database even if
 * the client itself is stopped.
 */
final class AckLog implements AutoCloseable {

    /**
     * One acknowledged answer.
     *
     * @param learner the username
     * @param course the course code
     * @param position the question, 0-based as the database stores it (-1 when the screen did not say)
     * @param answer what was sent
     * @param verdictAt when the verdict came back
     * @param millis how long saving took, seen by the client
     */
    record Ack(String learner, String course, int position, String answer, Instant verdictAt, long millis) {

        /** Where a learner's answer is kept in the database, across attempts. */
        String place() {
            return learner + "#" + position;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BufferedWriter out;

    AckLog(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        out = Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Appends one answer as a line and flushes it. */
    synchronized void append(Ack ack) throws IOException {
        out.write(line(ack));
        out.write('\n');
        out.flush();
    }

    static String line(Ack ack) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("learner", ack.learner());
        fields.put("course", ack.course());
        fields.put("position", ack.position());
        fields.put("answer", ack.answer());
        fields.put("verdictAt", ack.verdictAt().toString());
        fields.put("millis", ack.millis());
        return JSON.writeValueAsString(fields);
    }

    /** Reads a file written by {@link #append}; a last line cut off by a kill is skipped. */
    static List<Ack> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("{") && l.endsWith("}"))
                .map(l -> {
                    JsonNode n = JSON.readTree(l);
                    return new Ack(
                            n.path("learner").asString(),
                            n.path("course").asString(),
                            n.path("position").asInt(-1),
                            n.path("answer").asString(),
                            Instant.parse(n.path("verdictAt").asString()),
                            n.path("millis").asLong());
                })
                .toList();
    }

    /**
     * Acknowledged answers the database does not hold. Each (attempt, question) holds one answer and
     * the app resumes at the first unanswered question, so a learner's acknowledged answers at a
     * position can outnumber the saved ones there only when an acknowledged answer was lost (it was
     * asked again, or never). {@code saved} counts the saved answers by {@link Ack#place()}.
     */
    static long lost(List<Ack> acks, Map<String, Long> saved) {
        Map<String, Long> acknowledged = new HashMap<>();
        acks.forEach(a -> acknowledged.merge(a.place(), 1L, Long::sum));
        return acknowledged.entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() - saved.getOrDefault(e.getKey(), 0L)))
                .sum();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
