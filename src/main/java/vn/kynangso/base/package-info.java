/**
 * The app shell every feature stands on: main layout and menu, sign-in and profile screens,
 * translations, error pages, the embedded database, and this app node's identity and heartbeat
 * among several ({@code AppNode}). Imports no feature.
 */
@NullMarked
package vn.kynangso.base;

import org.jspecify.annotations.NullMarked;
