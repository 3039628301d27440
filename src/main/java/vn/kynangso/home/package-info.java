/** The public landing page and each person's home screen ("what is next for me"). */
@NullMarked
package vn.kynangso.home;

import org.jspecify.annotations.NullMarked;
