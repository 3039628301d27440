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
}
