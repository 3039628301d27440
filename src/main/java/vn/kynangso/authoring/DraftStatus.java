package vn.kynangso.authoring;

/** Where a draft stands. */
public enum DraftStatus {
    /** Being written; only a draft can be edited. */
    DRAFT,
    /** Submitted: waiting for a second trainer or a province admin. */
    IN_REVIEW,
    /** Approved and published as a course version; kept as that version's source. */
    PUBLISHED,
    /** Thrown away by its author; kept for the record. */
    DISCARDED
}
