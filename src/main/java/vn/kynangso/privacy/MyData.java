package vn.kynangso.privacy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the app holds about one person, in sections (profile, household, consents, learning,
 * certificates…), each a list of entries of labelled values. The same data makes the "My data"
 * screen and the downloaded file, so the two never differ.
 */
public record MyData(List<Section> sections) {

    /** One part of the data; {@code titleKey} is its translated heading. */
    public record Section(String id, String titleKey, List<Entry> entries) {}

    /** One record (a course, a consent, a visit…). */
    public record Entry(List<Field> fields) {

        public static Entry of(Field... fields) {
            return new Entry(List.of(fields));
        }
    }

    /**
     * A labelled value: text, a number, yes/no, an instant, a day, {@link Key} (shown translated),
     * {@link vn.kynangso.catalog.Text} (Vietnamese and English) or a list of these; null is "—".
     */
    public record Field(String labelKey, @Nullable Object value) {}

    /** A value shown by its translation. */
    public record Key(String key) {}

    public static Field field(String labelKey, @Nullable Object value) {
        return new Field(labelKey, value);
    }
}
