/**
 * Certificates' screens: a learner's certificates with their PDFs, the public verification page (a
 * light server-rendered page, not a Vaadin view), the admins' check where they may revoke, and
 * printing a commune's certificates at once.
 */
@NullMarked
package vn.kynangso.certificates.ui;

import org.jspecify.annotations.NullMarked;
