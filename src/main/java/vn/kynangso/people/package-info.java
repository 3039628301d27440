/** People: households, their members, and the learners behind every count. */
@NullMarked
package vn.kynangso.people;

import org.jspecify.annotations.NullMarked;
