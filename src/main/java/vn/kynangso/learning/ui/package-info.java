/** The learner's screens: catalog, course, lesson reader, one-question-a-screen quiz, result, progress. */
@NullMarked
package vn.kynangso.learning.ui;

import org.jspecify.annotations.NullMarked;
