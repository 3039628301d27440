package vn.kynangso.authoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseImages;
import vn.kynangso.catalog.CourseSource;
import vn.kynangso.catalog.CourseSources;
import vn.kynangso.catalog.StoredImage;

/** The pictures a draft's lessons may show: those of its course in content/ and those uploaded in the app. */
@Component
class DraftImages {

    private static final Pattern SHOWN =
            Pattern.compile("\\(\\.\\./images/([A-Za-z0-9._-]+\\.(?:png|jpe?g|svg|webp))\\)");

    private final CatalogService catalog;
    private final CourseImages stored;
    private final Cache<String, byte[]> storedPictures = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .<String, byte[]>weigher((k, v) -> v.length)
            .build();

    DraftImages(CatalogService catalog, CourseImages stored) {
        this.catalog = catalog;
        this.stored = stored;
    }

    /**
     * Only the pictures the draft's lessons show, for checking it after each save: a course's whole
     * picture store would be read (and written to the check's folder) at every keystroke pause.
     * Stored pictures are named by their content, so one read once stays right.
     */
    Map<String, byte[]> shownBy(CourseSource source) {
        Map<String, byte[]> shown = new LinkedHashMap<>();
        Path folder =
                catalog.contentRoot().resolve("courses").resolve(source.id()).resolve("images");
        for (CourseSource.LessonSource lesson : source.lessons()) {
            for (String text : List.of(lesson.markdown().vi(), lesson.markdown().en())) {
                Matcher image = SHOWN.matcher(text);
                while (image.find()) {
                    String name = image.group(1);
                    if (!shown.containsKey(name)) {
                        picture(source.id(), folder, name).ifPresent(bytes -> shown.put(name, bytes));
                    }
                }
            }
        }
        return shown;
    }

    private Optional<byte[]> picture(String courseCode, Path folder, String name) {
        Path file = folder.resolve(name);
        if (Files.isRegularFile(file)) { // as served: the folder's file wins
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        byte[] cached = storedPictures.getIfPresent(courseCode + "/" + name);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<byte[]> bytes = stored.find(courseCode, name).map(StoredImage::bytes);
        bytes.ifPresent(b -> storedPictures.put(courseCode + "/" + name, b));
        return bytes;
    }

    /** Every picture of the course, for a zip of its folder. */
    Map<String, byte[]> of(String courseCode) {
        Map<String, byte[]> images = new LinkedHashMap<>(CourseSources.images(
                catalog.contentRoot().resolve("courses").resolve(courseCode).resolve("images")));
        stored.all(courseCode).forEach(images::putIfAbsent); // as served: the folder's file wins
        return images;
    }

    /** Pictures that came with an imported course folder, kept for its course under their names. */
    void keep(String courseCode, Map<String, byte[]> pictures) {
        stored.keep(courseCode, pictures);
    }

    /** A course made as a copy gets the pictures of the original. */
    void copy(String fromCourseCode, String toCourseCode) {
        stored.copy(fromCourseCode, toCourseCode);
    }
}
