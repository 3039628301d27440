/**
 * The trainers' content screen: which courses are published and in which version, and publishing
 * {@code content/} again with every problem and warning shown; {@link CourseDiffPanel} shows a
 * reviewer what changed between two versions of a course.
 */
@NullMarked
package vn.kynangso.catalog.ui;

import org.jspecify.annotations.NullMarked;
