package vn.kynangso.authoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseImages;
import vn.kynangso.catalog.CourseSources;

/** The pictures a draft's lessons may show: those of its course in content/ and those uploaded in the app. */
@Component
class DraftImages {

    private final CatalogService catalog;
    private final CourseImages stored;

    DraftImages(CatalogService catalog, CourseImages stored) {
        this.catalog = catalog;
        this.stored = stored;
    }

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
