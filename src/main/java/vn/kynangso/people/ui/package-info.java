/**
 * Screens for households and their members: registering one at the door on a phone in under a
 * minute, importing a commune's lists, a household's page with its priority flags and consents,
 * the consent notice, login cards, and the log of who saw sensitive flags.
 */
@NullMarked
package vn.kynangso.people.ui;

import org.jspecify.annotations.NullMarked;
