/** Officials' training screen and the admins' year-end evaluation screen. */
@NullMarked
package vn.kynangso.officials.ui;

import org.jspecify.annotations.NullMarked;
