/** The catalog: the five skills, courses, lessons and quizzes, loaded from {@code content/}. */
@NullMarked
package vn.kynangso.catalog;

import org.jspecify.annotations.NullMarked;
