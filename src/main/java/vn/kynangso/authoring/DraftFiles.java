package vn.kynangso.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.authoring.AuthoringException.Reason;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.ContentProblem;
import vn.kynangso.catalog.CourseSource;
import vn.kynangso.catalog.CourseSource.QuestionSource;
import vn.kynangso.catalog.CourseSources;
import vn.kynangso.catalog.CourseZip;
import vn.kynangso.catalog.PublishedCourse;

/**
 * Courses and question banks as files: a published course or a draft as a {@code content/} course
 * folder zip (read back identically by the file loader), a folder zip uploaded as a draft, and a
 * draft's question bank as GIFT.
 */
@Service
public class DraftFiles {

    private final AuthoringService authoring;
    private final CatalogService catalog;
    private final DraftImages images;

    DraftFiles(AuthoringService authoring, CatalogService catalog, DraftImages images) {
        this.authoring = authoring;
        this.catalog = catalog;
        this.images = images;
    }

    /** What uploading a course folder zip gave: the new draft, or the problems that kept it out. */
    public record ZipImport(@Nullable Draft draft, List<ContentProblem> problems) {}

    /**
     * A published course's current version as a course folder zip, which the file loader reads back
     * as the same course.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public byte[] exportPublished(String courseCode) {
        PublishedCourse course = catalog.current(courseCode).orElseThrow(() -> new AuthoringException(Reason.NO_DRAFT));
        return CourseZip.write(authoring.sourceOf(course), images.of(courseCode));
    }

    /** A draft as a course folder zip, as it stands (problems and all). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public byte[] exportDraft(long draftId) {
        Draft draft = authoring.get(draftId);
        return CourseZip.write(draft.source(), images.of(draft.courseCode()));
    }

    /** The draft's question bank in GIFT (Moodle's format), in one language. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public String exportGift(long draftId, java.util.Locale language) {
        CourseSource source = authoring.get(draftId).source();
        return vn.kynangso.authoring.gift.GiftWriter.write(
                source.questions().stream().map(QuestionSource::question).toList(), source.scenarioCodes(), language);
    }

    /**
     * A course folder zip as a draft: a new course, or a new draft of the published course with its
     * code. A folder the content check refuses is not imported; its problems are returned, by file
     * and line. Pictures in it are kept for the course.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public ZipImport importZip(byte[] zip, String fileName) {
        Path root = null;
        try {
            root = Files.createTempDirectory("kns-import-");
            Path content = root.resolve("content");
            Path folder = CourseZip.unpack(zip, content, "khoa-hoc-moi");
            CourseSources.Read read = CourseSources.read(content, folder);
            if (read.source() == null) {
                return new ZipImport(null, read.problems());
            }
            images.keep(read.source().id(), read.images());
            return new ZipImport(authoring.importSource(read.source(), fileName), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(root);
        }
    }

    private static void deleteQuietly(@Nullable Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
