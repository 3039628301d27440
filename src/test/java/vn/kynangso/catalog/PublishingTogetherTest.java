package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import vn.kynangso.KaribuTest;
import vn.kynangso.security.SystemRunner;

/**
 * Two servers starting at the same moment both publish the content folder (ContentStartup): they
 * take turns on the catalog's publishing lock, so a changed course gets one new version and
 * neither start fails.
 */
class PublishingTogetherTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    private Path content;

    @BeforeEach
    void aCopyOfTheShippedContent() throws IOException {
        content = temp.resolve("content");
        FileSystemUtils.copyRecursively(Path.of("content"), content);
    }

    @org.junit.jupiter.api.AfterEach
    void theShippedContentAgain() {
        SystemRunner.runAsSystem(catalog::publishFromFiles); // the test's course withdrawn: its folder is gone
    }

    @Test
    void two_servers_publishing_a_new_course_at_the_same_moment_make_one_version_and_both_start() throws Exception {
        String code = AuthoredCourses.newCode();
        TestCourse.create(temp, code);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<ContentReport> server = () -> {
            together.await();
            return SystemRunner.runAsSystem(() -> catalog.publishFrom(content));
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<ContentReport> reports;
        try {
            List<Future<ContentReport>> done = two.invokeAll(List.of(server, server));
            reports = List.of(done.get(0).get(), done.get(1).get()); // throws if a start failed
        } finally {
            two.shutdownNow();
        }
        assertThat(reports.stream().flatMap(r -> r.published().stream()))
                .filteredOn(p -> p.startsWith(code))
                .containsExactly(code + " r1");
        assertThat(reports.stream().flatMap(r -> r.unchanged().stream()))
                .as("the second found it published")
                .contains(code);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM course_version WHERE course_code = ?", Integer.class, code))
                .isOne();
    }
}
