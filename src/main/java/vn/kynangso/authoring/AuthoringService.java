package vn.kynangso.authoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.authoring.AuthoringException.Reason;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.CourseSource;
import vn.kynangso.catalog.CourseSource.LessonSource;
import vn.kynangso.catalog.CourseSource.QuestionSource;
import vn.kynangso.catalog.CourseSources;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Text;
import vn.kynangso.security.CurrentUser;

/**
 * Drafts and their edits. Every field is saved on its own as the trainer types ({@link #saveText},
 * {@link #saveQuestion}, {@link #saveSettings}) with the value the editor last read: when someone
 * else changed that field meanwhile, nothing is overwritten and an {@link EditConflict} shows their
 * text; edits to different fields never collide.
 */
@Service
public class AuthoringService {

    static final int MAX_LESSONS = 30;
    static final int MAX_QUESTIONS = 200;
    private static final int MAX_CODE = 64;

    /** A line of the trainers' list of drafts. */
    public record DraftSummary(
            long id,
            String courseCode,
            Text title,
            DraftStatus status,
            long authorAccountId,
            Instant updatedAt,
            long updatedBy,
            int staleEnglish) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final CatalogService catalog;
    private final DraftHistory history;
    private final DraftImages images;

    AuthoringService(
            JdbcClient jdbc,
            Clock clock,
            CurrentUser currentUser,
            CatalogService catalog,
            DraftHistory history,
            DraftImages images) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.history = history;
        this.images = images;
    }

    /** Drafts being written or waiting for review, newest change first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public List<DraftSummary> openDrafts() {
        return jdbc
                .sql("SELECT * FROM course_draft WHERE status IN ('DRAFT', 'IN_REVIEW') ORDER BY updated_at DESC")
                .query(AuthoringService::draft)
                .list()
                .stream()
                .map(d -> new DraftSummary(
                        d.id(),
                        d.courseCode(),
                        d.source().title(),
                        d.status(),
                        d.authorAccountId(),
                        d.updatedAt(),
                        d.updatedBy(),
                        d.staleEnglish().size()))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft get(long draftId) {
        return jdbc.sql("SELECT * FROM course_draft WHERE id = ?")
                .param(draftId)
                .query(AuthoringService::draft)
                .optional()
                .orElseThrow(() -> new AuthoringException(Reason.NO_DRAFT));
    }

    /** The course's draft being written or in review, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Optional<Draft> openDraftOf(String courseCode) {
        return jdbc.sql("SELECT * FROM course_draft WHERE open_code = ?")
                .param(courseCode)
                .query(AuthoringService::draft)
                .optional();
    }

    /** A new course from nothing: one empty lesson, no questions, the usual quiz rules. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft createBlank(String courseCode, CourseCategory category) {
        String code = newCode(courseCode);
        return insert(CourseSource.blank(code, category), null, "CREATED", null);
    }

    /** A new course copied from a published one: its lessons, questions and pictures. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft createCopy(String fromCourseCode, String courseCode) {
        String code = newCode(courseCode);
        PublishedCourse from =
                catalog.current(fromCourseCode).orElseThrow(() -> new AuthoringException(Reason.NO_DRAFT));
        CourseSource.Builder copy = sourceOf(from).toBuilder();
        copy.id = code;
        copy.declaredVersion = 1;
        CourseSource source = copy.build();
        Draft draft = insert(source, null, "CREATED", fromCourseCode);
        images.copy(fromCourseCode, code);
        return draft;
    }

    /**
     * The draft to edit a published course in: its open draft when there is one, else a new draft
     * of its current version.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft startEditing(String courseCode) {
        Optional<Draft> open = openDraftOf(courseCode);
        if (open.isPresent()) {
            return open.get();
        }
        PublishedCourse current =
                catalog.current(courseCode).orElseThrow(() -> new AuthoringException(Reason.NO_DRAFT));
        return insert(sourceOf(current), current.versionId(), "CREATED", "r" + current.revision());
    }

    /** A course folder read from a zip, as a draft ({@link DraftFiles}). */
    Draft importSource(CourseSource source, String fileName) {
        if (openDraftOf(source.id()).isPresent()) {
            throw new AuthoringException(Reason.ALREADY_OPEN, source.id());
        }
        Long basedOn =
                catalog.current(source.id()).map(PublishedCourse::versionId).orElse(null);
        if (basedOn == null) {
            newCode(source.id());
        }
        return insert(source, basedOn, "IMPORTED", fileName);
    }

    /**
     * Saves one text: {@code title.vi|en}, {@code summary.vi|en}, {@code lesson.<slug>.vi|en} or
     * {@code sources}. {@code base} is the text the editor last read; when the stored text is
     * neither that nor {@code value}, someone else changed it and nothing is saved.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft saveText(long draftId, String field, String base, String value) {
        Draft draft = lockEditable(draftId);
        String clean = Normalizer.normalize(value, Normalizer.Form.NFC);
        String current = textOf(draft.source(), field);
        if (current.equals(clean)) {
            return draft;
        }
        if (!current.equals(Normalizer.normalize(base, Normalizer.Form.NFC))) {
            throw new EditConflict(field, current, current, draft.updatedBy(), draft.updatedAt());
        }
        Map<String, String> stale = new LinkedHashMap<>(draft.staleEnglish());
        if (!field.equals("sources")) {
            StaleEnglish.textSaved(stale, field, current);
        }
        return update(draft, withText(draft.source(), field, clean), stale, "EDITED", field, current);
    }

    /** Saves one question whole; {@code base} is the question as the editor last read it. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft saveQuestion(long draftId, QuestionSource base, QuestionSource value) {
        Draft draft = lockEditable(draftId);
        String code = base.question().code();
        QuestionSource current =
                draft.source().question(code).orElseThrow(() -> new AuthoringException(Reason.NO_SUCH_PART, code));
        QuestionSource clean = new QuestionSource(nfc(value.question(), code), value.scenario());
        if (current.equals(clean)) {
            return draft;
        }
        if (!current.equals(new QuestionSource(nfc(base.question(), code), base.scenario()))) {
            throw new EditConflict(
                    "question." + code,
                    current,
                    StaleEnglish.vietnamese(current.question()),
                    draft.updatedBy(),
                    draft.updatedAt());
        }
        Map<String, String> stale = new LinkedHashMap<>(draft.staleEnglish());
        StaleEnglish.questionSaved(stale, current, clean.question());
        List<QuestionSource> questions = new ArrayList<>(draft.source().questions());
        questions.replaceAll(q -> q.question().code().equals(code) ? clean : q);
        return update(
                draft,
                draft.source().withQuestions(questions),
                stale,
                "EDITED",
                "question." + code,
                DraftJson.write(current));
    }

    /** Saves the course's settings together; {@code base} is what the editor last read. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft saveSettings(long draftId, Settings base, Settings value) {
        Draft draft = lockEditable(draftId);
        Settings current = Settings.of(draft.source());
        if (current.equals(value)) {
            return draft;
        }
        if (!current.equals(base)) {
            throw new EditConflict("settings", current, current.toString(), draft.updatedBy(), draft.updatedAt());
        }
        return update(
                draft,
                value.applyTo(draft.source()),
                draft.staleEnglish(),
                "EDITED",
                "settings",
                DraftJson.write(current));
    }

    /** A new empty lesson at the end. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft addLesson(long draftId) {
        Draft draft = lockEditable(draftId);
        List<LessonSource> lessons = new ArrayList<>(draft.source().lessons());
        if (lessons.size() >= MAX_LESSONS) {
            throw new AuthoringException(Reason.TOO_MANY, MAX_LESSONS);
        }
        Set<String> taken = new HashSet<>();
        lessons.forEach(l -> taken.add(l.slug().substring(0, 2)));
        int number = lessons.size() + 1;
        while (taken.contains(String.format("%02d", number)) && number < 99) {
            number++;
        }
        String slug = String.format("%02d-bai-hoc", number);
        lessons.add(new LessonSource(slug, new Text("# \n", "# \n")));
        Map<String, String> stale = new LinkedHashMap<>(draft.staleEnglish());
        return update(draft, draft.source().withLessons(lessons), stale, "ADDED", "lesson." + slug, null);
    }

    /** Removes a lesson; its text is kept in the history. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft removeLesson(long draftId, String slug) {
        Draft draft = lockEditable(draftId);
        LessonSource lesson =
                draft.source().lesson(slug).orElseThrow(() -> new AuthoringException(Reason.NO_SUCH_PART, slug));
        List<LessonSource> lessons = new ArrayList<>(draft.source().lessons());
        lessons.remove(lesson);
        Map<String, String> stale = new LinkedHashMap<>(draft.staleEnglish());
        stale.remove("lesson." + slug);
        return update(
                draft,
                draft.source().withLessons(lessons),
                stale,
                "REMOVED",
                "lesson." + slug,
                DraftJson.write(lesson));
    }

    /** Moves a lesson up ({@code -1}) or down ({@code +1}) in the order learners read them. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft moveLesson(long draftId, String slug, int delta) {
        Draft draft = lockEditable(draftId);
        List<LessonSource> lessons = new ArrayList<>(draft.source().lessons());
        int from = indexOf(lessons.stream().map(LessonSource::slug).toList(), slug);
        int to = Math.max(0, Math.min(lessons.size() - 1, from + delta));
        if (from == to) {
            return draft;
        }
        lessons.add(to, lessons.remove(from));
        return update(
                draft,
                draft.source().withLessons(lessons),
                draft.staleEnglish(),
                "MOVED",
                "lesson." + slug,
                (from + 1) + " → " + (to + 1));
    }

    /** A new question of the given type at the end of the bank, with empty texts to fill in. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft addQuestion(long draftId, QuestionType type) {
        Draft draft = lockEditable(draftId);
        String code = freeCode(draft.source(), "cau-hoi");
        return addQuestions(draft, List.of(new QuestionSource(template(code, type), false)), "ADDED", null);
    }

    /**
     * Questions imported from another format (GIFT) at the end of the bank; their codes must be
     * free. Their other language is empty and marked for the translator.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft importQuestions(long draftId, List<QuestionSource> questions, String fileName) {
        Draft draft = lockEditable(draftId);
        return addQuestions(draft, questions, "IMPORTED", fileName);
    }

    /** Removes a question; it is kept in the history. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft removeQuestion(long draftId, String code) {
        Draft draft = lockEditable(draftId);
        QuestionSource question =
                draft.source().question(code).orElseThrow(() -> new AuthoringException(Reason.NO_SUCH_PART, code));
        List<QuestionSource> questions = new ArrayList<>(draft.source().questions());
        questions.remove(question);
        Map<String, String> stale = new LinkedHashMap<>(draft.staleEnglish());
        stale.remove("question." + code);
        return update(
                draft,
                draft.source().withQuestions(questions),
                stale,
                "REMOVED",
                "question." + code,
                DraftJson.write(question));
    }

    /** The translator checked the English of {@code key} and it still says the same: no longer stale. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft confirmTranslation(long draftId, String key) {
        Draft draft = lockEditable(draftId);
        if (!draft.staleEnglish().containsKey(key)) {
            return draft;
        }
        Map<String, String> stale = new LinkedHashMap<>(draft.staleEnglish());
        stale.remove(key);
        return update(draft, draft.source(), stale, "TRANSLATED", key, null);
    }

    /** The author (or a province admin) throws the draft away; it stays in the record. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public void discard(long draftId) {
        Draft draft = lock(draftId);
        long me = me();
        if (draft.authorAccountId() != me && !currentUser.require().hasRole("PROVINCE_ADMIN")) {
            throw new AuthoringException(Reason.NOT_AUTHOR);
        }
        if (draft.status() != DraftStatus.DRAFT && draft.status() != DraftStatus.IN_REVIEW) {
            throw new AuthoringException(Reason.NOT_EDITABLE);
        }
        setStatus(draft, DraftStatus.DISCARDED, "DISCARDED", null);
    }

    // ---------------------------------------------------------------- shared with DraftReview

    Draft lock(long draftId) {
        return jdbc.sql("SELECT * FROM course_draft WHERE id = ? FOR UPDATE")
                .param(draftId)
                .query(AuthoringService::draft)
                .optional()
                .orElseThrow(() -> new AuthoringException(Reason.NO_DRAFT));
    }

    void setStatus(Draft draft, DraftStatus status, String action, @Nullable String detail) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE course_draft SET status = ?, updated_at = ?, updated_by = ?, version = version + 1"
                        + " WHERE id = ?")
                .params(status.name(), Timestamp.from(now), me(), draft.id())
                .update();
        history.record(draft.id(), me(), action, null, detail, now);
    }

    void review(
            Draft draft,
            DraftStatus status,
            @Nullable String comment,
            @Nullable Long publishedVersionId,
            boolean correction) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE course_draft SET status = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?,"
                        + " published_version_id = ?, correction = ?, updated_at = ?, updated_by = ?,"
                        + " version = version + 1 WHERE id = ?")
                .params(
                        status.name(),
                        comment,
                        me(),
                        Timestamp.from(now),
                        publishedVersionId,
                        correction,
                        Timestamp.from(now),
                        me(),
                        draft.id())
                .update();
        String action = status == DraftStatus.PUBLISHED ? (correction ? "CORRECTED" : "PUBLISHED") : "SENT_BACK";
        history.record(
                draft.id(), me(), action, null, comment != null ? comment : String.valueOf(publishedVersionId), now);
    }

    long me() {
        return currentUser.require().getAccountId();
    }

    /** The source a published version was written from: its draft, its folder, or the version itself. */
    CourseSource sourceOf(PublishedCourse course) {
        Optional<String> fromDraft = jdbc.sql(
                        "SELECT source FROM course_draft WHERE published_version_id = ? ORDER BY id DESC LIMIT 1")
                .param(course.versionId())
                .query(String.class)
                .optional();
        if (fromDraft.isPresent()) {
            return DraftJson.source(fromDraft.get());
        }
        Path folder = catalog.contentRoot().resolve("courses").resolve(course.code());
        if (Files.isDirectory(folder)) {
            CourseSources.Read read = CourseSources.read(catalog.contentRoot(), folder);
            if (read.source() != null && sameContent(read.source(), course.content())) {
                return read.source();
            }
        }
        return CourseSource.of(course.content(), Set.of(), "");
    }

    // ---------------------------------------------------------------- internals

    private static boolean sameContent(CourseSource source, CourseContent content) {
        return CourseSource.of(content, source.scenarioCodes(), source.sources())
                .equals(source);
    }

    private Draft lockEditable(long draftId) {
        Draft draft = lock(draftId);
        if (!draft.editable()) {
            throw new AuthoringException(Reason.NOT_EDITABLE);
        }
        return draft;
    }

    private String newCode(String courseCode) {
        String code = courseCode.strip().toLowerCase(java.util.Locale.ROOT);
        if (code.length() > MAX_CODE || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new AuthoringException(Reason.CODE_FORMAT);
        }
        boolean taken = catalog.current(code).isPresent()
                || jdbc.sql("SELECT COUNT(*) FROM course_draft WHERE course_code = ? AND status <> 'DISCARDED'")
                                .param(code)
                                .query(Integer.class)
                                .single()
                        > 0;
        if (taken) {
            throw new AuthoringException(Reason.CODE_TAKEN, code);
        }
        return code;
    }

    private Draft insert(CourseSource source, @Nullable Long basedOn, String action, @Nullable String detail) {
        Instant now = clock.instant();
        long me = me();
        try {
            jdbc.sql("INSERT INTO course_draft (course_code, based_on_version_id, status, source, stale_english,"
                            + " author_account_id, created_at, updated_at, updated_by)"
                            + " VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?)")
                    .params(
                            source.id(),
                            basedOn,
                            DraftJson.write(source),
                            "{}",
                            me,
                            Timestamp.from(now),
                            Timestamp.from(now),
                            me)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AuthoringException(Reason.ALREADY_OPEN, source.id());
        }
        long id = jdbc.sql("SELECT id FROM course_draft WHERE open_code = ?")
                .param(source.id())
                .query(Long.class)
                .single();
        history.record(id, me, action, null, detail, now);
        return get(id);
    }

    private Draft addQuestions(Draft draft, List<QuestionSource> added, String action, @Nullable String detail) {
        List<QuestionSource> questions = new ArrayList<>(draft.source().questions());
        if (questions.size() + added.size() > MAX_QUESTIONS) {
            throw new AuthoringException(Reason.TOO_MANY, MAX_QUESTIONS);
        }
        Map<String, String> stale = new LinkedHashMap<>(draft.staleEnglish());
        for (QuestionSource question : added) {
            String code = question.question().code();
            if (draft.source().question(code).isPresent()) {
                throw new AuthoringException(Reason.CODE_TAKEN, code);
            }
            questions.add(new QuestionSource(nfc(question.question(), code), question.scenario()));
            if (!StaleEnglish.vietnamese(question.question()).isBlank()
                    && question.question().prompt().en().isBlank()) {
                stale.put("question." + code, "");
            }
        }
        String field = added.size() == 1 ? "question." + added.get(0).question().code() : null;
        return update(draft, draft.source().withQuestions(questions), stale, action, field, detail);
    }

    private Draft update(
            Draft draft,
            CourseSource source,
            Map<String, String> stale,
            String action,
            @Nullable String field,
            @Nullable String detail) {
        Instant now = clock.instant();
        long me = me();
        jdbc.sql("UPDATE course_draft SET source = ?, stale_english = ?, updated_at = ?, updated_by = ?,"
                        + " version = version + 1 WHERE id = ?")
                .params(DraftJson.write(source), DraftJson.write(stale), Timestamp.from(now), me, draft.id())
                .update();
        history.record(draft.id(), me, action, field, detail, now);
        return get(draft.id());
    }

    static String freeCode(CourseSource source, String prefix) {
        Set<String> taken = new HashSet<>();
        source.questions().forEach(q -> taken.add(q.question().code()));
        int n = source.questions().size() + 1;
        while (taken.contains(prefix + "-" + n)) {
            n++;
        }
        return prefix + "-" + n;
    }

    private static Question template(String code, QuestionType type) {
        Text empty = new Text("", "");
        return switch (type) {
            case SINGLE ->
                new Question(
                        code,
                        type,
                        empty,
                        List.of(
                                new Choice(empty, true, empty),
                                new Choice(empty, false, empty),
                                new Choice(empty, false, empty)));
            case MULTIPLE ->
                new Question(
                        code,
                        type,
                        empty,
                        List.of(
                                new Choice(empty, true, empty),
                                new Choice(empty, true, empty),
                                new Choice(empty, false, empty),
                                new Choice(empty, false, empty)));
            case TRUE_FALSE ->
                new Question(
                        code,
                        type,
                        empty,
                        List.of(
                                new Choice(new Text("Đúng", "True"), true, empty),
                                new Choice(new Text("Sai", "False"), false, empty)));
            case ORDER ->
                new Question(
                        code,
                        type,
                        empty,
                        List.of(
                                new Choice(empty, true, empty),
                                new Choice(empty, true, empty),
                                new Choice(empty, true, empty)));
        };
    }

    private static Question nfc(Question question, String code) {
        return new Question(
                code,
                question.type(),
                nfc(question.prompt()),
                question.choices().stream()
                        .map(c -> new Choice(nfc(c.text()), c.correct(), nfc(c.feedback())))
                        .toList());
    }

    private static Text nfc(Text text) {
        return new Text(
                Normalizer.normalize(text.vi(), Normalizer.Form.NFC),
                Normalizer.normalize(text.en(), Normalizer.Form.NFC));
    }

    private static int indexOf(List<String> slugs, String slug) {
        int index = slugs.indexOf(slug);
        if (index < 0) {
            throw new AuthoringException(Reason.NO_SUCH_PART, slug);
        }
        return index;
    }

    /** The text of a field as {@link #saveText} names them. */
    public static String textOf(CourseSource source, String field) {
        return switch (field) {
            case "title.vi" -> source.title().vi();
            case "title.en" -> source.title().en();
            case "summary.vi" -> source.summary().vi();
            case "summary.en" -> source.summary().en();
            case "sources" -> source.sources();
            default -> {
                String[] parts = field.split("\\.");
                if (parts.length != 3 || !parts[0].equals("lesson")) {
                    throw new AuthoringException(Reason.NO_SUCH_PART, field);
                }
                LessonSource lesson = source.lesson(parts[1])
                        .orElseThrow(() -> new AuthoringException(Reason.NO_SUCH_PART, parts[1]));
                yield parts[2].equals("en")
                        ? lesson.markdown().en()
                        : lesson.markdown().vi();
            }
        };
    }

    private static CourseSource withText(CourseSource s, String field, String value) {
        UnaryOperator<Text> change =
                field.endsWith(".en") ? t -> new Text(t.vi(), value) : t -> new Text(value, t.en());
        CourseSource.Builder b = s.toBuilder();
        switch (field) {
            case "title.vi", "title.en" -> b.title = change.apply(s.title());
            case "summary.vi", "summary.en" -> b.summary = change.apply(s.summary());
            case "sources" -> b.sources = value;
            default -> {
                String slug = field.split("\\.")[1];
                b.lessons = s.lessons().stream()
                        .map(l -> l.slug().equals(slug) ? new LessonSource(slug, change.apply(l.markdown())) : l)
                        .toList();
            }
        }
        return b.build();
    }

    private static Draft draft(ResultSet rs, int row) throws SQLException {
        Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
        return new Draft(
                rs.getLong("id"),
                rs.getString("course_code"),
                DraftStatus.valueOf(rs.getString("status")),
                DraftJson.source(rs.getString("source")),
                DraftJson.stale(rs.getString("stale_english")),
                rs.getLong("author_account_id"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("updated_by"),
                rs.getLong("version"),
                rs.getObject("based_on_version_id", Long.class),
                reviewedAt == null ? null : rs.getString("review_comment"),
                rs.getObject("published_version_id", Long.class));
    }
}
