package vn.kynangso.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The course folders under {@code <content>/courses}, each read and checked. */
final class ContentFolder {

    private ContentFolder() {}

    static List<CourseReader.Result> readAll(Path contentRoot) throws IOException {
        Path courses = contentRoot.resolve("courses");
        List<CourseReader.Result> results = new ArrayList<>();
        if (!Files.isDirectory(courses)) {
            return results;
        }
        CourseReader reader = new CourseReader(contentRoot);
        try (Stream<Path> folders = Files.list(courses)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                results.add(reader.read(folder));
            }
        }
        return results;
    }
}
