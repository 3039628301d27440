package vn.kynangso.authoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseSources;

/** The pictures a draft's lessons may show: those of its course in content/ and those uploaded in the app. */
@Component
class DraftImages {

    private final CatalogService catalog;

    DraftImages(CatalogService catalog) {
        this.catalog = catalog;
    }

    Map<String, byte[]> of(String courseCode) {
        Map<String, byte[]> images = new LinkedHashMap<>(CourseSources.images(
                catalog.contentRoot().resolve("courses").resolve(courseCode).resolve("images")));
        return images;
    }

    /**
     * Pictures that came with an imported course folder, kept for its course. TEMPORARY: kept once
     * app pictures have their store.
     */
    void keep(String courseCode, Map<String, byte[]> pictures) {
        // stored with the course's pictures once the picture store exists
    }
}
