/** The monthly report's screen. */
@NullMarked
package vn.kynangso.monthly.ui;

import org.jspecify.annotations.NullMarked;
