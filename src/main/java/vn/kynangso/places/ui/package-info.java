/** Screens for admins to keep their part of the place tree: browse, add, rename, import. */
@NullMarked
package vn.kynangso.places.ui;

import org.jspecify.annotations.NullMarked;
