package vn.kynangso.authoring;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.authoring.AuthoringException.Reason;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.CourseSources;
import vn.kynangso.catalog.PublishedCourse;

/**
 * Draft → ready for review → approved by a second trainer (or a province admin) and published as a
 * new version or a correction, or sent back with comments. Whoever wrote or edited a draft cannot
 * approve it; the reviewer approves the revision they read.
 */
@Service
public class DraftReview {

    private final AuthoringService drafts;
    private final DraftHistory history;
    private final DraftImages images;
    private final CatalogService catalog;

    DraftReview(AuthoringService drafts, DraftHistory history, DraftImages images, CatalogService catalog) {
        this.drafts = drafts;
        this.history = history;
        this.images = images;
        this.catalog = catalog;
    }

    /** Every problem and warning of the draft, on its field, as publishing would find them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public CourseSources.Check check(long draftId) {
        Draft draft = drafts.get(draftId);
        return CourseSources.check(draft.source(), images.shownBy(draft.source()));
    }

    /** The version the draft started from (for the reviewer's comparison), if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Optional<PublishedCourse> basedOn(long draftId) {
        Draft draft = drafts.get(draftId);
        return draft.basedOnVersionId() == null
                ? catalog.current(draft.courseCode())
                : Optional.of(catalog.version(draft.basedOnVersionId()));
    }

    /** Ready for review: only a draft without problems. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft submit(long draftId) {
        Draft draft = drafts.lock(draftId);
        if (draft.status() != DraftStatus.DRAFT) {
            throw new AuthoringException(Reason.NOT_EDITABLE);
        }
        if (!CourseSources.check(draft.source(), images.shownBy(draft.source())).valid()) {
            throw new AuthoringException(Reason.INVALID);
        }
        drafts.setStatus(draft, DraftStatus.IN_REVIEW, "SUBMITTED", null);
        return drafts.get(draftId);
    }

    /** Back to its authors with the reviewer's comments, to edit again. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public Draft sendBack(long draftId, String comment) {
        Draft draft = reviewable(draftId, null);
        String clean = comment.strip();
        if (clean.isEmpty()) {
            throw new AuthoringException(Reason.COMMENT_REQUIRED);
        }
        drafts.review(draft, DraftStatus.DRAFT, clean, null, false);
        return drafts.get(draftId);
    }

    /**
     * Publishes the draft as the course's new version ({@code correction}: learners mid-course move
     * to it at their next lesson or attempt). {@code revision} is the draft as the reviewer read it;
     * English waiting for its translator needs {@code publishStaleEnglish}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public PublishedCourse approve(long draftId, long revision, boolean correction, boolean publishStaleEnglish) {
        Draft draft = reviewable(draftId, revision);
        if (!draft.staleEnglish().isEmpty() && !publishStaleEnglish) {
            throw new AuthoringException(
                    Reason.STALE_ENGLISH, draft.staleEnglish().size());
        }
        CourseSources.Check check = CourseSources.check(draft.source(), images.shownBy(draft.source()));
        CourseContent content = check.course();
        if (content == null || !check.valid()) {
            throw new AuthoringException(Reason.INVALID);
        }
        if (correction && catalog.current(draft.courseCode()).isEmpty()) {
            throw new AuthoringException(Reason.NOTHING_TO_CORRECT);
        }
        PublishedCourse published = catalog.publishAuthored(content, correction, drafts.me());
        drafts.review(draft, DraftStatus.PUBLISHED, null, published.versionId(), correction);
        return published;
    }

    private Draft reviewable(long draftId, @Nullable Long revision) {
        Draft draft = drafts.lock(draftId);
        if (draft.status() != DraftStatus.IN_REVIEW) {
            throw new AuthoringException(Reason.NOT_IN_REVIEW);
        }
        long me = drafts.me();
        if (draft.authorAccountId() == me || history.anyEditor(draftId, me).isPresent()) {
            throw new AuthoringException(Reason.OWN_DRAFT);
        }
        if (revision != null && draft.revision() != revision) {
            throw new AuthoringException(Reason.CHANGED_SINCE_READ);
        }
        return draft;
    }
}
