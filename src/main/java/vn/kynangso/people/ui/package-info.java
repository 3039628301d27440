/** Team members' screens for households: registering one on a phone in under a minute. */
@NullMarked
package vn.kynangso.people.ui;

import org.jspecify.annotations.NullMarked;
