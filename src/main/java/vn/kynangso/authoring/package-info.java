/**
 * Trainers author courses in the app: drafts saved as they type ({@link AuthoringService}, every
 * field merged on its own so two trainers lose nothing), checked by the same reader as {@code
 * content/}, reviewed by a second trainer and published as a new version or a correction ({@link
 * DraftReview}), English marked for its translator when the Vietnamese changes, every change
 * recorded ({@link DraftHistory}); course folders in and out as zips, question banks in and out as
 * GIFT.
 */
@NullMarked
package vn.kynangso.authoring;

import org.jspecify.annotations.NullMarked;
