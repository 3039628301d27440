/** The public verification page and each learner's certificates. */
@NullMarked
package vn.kynangso.certificates.ui;

import org.jspecify.annotations.NullMarked;
