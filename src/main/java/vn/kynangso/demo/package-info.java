/** The demo dataset loaded on the first start of the demo profile (never in production). */
@NullMarked
package vn.kynangso.demo;

import org.jspecify.annotations.NullMarked;
