/**
 * After-school classes: a teacher's class in a commune ({@link vn.kynangso.classes.ClassService}),
 * the code and poster students join it by ({@link vn.kynangso.classes.ClassJoining},
 * {@link vn.kynangso.classes.ClassPoster}), the courses given to it
 * ({@link vn.kynangso.classes.ClassCourses}), a whole list of students enrolled at once with
 * their login cards ({@link vn.kynangso.classes.ClassEnrolment}) and a student's own classes with those courses, their
 * due dates and the student's status ({@link vn.kynangso.classes.MyClasses}); during a session
 * ({@link vn.kynangso.classes.ClassSessions}) its attendance, the quizzes the teacher opens
 * ({@link vn.kynangso.classes.ClassQuizzes}) and the live board ({@link vn.kynangso.classes.ClassBoard}).
 *
 * <p>A teacher sees and changes only their own classes; a commune or province admin reads the
 * classes of their area; a student sees only the classes they joined. It keeps only its own tables: places, people's names and courses come
 * from their modules' APIs (see {@code TableOwnershipTest}).
 */
@NullMarked
package vn.kynangso.classes;

import org.jspecify.annotations.NullMarked;
