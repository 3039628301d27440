package vn.kynangso.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves lesson pictures from {@code content/courses/<id>/images/}, else the ones added to the course
 * in the app ({@link CourseImages}); names are checked, never paths.
 * A picture is data, never a page: an SVG opened on its own runs no script (a sandboxing
 * Content-Security-Policy with nothing allowed but its own inline styles), and no browser guesses
 * another type than the one sent.
 */
@RestController
class ContentImagesController {

    static final String IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final CatalogService catalog;
    private final CourseImages courseImages;

    ContentImagesController(CatalogService catalog, CourseImages courseImages) {
        this.catalog = catalog;
        this.courseImages = courseImages;
    }

    @GetMapping("/content-images/{course}/{file}")
    ResponseEntity<Resource> image(@PathVariable String course, @PathVariable String file) {
        if (!CourseReader.COURSE_ID.matcher(course).matches()
                || !CourseImages.FILE_NAME.matcher(file).matches()) {
            return ResponseEntity.notFound().build();
        }
        Path path = catalog.contentRoot()
                .resolve("courses")
                .resolve(course)
                .resolve("images")
                .resolve(file);
        if (Files.isRegularFile(path)) {
            MediaType type = MediaTypeFactory.getMediaType(file).orElse(MediaType.APPLICATION_OCTET_STREAM);
            return picture(type, new FileSystemResource(path));
        }
        return courseImages
                .find(course, file)
                .map(stored ->
                        picture(MediaType.parseMediaType(stored.mediaType()), new ByteArrayResource(stored.bytes())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<Resource> picture(MediaType type, Resource body) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", IMAGE_POLICY)
                .body(body);
    }
}
