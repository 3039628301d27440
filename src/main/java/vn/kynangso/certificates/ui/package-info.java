/**
 * Certificates' screens: a learner's certificates with their PDFs, the public verification page
 * (where an admin of the area may also revoke), and printing a commune's certificates at once.
 */
@NullMarked
package vn.kynangso.certificates.ui;

import org.jspecify.annotations.NullMarked;
