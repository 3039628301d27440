/**
 * Flyway migrations written in Java, for changes SQL cannot express (composing stored text to NFC).
 * They run in version order with the SQL ones in {@code src/main/resources/db/migration}.
 */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
