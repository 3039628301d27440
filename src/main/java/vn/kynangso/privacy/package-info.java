/**
 * Personal data rights (PDPL 91/2025/QH15): each person's "My data" (everything held about them, to
 * read and download), and their requests to correct or delete it, decided by the commune admin.
 */
@NullMarked
package vn.kynangso.privacy;

import org.jspecify.annotations.NullMarked;
