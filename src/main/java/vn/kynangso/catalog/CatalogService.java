package vn.kynangso.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.i18n.TranslationProvider;

/**
 * The published courses. Content comes from the files in {@code content/} (see
 * content/README.md): each valid course is published, a changed course becomes a new version,
 * an invalid one is refused with its problems while the rest are published. Content also comes
 * from the in-app authoring workspace ({@link #publishAuthored}); once a course has a version
 * published from the app, the app owns it and its folder in {@code content/} is no longer read
 * (docs/decisions/DD009-corrections-and-course-sources.md).
 */
@Service
public class CatalogService {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

    private final CourseVersionRepository versions;
    private final PublishingLock publishing;
    private final Clock clock;
    private final Path contentRoot;
    private final Cache<Long, PublishedCourse> byVersion =
            Caffeine.newBuilder().maximumSize(500).build();
    private final Cache<String, String> lessonHtml =
            Caffeine.newBuilder().maximumSize(2_000).build();
    private volatile ContentReport lastReport =
            new ContentReport(List.of(), List.of(), List.of(), List.of(), List.of());

    CatalogService(
            CourseVersionRepository versions,
            PublishingLock publishing,
            Clock clock,
            @Value("${kns.content.dir:content}") String contentDir) {
        this.versions = versions;
        this.publishing = publishing;
        this.clock = clock;
        this.contentRoot = Path.of(contentDir);
    }

    /**
     * Reads {@code content/} and publishes what changed: new courses, new versions of changed
     * ones; courses whose folder is gone are withdrawn for new learners. Invalid courses are left
     * as they were (a previously published version stays) and reported.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public ContentReport publishFromFiles() {
        return publishFrom(contentRoot);
    }

    /** As {@link #publishFromFiles()}, from another content folder (a trainer's checkout, a test). */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public ContentReport publishFrom(Path contentRoot) {
        List<CourseReader.Result> results;
        try {
            results = ContentFolder.readAll(contentRoot);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the content folder " + contentRoot.toAbsolutePath(), e);
        }
        publishing.hold(); // another server publishing now: wait for it, then see what it published
        Instant now = clock.instant();
        List<String> published = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        List<ContentProblem> warnings = new ArrayList<>();
        for (CourseReader.Result result : results) {
            Optional<CourseVersion> fromApp = versions.findFirstByCourseCodeAndSourceOrderByRevisionAsc(
                    result.folder(), PublishedCourse.FROM_APP);
            if (fromApp.isPresent()) {
                warnings.add(ContentProblem.of(
                        shown(contentRoot, result.folder()),
                        0,
                        "edited-in-app",
                        result.folder(),
                        LocalDate.ofInstant(fromApp.get().getPublishedAt(), clock.getZone())
                                .toString()));
                continue;
            }
            warnings.addAll(result.warnings());
            if (!result.valid()) {
                problems.addAll(result.problems());
                continue;
            }
            CourseContent course = result.course();
            String body = CourseJson.write(course);
            String hash = CourseJson.hash(body);
            Optional<CourseVersion> latest = versions.findFirstByCourseCodeOrderByRevisionDesc(course.id());
            if (latest.isPresent()
                    && latest.get().getContentHash().equals(hash)
                    && latest.get().getWithdrawnAt() == null) {
                unchanged.add(course.id());
                continue;
            }
            int revision = latest.map(v -> v.getRevision() + 1).orElse(1);
            versions.save(new CourseVersion(course, revision, hash, body, now));
            published.add(course.id() + " r" + revision);
        }
        Set<String> present = results.stream().map(CourseReader.Result::folder).collect(Collectors.toSet());
        List<String> withdrawn = new ArrayList<>();
        for (CourseVersion current : versions.findCurrent()) {
            // a course edited in the app has no folder to be missing from
            if (!present.contains(current.getCourseCode()) && !current.isFromApp()) {
                current.withdraw(now);
                withdrawn.add(current.getCourseCode());
            }
        }
        ContentReport report = new ContentReport(published, unchanged, withdrawn, problems, warnings);
        lastReport = report;
        TranslationProvider texts = new TranslationProvider();
        problems.forEach(p -> log.warn("Content refused: {}", ContentValidation.describe(p, texts, Locale.ENGLISH)));
        warnings.forEach(w -> log.info("Content warning: {}", ContentValidation.describe(w, texts, Locale.ENGLISH)));
        log.info(
                "Content: {} published, {} unchanged, {} withdrawn, {} problems, {} warnings",
                published.size(),
                unchanged.size(),
                withdrawn.size(),
                problems.size(),
                warnings.size());
        return report;
    }

    /**
     * Publishes a course written in the app as its next version (the first when the course is new).
     * From then on the app owns the course: {@link #publishFrom} no longer reads its folder.
     *
     * @param correction whether it corrects the current version: learners who are mid-course on an
     *     earlier version are moved onto it (see {@link #correctionFor}); otherwise learners keep the
     *     version they started, as with any new version
     * @param publishedByAccountId the account publishing it, recorded with the version
     * @throws ContentUnchangedException when the course's current version has exactly this content
     * @throws IllegalStateException when a correction is asked for a course never published
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public PublishedCourse publishAuthored(CourseContent content, boolean correction, long publishedByAccountId) {
        publishing.hold();
        String body = CourseJson.write(content);
        String hash = CourseJson.hash(body);
        Optional<CourseVersion> latest = versions.findFirstByCourseCodeOrderByRevisionDesc(content.id());
        if (latest.isPresent()
                && latest.get().getContentHash().equals(hash)
                && latest.get().getWithdrawnAt() == null) {
            throw new ContentUnchangedException(content.id());
        }
        if (correction && latest.isEmpty()) {
            throw new IllegalStateException("Course " + content.id() + " has no published version to correct");
        }
        int revision = latest.map(v -> v.getRevision() + 1).orElse(1);
        CourseVersion saved = versions.save(CourseVersion.fromApp(
                content, revision, hash, body, clock.instant(), correction, publishedByAccountId));
        log.info(
                "Course {} r{} published from the app by account {}{}",
                content.id(),
                revision,
                publishedByAccountId,
                correction ? " as a correction" : "");
        return toPublished(saved);
    }

    /**
     * The version learners on {@code versionId} are to be moved onto: the newest version of its
     * course when a version published after it is a correction (and the course is still offered);
     * empty otherwise, also for the newest version itself.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedCourse> correctionFor(long versionId) {
        PublishedCourse version = version(versionId);
        if (!versions.existsByCourseCodeAndRevisionGreaterThanAndCorrectionTrue(version.code(), version.revision())) {
            return Optional.empty();
        }
        return current(version.code()).filter(newest -> newest.revision() > version.revision());
    }

    /** What the last pass over the content folder found. */
    public ContentReport lastReport() {
        return lastReport;
    }

    /** The current version of every offered course. */
    @Transactional(readOnly = true)
    public List<PublishedCourse> currentCourses() {
        return versions.findCurrentIds().stream().map(this::version).toList();
    }

    /** Current courses meant for any of these audiences, skills first in the product's order. */
    @Transactional(readOnly = true)
    public List<PublishedCourse> currentCoursesFor(Collection<Audience> audiences) {
        return currentCourses().stream()
                .filter(c -> c.content().audience().stream().anyMatch(audiences::contains))
                .sorted(Comparator.comparing((PublishedCourse c) -> c.content().category())
                        .thenComparing(c -> c.content().skill() == null
                                ? 99
                                : c.content().skill().ordinal())
                        .thenComparing(PublishedCourse::code))
                .toList();
    }

    /** The current version of one course. */
    @Transactional(readOnly = true)
    public Optional<PublishedCourse> current(String courseCode) {
        return versions.findCurrentId(courseCode).map(this::version);
    }

    /** A published version, withdrawn or not (learners keep the version they started). */
    @Transactional(readOnly = true)
    public PublishedCourse version(long versionId) {
        PublishedCourse cached = byVersion.getIfPresent(versionId);
        if (cached != null) {
            return cached;
        }
        return toPublished(versions.findById(versionId)
                .orElseThrow(() -> new IllegalArgumentException("No course version " + versionId)));
    }

    /** Several versions at once, by id. */
    @Transactional(readOnly = true)
    public Map<Long, PublishedCourse> versions(Collection<Long> versionIds) {
        return versionIds.stream()
                .distinct()
                .map(this::version)
                .collect(Collectors.toMap(PublishedCourse::versionId, Function.identity()));
    }

    /** A lesson as safe HTML in the given language, without its title. */
    public String lessonHtml(PublishedCourse course, int lessonIndex, Locale locale) {
        String key =
                course.versionId() + "/" + lessonIndex + "/" + (TranslationProvider.isEnglish(locale) ? "en" : "vi");
        return lessonHtml.get(
                key,
                k -> LessonMarkdown.toHtml(
                        course.content().lessons().get(lessonIndex).markdown().in(locale), course.code(), locale));
    }

    /** A lesson's words without markup, for reading aloud. */
    public String lessonPlainText(PublishedCourse course, int lessonIndex, Locale locale) {
        return LessonMarkdown.toPlainText(
                course.content().lessons().get(lessonIndex).markdown().in(locale));
    }

    /** Lesson Markdown being written (a trainer's preview) as the reader shows it: safe HTML, title removed. */
    public String markdownHtml(String markdown, String courseCode, Locale locale) {
        return LessonMarkdown.toHtml(markdown, courseCode, locale);
    }

    /** Lesson Markdown being written as plain words, for reading aloud in a preview. */
    public String markdownPlainText(String markdown) {
        return LessonMarkdown.toPlainText(markdown);
    }

    /** The title of lesson Markdown: its first line without "# "; empty when it has none yet. */
    public static String markdownTitle(String markdown) {
        String first = markdown.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return first.startsWith("# ") ? first.substring(2).strip() : "";
    }

    /** Every published version of a course, newest first (withdrawn ones too). */
    @Transactional(readOnly = true)
    public List<PublishedCourse> versionsOf(String courseCode) {
        return versions.findByCourseCodeOrderByRevisionDesc(courseCode).stream()
                .map(this::toPublished)
                .toList();
    }

    /** Where course files (and their images) are read from. */
    public Path contentRoot() {
        return contentRoot;
    }

    private PublishedCourse toPublished(CourseVersion version) {
        return byVersion.get(
                version.getId(),
                id -> new PublishedCourse(
                        id,
                        version.getRevision(),
                        version.getPublishedAt(),
                        CourseJson.read(version.getContent()),
                        version.isCorrection(),
                        version.getSource()));
    }

    /** A course folder's course.yaml as problems name files: relative to the content folder's parent. */
    private static Path shown(Path contentRoot, String folder) {
        Path file = contentRoot.resolve("courses").resolve(folder).resolve("course.yaml");
        Path base = contentRoot.toAbsolutePath().getParent();
        Path absolute = file.toAbsolutePath();
        return base != null && absolute.startsWith(base) ? base.relativize(absolute) : file;
    }
}
