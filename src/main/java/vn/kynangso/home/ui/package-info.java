/**
 * The two screens everyone starts from: the public landing page (what the platform is, the five
 * skills, the way in) and the signed-in home screen, one card per role with what is next for that
 * person. They show what the feature services count; they count nothing themselves.
 */
@NullMarked
package vn.kynangso.home.ui;

import org.jspecify.annotations.NullMarked;
