/** Trainers' screen: the published courses, and publishing content/ again with every problem shown. */
@NullMarked
package vn.kynangso.catalog.ui;

import org.jspecify.annotations.NullMarked;
