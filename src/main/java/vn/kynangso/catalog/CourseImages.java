package vn.kynangso.catalog;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures added to a course in the app (content/ folders bring their own): stored in the database
 * under a name made from their content, served beside the files' pictures by
 * {@link ContentImagesController}, written out with the course folder, and carried over when a
 * course is made as a copy of another. Pictures come in through {@link LessonImageUpload}.
 */
@Service
public class CourseImages {

    /** The name of a lesson picture, in a course folder's images/ or stored here. */
    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+\\.(png|jpe?g|svg|webp)");

    /** What {@link LessonImageUpload} makes; SVG comes only from content/ files. */
    private static final Map<String, String> MEDIA_TYPES =
            Map.of("jpg", "image/jpeg", "png", "image/png", "webp", "image/webp");

    private final CourseImageRepository images;
    private final CatalogService catalog;
    private final Clock clock;

    CourseImages(CourseImageRepository images, CatalogService catalog, Clock clock) {
        this.images = images;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Stores a prepared picture for a course and returns its file name, for the lesson's Markdown
     * ({@code ![alt](../images/<name>)}). The name is the first 16 hex digits of the picture's
     * SHA-256 and its extension: the same picture stored again gets the same name and no second row.
     *
     * @throws IllegalArgumentException for a course code that is not one, a picture larger than
     *     {@link LessonMarkdown#MAX_IMAGE_BYTES}, or a type other than JPEG, PNG or WebP
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public String store(String courseCode, LessonImageUpload.Prepared image) {
        requireCourseCode(courseCode);
        String mediaType = MEDIA_TYPES.get(image.extension());
        if (mediaType == null) {
            throw new IllegalArgumentException("picture type: " + image.extension());
        }
        if (image.bytes().length == 0 || image.bytes().length > LessonMarkdown.MAX_IMAGE_BYTES) {
            throw new IllegalArgumentException("picture of " + image.bytes().length + " bytes");
        }
        String fileName = fileName(image.bytes(), image.extension());
        images.insert(
                courseCode,
                new StoredImage(fileName, image.bytes(), mediaType, image.width(), image.height()),
                clock.instant());
        return fileName;
    }

    /**
     * Keeps the pictures of a course folder uploaded as a zip (already read by the content check)
     * for the course, under their own names; a picture of the same name is replaced. Files that
     * could not be a lesson picture (another name, over {@link LessonMarkdown#MAX_IMAGE_BYTES}) are
     * left out.
     *
     * @return the names kept
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public List<String> keep(String courseCode, Map<String, byte[]> pictures) {
        requireCourseCode(courseCode);
        Instant now = clock.instant();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, byte[]> picture : new TreeMap<>(pictures).entrySet()) {
            if (FILE_NAME.matcher(picture.getKey()).matches()
                    && picture.getValue().length > 0
                    && picture.getValue().length <= LessonMarkdown.MAX_IMAGE_BYTES) {
                images.put(courseCode, fromFolder(picture.getKey(), picture.getValue()), now);
                kept.add(picture.getKey());
            }
        }
        return kept;
    }

    /** A course's picture stored in the app, by file name; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<StoredImage> find(String courseCode, String fileName) {
        return images.find(courseCode, fileName);
    }

    /** Every picture stored for the course, file name → bytes in name order, as its images/ folder holds them. */
    @Transactional(readOnly = true)
    public Map<String, byte[]> all(String courseCode) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        for (StoredImage image : images.findAll(courseCode)) {
            all.put(image.fileName(), image.bytes());
        }
        return all;
    }

    /**
     * Gives a course made as a copy of another the pictures of the original, under the same names,
     * so its lessons show them: those of the original's content/ folder (which has none for the
     * copy) and those stored here. Pictures the copy has already are kept.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public void copy(String fromCourse, String toCourse) {
        requireCourseCode(fromCourse);
        requireCourseCode(toCourse);
        Instant now = clock.instant();
        // the folder's pictures first: for the original they win over stored ones of the same name
        Path folder =
                catalog.contentRoot().resolve("courses").resolve(fromCourse).resolve("images");
        for (Map.Entry<String, byte[]> file : CourseSources.images(folder).entrySet()) {
            if (FILE_NAME.matcher(file.getKey()).matches()) {
                images.insert(toCourse, fromFolder(file.getKey(), file.getValue()), now);
            }
        }
        images.copy(fromCourse, toCourse, now);
    }

    /** A picture of a course folder as a stored one; an SVG (or a file no reader knows) has no size. */
    private static StoredImage fromFolder(String name, byte[] bytes) {
        String mediaType = MediaTypeFactory.getMediaType(name)
                .map(MediaType::toString)
                .orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        try {
            LessonImageUpload.Header header = LessonImageUpload.readHeader(bytes);
            return new StoredImage(name, bytes, mediaType, header.width(), header.height());
        } catch (LessonImageUpload.Refused notARaster) {
            return new StoredImage(name, bytes, mediaType, 0, 0);
        }
    }

    /** The content-addressed name: first 16 hex digits of the SHA-256 of the bytes, a dot, the extension. */
    static String fileName(byte[] bytes, String extension) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(hash, 0, 8) + "." + extension;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireCourseCode(String courseCode) {
        if (!CourseReader.COURSE_ID.matcher(courseCode).matches() || courseCode.length() > 100) {
            throw new IllegalArgumentException("course code: " + courseCode);
        }
    }
}
