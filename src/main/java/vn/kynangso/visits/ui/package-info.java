/** Screens for campaigns and household visits. */
@NullMarked
package vn.kynangso.visits.ui;

import org.jspecify.annotations.NullMarked;
