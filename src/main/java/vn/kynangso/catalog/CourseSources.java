package vn.kynangso.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A course written in the app checked by the very reader that checks {@code content/}: the source
 * is written as a course folder, read back, and every problem placed on the field it concerns. And
 * the other way: a course folder (from a zip) read into a source to edit.
 */
public final class CourseSources {

    private CourseSources() {}

    /** A problem or warning and the field of the source it concerns ({@link CourseFolderWriter#fieldAt}). */
    public record Placed(String field, ContentProblem problem) {}

    /**
     * What checking a source found: the course as learners would get it (when valid), and every
     * problem and warning with its field.
     */
    public record Check(@Nullable CourseContent course, List<Placed> problems, List<Placed> warnings) {
        public boolean valid() {
            return course != null && problems.isEmpty();
        }
    }

    /** What reading a course folder gave: the source to edit (null when it cannot be read at all). */
    public record Read(@Nullable CourseSource source, Map<String, byte[]> images, List<ContentProblem> problems) {}

    /** Checks a source with its pictures, as publishing from files would. */
    public static Check check(CourseSource source, Map<String, byte[]> images) {
        Path root = null;
        try {
            root = Files.createTempDirectory("kns-course-");
            Path content = root.resolve("content");
            String folderName = CourseReader.COURSE_ID.matcher(source.id()).matches() ? source.id() : "course";
            Path folder = content.resolve("courses").resolve(folderName);
            CourseFolderWriter writer = new CourseFolderWriter();
            writer.write(source, images, folder);
            CourseReader.Result result = new CourseReader(content).read(folder);
            return new Check(
                    result.valid() ? result.course() : null,
                    result.problems().stream()
                            .map(p -> new Placed(writer.fieldAt(p.file(), p.line()), p))
                            .toList(),
                    result.warnings().stream()
                            .map(p -> new Placed(writer.fieldAt(p.file(), p.line()), p))
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(root);
        }
    }

    /**
     * Reads a course folder (as {@code content/courses/<id>/} holds it) into a source. The reader's
     * problems are returned with it; the source is built from the course when valid, else null.
     */
    public static Read read(Path contentRoot, Path folder) {
        CourseReader.Result result = new CourseReader(contentRoot).read(folder);
        Map<String, byte[]> images = images(folder.resolve("images"));
        if (!result.valid() || result.course() == null) {
            return new Read(null, images, result.problems());
        }
        String sources = "";
        Path sourcesFile = folder.resolve("SOURCES.md");
        try {
            if (Files.isRegularFile(sourcesFile)) {
                sources = Files.readString(sourcesFile, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(
                CourseSource.of(result.course(), scenarioCodes(folder.resolve("questions.yaml")), sources),
                images,
                result.problems());
    }

    /** The pictures of a course folder by file name; none when it has no images folder. */
    public static Map<String, byte[]> images(Path imagesFolder) {
        Map<String, byte[]> images = new LinkedHashMap<>();
        if (!Files.isDirectory(imagesFolder)) {
            return images;
        }
        try (Stream<Path> files = Files.list(imagesFolder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                images.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return images;
    }

    /** Codes of questions marked {@code scenario: true}; the reader has checked the file already. */
    static Set<String> scenarioCodes(Path questionsFile) {
        Set<String> codes = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(questionsFile, StandardCharsets.UTF_8)) {
            Object yaml = new Yaml(new LoaderOptions()).load(reader);
            if (yaml instanceof Map<?, ?> map && map.get("questions") instanceof List<?> questions) {
                for (Object question : questions) {
                    if (question instanceof Map<?, ?> q && Boolean.TRUE.equals(q.get("scenario"))) {
                        codes.add(String.valueOf(q.get("id")).strip());
                    }
                }
            }
        } catch (IOException | YAMLException e) {
            return Set.of();
        }
        return codes;
    }

    static void deleteQuietly(@Nullable Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
