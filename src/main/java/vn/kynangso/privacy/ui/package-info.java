/** "My data", filing a correction or deletion request, and the admins' list of requests to decide. */
@NullMarked
package vn.kynangso.privacy.ui;

import org.jspecify.annotations.NullMarked;
