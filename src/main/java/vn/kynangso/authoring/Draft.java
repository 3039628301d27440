package vn.kynangso.authoring;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.CourseSource;

/**
 * A draft as its editor shows it.
 *
 * @param revision changes with every saved edit; a reviewer approves the revision they read
 * @param staleEnglish texts whose Vietnamese changed after their English was written, by {@link
 *     StaleEnglish} key, with the Vietnamese as it was
 */
public record Draft(
        long id,
        String courseCode,
        DraftStatus status,
        CourseSource source,
        Map<String, String> staleEnglish,
        long authorAccountId,
        Instant updatedAt,
        long updatedBy,
        long revision,
        @Nullable Long basedOnVersionId,
        @Nullable String reviewComment,
        @Nullable Long publishedVersionId) {

    public boolean editable() {
        return status == DraftStatus.DRAFT;
    }
}
