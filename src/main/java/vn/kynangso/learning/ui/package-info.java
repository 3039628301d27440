/**
 * The learner's screens: the courses on offer, a course, the lesson reader (with read-aloud), the
 * one-question-a-screen quiz with its answer feedback, the result, and their progress.
 */
@NullMarked
package vn.kynangso.learning.ui;

import org.jspecify.annotations.NullMarked;
