package vn.kynangso.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The course_image table: pictures added to a course in the app. Rows are never changed: a picture
 * is named by its content, so a second insert of the same picture does nothing.
 */
@Repository
class CourseImageRepository {

    private final JdbcClient jdbc;

    CourseImageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the picture unless the course has it already; true when a row was added. */
    boolean insert(String courseCode, StoredImage image, Instant createdAt) {
        return jdbc.sql("INSERT IGNORE INTO course_image"
                                + " (course_code, file_name, bytes, media_type, width, height, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                courseCode,
                                image.fileName(),
                                image.bytes(),
                                image.mediaType(),
                                image.width(),
                                image.height(),
                                Timestamp.from(createdAt))
                        .update()
                > 0;
    }

    /** Inserts the picture, or replaces the course's picture of that name. */
    void put(String courseCode, StoredImage image, Instant createdAt) {
        jdbc.sql("INSERT INTO course_image"
                        + " (course_code, file_name, bytes, media_type, width, height, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE bytes = VALUES(bytes), media_type = VALUES(media_type),"
                        + " width = VALUES(width), height = VALUES(height), created_at = VALUES(created_at)")
                .params(
                        courseCode,
                        image.fileName(),
                        image.bytes(),
                        image.mediaType(),
                        image.width(),
                        image.height(),
                        Timestamp.from(createdAt))
                .update();
    }

    Optional<StoredImage> find(String courseCode, String fileName) {
        return jdbc.sql("SELECT file_name, bytes, media_type, width, height FROM course_image"
                        + " WHERE course_code = ? AND file_name = ?")
                .params(courseCode, fileName)
                .query(StoredImage.class)
                .optional();
    }

    List<StoredImage> findAll(String courseCode) {
        return jdbc.sql("SELECT file_name, bytes, media_type, width, height FROM course_image"
                        + " WHERE course_code = ? ORDER BY file_name")
                .param(courseCode)
                .query(StoredImage.class)
                .list();
    }

    /** Gives the second course every picture of the first that it lacks; returns how many. */
    int copy(String fromCourse, String toCourse, Instant createdAt) {
        return jdbc.sql("INSERT IGNORE INTO course_image"
                        + " (course_code, file_name, bytes, media_type, width, height, created_at)"
                        + " SELECT ?, file_name, bytes, media_type, width, height, ? FROM course_image"
                        + " WHERE course_code = ?")
                .params(toCourse, Timestamp.from(createdAt), fromCourse)
                .update();
    }
}
