/** Door-to-door work: campaigns over a commune's hamlets, and visits recorded per household. */
@NullMarked
package vn.kynangso.visits;

import org.jspecify.annotations.NullMarked;
