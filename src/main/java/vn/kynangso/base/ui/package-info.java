/**
 * The shell's screens (main layout, sign-in, my account) and the shared UI pieces features reuse
 * (language switch, large-text toggle, preferences).
 */
@NullMarked
@NamedInterface("ui")
package vn.kynangso.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
