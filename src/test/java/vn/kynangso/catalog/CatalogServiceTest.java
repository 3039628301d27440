package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.security.SystemRunner;

class CatalogServiceTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Test
    void publishing_unchanged_content_again_makes_no_new_version() throws IOException {
        long shipped;
        try (Stream<Path> courses = Files.list(Path.of("content/courses"))) {
            shipped = courses.filter(Files::isDirectory).count();
        }

        ContentReport report = SystemRunner.runAsSystem(catalog::publishFromFiles);

        assertThat(report.published()).isEmpty();
        assertThat(report.unchanged())
                .hasSize((int) shipped)
                .contains("can-bo-an-toan-thong-tin", "mua-sam-truc-tuyen");
        assertThat(catalog.current("can-bo-an-toan-thong-tin")
                        .orElseThrow()
                        .content()
                        .deadline())
                .isNotNull();
    }
}
