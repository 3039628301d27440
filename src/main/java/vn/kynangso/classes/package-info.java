/**
 * After-school classes: a teacher's class in a commune ({@link vn.kynangso.classes.ClassService}),
 * the code and poster students join it by ({@link vn.kynangso.classes.ClassJoining},
 * {@link vn.kynangso.classes.ClassPoster}) and the courses given to it
 * ({@link vn.kynangso.classes.ClassCourses}).
 *
 * <p>A teacher sees and changes only their own classes; a commune or province admin reads the
 * classes of their area. It keeps only its own tables: places, people's names and courses come
 * from their modules' APIs (see {@code TableOwnershipTest}).
 */
@NullMarked
package vn.kynangso.classes;

import org.jspecify.annotations.NullMarked;
