/**
 * Certificates: issued when a course is completed (and for a household once it is covered), as
 * one-page PDFs anyone can check on the public verification page by code or QR; admins revoke.
 */
@NullMarked
package vn.kynangso.certificates;

import org.jspecify.annotations.NullMarked;
