/**
 * The app shell every feature stands on: main layout and menu, sign-in and profile screens,
 * translations, error pages and the embedded database. Imports no feature.
 */
@NullMarked
package vn.kynangso.base;

import org.jspecify.annotations.NullMarked;
