package vn.kynangso.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.MonthDay;
import java.util.HexFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * A course's published form: the JSON each version keeps, and its hash, which tells whether a
 * course's content changed since it was last published. Every version ever stored is read back
 * with it, so the form only ever grows: a field written differently would change every hash and
 * republish every course.
 */
final class CourseJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .withConfigOverride(
                    MonthDay.class, o -> o.setFormat(JsonFormat.Value.forPattern(CourseContent.DEADLINE_PATTERN)))
            .build();

    private CourseJson() {}

    static String write(CourseContent course) {
        return JSON.writeValueAsString(course);
    }

    static CourseContent read(String json) {
        return JSON.readValue(json, CourseContent.class);
    }

    /** SHA-256 of the published JSON, in hex. */
    static String hash(String json) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
