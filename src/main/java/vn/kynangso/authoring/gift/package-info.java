/**
 * A course's question bank in and out of GIFT, the text format of Moodle question banks:
 * {@link vn.kynangso.authoring.gift.GiftReader} turns a GIFT file in one language into questions,
 * refusing with its line and a plain reason every question this product cannot ask the same way;
 * {@link vn.kynangso.authoring.gift.GiftWriter} writes a bank back, with two comment-line extensions
 * (ordering questions, scenarios) that Moodle skips. content/README.md, "Question banks in GIFT
 * (Moodle)", is the trainers' description.
 */
@NullMarked
package vn.kynangso.authoring.gift;

import org.jspecify.annotations.NullMarked;
