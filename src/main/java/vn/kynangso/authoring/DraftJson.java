package vn.kynangso.authoring;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.kynangso.catalog.CourseSource;

/** How a draft's source and its stale English are stored. */
final class DraftJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .withConfigOverride(MonthDay.class, o -> o.setFormat(JsonFormat.Value.forPattern("MM-dd")))
            .build();

    private DraftJson() {}

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static CourseSource source(String json) {
        return JSON.readValue(json, CourseSource.class);
    }

    static Map<String, String> stale(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
    }
}
