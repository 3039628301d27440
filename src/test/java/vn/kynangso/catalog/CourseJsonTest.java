package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published form of a course: what every stored version holds, and what its hash is taken of. */
class CourseJsonTest {

    /** An officials' course as versions published before deadlines were read as days held it. */
    static final String PUBLISHED_EARLIER = """
            {"id":"x","declaredVersion":1,"category":"OFFICIAL","skill":null,"audience":["OFFICIAL"],\
            "title":{"vi":"Khoá","en":"Course"},"summary":{"vi":"Tóm tắt","en":"Summary"},"creditHours":4,\
            "deadline":"02-29","assessment":{"passMark":80,"questionsPerAttempt":10,"retakeWaitMinutes":0,\
            "reviewLessons":false},"lessons":[],"questions":[]}""";

    @TempDir
    Path tmp;

    @Test
    void deadline_is_published_month_first_as_written_in_course_yaml() {
        TestCourse course = TestCourse.create(tmp);
        course.replace(
                "course.yaml",
                "skill: CYBER_SAFETY\naudience: [RESIDENT, STUDENT]\n",
                "category: OFFICIAL\ncreditHours: 4\ndeadline: \"11-30\"\naudience: [OFFICIAL]\n");

        assertThat(CourseJson.write(course.read().course())).contains("\"deadline\":\"11-30\"");
    }

    @Test
    void a_version_published_earlier_reads_back_and_hashes_the_same() {
        CourseContent content = CourseJson.read(PUBLISHED_EARLIER);

        assertThat(content.deadline()).isEqualTo(MonthDay.of(2, 29));
        assertThat(content.deadlineIn(2027)).isEqualTo(LocalDate.of(2027, 2, 28));
        // written again it is the same text, so its hash is the same and no new version is made
        assertThat(CourseJson.write(content)).isEqualTo(PUBLISHED_EARLIER);
        assertThat(CourseJson.hash(CourseJson.write(content))).isEqualTo(CourseJson.hash(PUBLISHED_EARLIER));
    }

    @Test
    void a_skill_course_has_no_deadline() {
        CourseContent content = TestCourse.create(tmp).read().course();

        assertThat(CourseJson.write(content)).contains("\"deadline\":null");
        assertThat(CourseJson.read(CourseJson.write(content))).isEqualTo(content);
    }
}
