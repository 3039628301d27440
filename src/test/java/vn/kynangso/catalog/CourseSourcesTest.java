package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course written in the app is checked by the reader of content/ and lands on the fields a
 * trainer typed; every real course folder survives source → folder → zip → folder unchanged.
 */
class CourseSourcesTest {

    @TempDir
    Path tmp;

    @Test
    void every_real_course_reads_back_identically_after_export_and_import() throws IOException {
        Path content = Path.of("content");
        try (Stream<Path> folders = Files.list(content.resolve("courses"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                CourseReader.Result original = new CourseReader(content).read(folder);
                assertThat(original.valid()).as(folder.toString()).isTrue();
                CourseSources.Read read = CourseSources.read(content, folder);
                assertThat(read.source()).isNotNull();

                byte[] zip = CourseZip.write(read.source(), read.images());
                Path target = tmp.resolve(folder.getFileName().toString()).resolve("content");
                Path unpacked = CourseZip.unpack(zip, target, "unused");
                CourseReader.Result again = new CourseReader(target).read(unpacked);

                assertThat(again.problems()).as(folder.toString()).isEmpty();
                assertThat(again.course()).as(folder.toString()).isEqualTo(original.course());
                assertThat(CourseJson.hash(CourseJson.write(again.course())))
                        .isEqualTo(CourseJson.hash(CourseJson.write(original.course())));
                CourseSources.Read readAgain = CourseSources.read(target, unpacked);
                assertThat(readAgain.source()).isEqualTo(read.source());
                assertThat(readAgain.images().keySet()).isEqualTo(read.images().keySet());
            }
        }
    }

    @Test
    void problems_are_placed_on_the_field_they_concern() {
        CourseSource course = CourseSources.read(Path.of("content"), Path.of("content/courses/mua-sam-truc-tuyen"))
                .source();
        assertThat(course).isNotNull();
        CourseSource.QuestionSource second = course.questions().get(1);
        Question broken = new Question(
                second.question().code(),
                second.question().type(),
                new Text("", "x"),
                second.question().choices());
        List<CourseSource.QuestionSource> questions = new java.util.ArrayList<>(course.questions());
        questions.set(1, new CourseSource.QuestionSource(broken, false));
        CourseSource.LessonSource lesson = course.lessons().get(2);
        List<CourseSource.LessonSource> lessons = new java.util.ArrayList<>(course.lessons());
        lessons.set(
                2,
                new CourseSource.LessonSource(
                        lesson.slug(),
                        new Text("Không có tiêu đề", lesson.markdown().en())));
        CourseSource changed = new CourseSource(
                        course.id(),
                        course.declaredVersion(),
                        course.category(),
                        course.skill(),
                        course.audience(),
                        new Text("Mua sắm", ""),
                        course.summary(),
                        null,
                        null,
                        new Assessment(0, 10, 0, true),
                        lessons,
                        questions,
                        course.sources())
                .withQuestions(questions);

        CourseSources.Check check = CourseSources.check(changed, Map.of());

        assertThat(check.valid()).isFalse();
        assertThat(check.problems())
                .extracting(CourseSources.Placed::field)
                .contains(
                        "course.title", "course.assessment.passMark", "question.1", "lesson." + lesson.slug() + ".vi");
    }

    @Test
    void a_zip_with_a_path_outside_its_folder_is_refused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("khoa-hoc/../../etc/passwd"));
            zip.write("x".getBytes());
            zip.closeEntry();
        }

        assertThatThrownBy(() -> CourseZip.unpack(bytes.toByteArray(), tmp, "khoa-hoc"))
                .isInstanceOfSatisfying(
                        CourseZip.NotACourse.class, e -> assertThat(e.key()).isEqualTo("authoring.zip.unknown-file"));
        assertThatThrownBy(() -> CourseZip.unpack("not a zip".getBytes(), tmp, "khoa-hoc"))
                .isInstanceOf(CourseZip.NotACourse.class);
    }
}
