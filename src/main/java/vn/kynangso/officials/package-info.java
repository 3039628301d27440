/**
 * Officials' year-end evaluation: units, each year's mandatory courses per commune with deadlines,
 * an official's own requirements and yearly transcript, and a commune's compliance sheet.
 */
@NullMarked
package vn.kynangso.officials;

import org.jspecify.annotations.NullMarked;
