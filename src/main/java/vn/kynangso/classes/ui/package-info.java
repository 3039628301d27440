/** Teachers' class screens (their classes, one class with its code, poster, students and courses) and the students' join screen. */
@NullMarked
package vn.kynangso.classes.ui;

import org.jspecify.annotations.NullMarked;
