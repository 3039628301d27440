package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import vn.kynangso.KaribuTest;
import vn.kynangso.security.SystemRunner;

/**
 * A course both in {@code content/} and in the app: once a version was published from the app, the
 * app wins and the folder is left alone; courses only in files are published and withdrawn as
 * before. Corrections and unchanged content from the app.
 */
class AuthoredPublishingTest extends KaribuTest {

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

    private ContentReport publishFiles() {
        return SystemRunner.runAsSystem(() -> catalog.publishFrom(content));
    }

    private PublishedCourse publishFromApp(CourseContent course, boolean correction) {
        return SystemRunner.runAsSystem(() -> catalog.publishAuthored(course, correction, 7L));
    }

    @Test
    void once_published_from_the_app_a_course_folder_is_neither_published_nor_withdrawn() {
        String code = AuthoredCourses.newCode();
        TestCourse folder = TestCourse.create(temp, code);
        assertThat(publishFiles().published()).contains(code + " r1");
        PublishedCourse fromFiles = catalog.current(code).orElseThrow();
        assertThat(fromFiles.fromApp()).isFalse();

        PublishedCourse fromApp = publishFromApp(
                AuthoredCourses.withTitle(fromFiles.content(), "An toàn cơ bản (sửa trong ứng dụng)"), false);
        assertThat(fromApp.revision()).isEqualTo(2);
        assertThat(fromApp.source()).isEqualTo(PublishedCourse.FROM_APP);
        assertThat(jdbc.queryForObject(
                        "SELECT published_by FROM course_version WHERE id = ?", Long.class, fromApp.versionId()))
                .isEqualTo(7L);

        // the file changes too: the app's version stays, and the trainer is told why
        folder.write("course.yaml", folder.read("course.yaml").replace("An toàn cơ bản", "An toàn cơ bản (tệp)"));
        ContentReport report = publishFiles();
        assertThat(report.published()).noneMatch(p -> p.startsWith(code));
        assertThat(report.warnings())
                .filteredOn(w -> w.key().equals("edited-in-app"))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.file().toString().replace('\\', '/'))
                            .isEqualTo("content/courses/" + code + "/course.yaml");
                    assertThat(w.args())
                            .containsExactly(
                                    code,
                                    LocalDate.ofInstant(fromApp.publishedAt(), clock.getZone())
                                            .toString());
                });
        assertThat(catalog.current(code).orElseThrow().versionId()).isEqualTo(fromApp.versionId());

        // and the folder goes: the course is the app's, still offered
        FileSystemUtils.deleteRecursively(folder.folder.toFile());
        assertThat(publishFiles().withdrawn()).doesNotContain(code);
        assertThat(catalog.current(code)).map(PublishedCourse::versionId).contains(fromApp.versionId());
    }

    @Test
    void a_course_only_in_files_is_published_and_withdrawn_as_before() {
        String code = AuthoredCourses.newCode();
        TestCourse folder = TestCourse.create(temp, code);
        assertThat(publishFiles().published()).contains(code + " r1");
        folder.write("course.yaml", folder.read("course.yaml").replace("An toàn cơ bản", "An toàn cơ bản 2"));
        ContentReport changed = publishFiles();
        assertThat(changed.published()).contains(code + " r2");
        assertThat(changed.warnings()).noneMatch(w -> w.key().equals("edited-in-app"));

        FileSystemUtils.deleteRecursively(folder.folder.toFile());
        assertThat(publishFiles().withdrawn()).contains(code);
        assertThat(catalog.current(code)).isEmpty();
    }

    @Test
    void an_unchanged_course_is_refused_from_the_app() {
        CourseContent course = AuthoredCourses.copy(
                catalog.current("mua-sam-truc-tuyen").orElseThrow().content(), AuthoredCourses.newCode());
        PublishedCourse first = publishFromApp(course, false);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.correction()).isFalse();

        assertThatThrownBy(() -> publishFromApp(course, false))
                .isInstanceOfSatisfying(
                        ContentUnchangedException.class,
                        e -> assertThat(e.courseCode()).isEqualTo(course.id()));
        assertThatThrownBy(() -> publishFromApp(course, true)).isInstanceOf(ContentUnchangedException.class);
        assertThat(catalog.current(course.id()).orElseThrow().versionId()).isEqualTo(first.versionId());
    }

    @Test
    void a_correction_needs_a_published_version() {
        CourseContent course = AuthoredCourses.copy(
                catalog.current("mua-sam-truc-tuyen").orElseThrow().content(), AuthoredCourses.newCode());
        assertThatThrownBy(() -> publishFromApp(course, true)).isInstanceOf(IllegalStateException.class);
        assertThat(catalog.current(course.id())).isEmpty();
    }

    @Test
    void a_correction_is_found_for_every_older_version_and_a_normal_version_for_none() {
        CourseContent course = AuthoredCourses.copy(
                catalog.current("mua-sam-truc-tuyen").orElseThrow().content(), AuthoredCourses.newCode());
        PublishedCourse r1 = publishFromApp(course, false);
        PublishedCourse r2 = publishFromApp(AuthoredCourses.withTitle(course, "Sửa lần 2"), false);
        assertThat(catalog.correctionFor(r1.versionId())).isEmpty();

        PublishedCourse r3 = publishFromApp(AuthoredCourses.withTitle(course, "Sửa lần 3"), true);
        PublishedCourse r4 = publishFromApp(AuthoredCourses.withTitle(course, "Sửa lần 4"), false);
        assertThat(r3.correction()).isTrue();
        assertThat(catalog.correctionFor(r1.versionId()))
                .map(PublishedCourse::versionId)
                .contains(r4.versionId());
        assertThat(catalog.correctionFor(r2.versionId()))
                .map(PublishedCourse::versionId)
                .contains(r4.versionId());
        assertThat(catalog.correctionFor(r3.versionId())).isEmpty(); // only a normal version after it
        assertThat(catalog.correctionFor(r4.versionId())).isEmpty();
    }

    @AfterEach
    void publishTheRealContentAgainAndWithdrawTheAppsCourses() {
        SystemRunner.runAsSystem(catalog::publishFromFiles);
        jdbc.update(
                "UPDATE course_version SET withdrawn_at = CURRENT_TIMESTAMP(6) WHERE course_code LIKE ?"
                        + " AND withdrawn_at IS NULL",
                AuthoredCourses.PREFIX + "%");
    }
}
