/**
 * Places: a tree of typed levels (province → commune/ward/special zone → hamlet, with an optional
 * district level for data from before July 2025).
 */
@NullMarked
package vn.kynangso.places;

import org.jspecify.annotations.NullMarked;
