/**
 * The trainers' workspace: their drafts and the published courses, the draft editor (settings,
 * lessons with a live preview of the learner's lesson page, questions played as learners meet
 * them, translations, history) saving as they type, and the reviewer's screen with what changed.
 */
@NullMarked
package vn.kynangso.authoring.ui;

import org.jspecify.annotations.NullMarked;
