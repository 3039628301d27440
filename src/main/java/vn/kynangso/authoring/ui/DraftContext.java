package vn.kynangso.authoring.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import vn.kynangso.authoring.AuthoringService;
import vn.kynangso.authoring.Draft;
import vn.kynangso.authoring.DraftFiles;
import vn.kynangso.base.ui.UiPreferences;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseImages;
import vn.kynangso.catalog.LessonImageUpload;

/**
 * What the parts of one open draft editor share: the services, the draft as last stored, and who
 * hears about a save (the problem list, the translations, the header).
 */
final class DraftContext {

    final AuthoringService authoring;
    final CatalogService catalog;
    final DraftFiles files;
    final BiFunction<Long, Instant, String> whoWhen;
    final LessonImageUpload images;
    final CourseImages courseImages;
    final UiPreferences preferences;
    private final List<Consumer<Draft>> listeners = new ArrayList<>();
    private Draft draft;

    DraftContext(
            AuthoringService authoring,
            CatalogService catalog,
            DraftFiles files,
            Draft draft,
            BiFunction<Long, Instant, String> whoWhen,
            LessonImageUpload images,
            CourseImages courseImages,
            UiPreferences preferences) {
        this.authoring = authoring;
        this.catalog = catalog;
        this.files = files;
        this.draft = draft;
        this.whoWhen = whoWhen;
        this.images = images;
        this.courseImages = courseImages;
        this.preferences = preferences;
    }

    Draft draft() {
        return draft;
    }

    long id() {
        return draft.id();
    }

    void onSaved(Consumer<Draft> listener) {
        listeners.add(listener);
    }

    /** The draft as the last save (or refresh) left it. */
    void saved(Draft stored) {
        draft = stored;
        List.copyOf(listeners).forEach(l -> l.accept(stored));
    }
}
