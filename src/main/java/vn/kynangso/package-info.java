/** Kỹ Năng Số application root: the Spring Boot entry point and app-wide beans. */
@NullMarked
package vn.kynangso;

import org.jspecify.annotations.NullMarked;
