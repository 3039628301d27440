/**
 * Database plumbing shared by every feature: the embedded MariaDB used by the one-command demo run
 * and the tests. Production always points at an external MariaDB through {@code KNS_DB_*}.
 */
@NullMarked
package vn.kynangso.base.database;

import org.jspecify.annotations.NullMarked;
