/**
 * The learner's screens: the courses on offer, a course, the lesson reader (with read-aloud), the
 * one-question-a-screen quiz with its answer feedback, the result, and their progress. The lesson
 * page, the question form and the answer feedback are public so the trainers' previews show the
 * very components learners get.
 */
@NullMarked
@NamedInterface("ui")
package vn.kynangso.learning.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
