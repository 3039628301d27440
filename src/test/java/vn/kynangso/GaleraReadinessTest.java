package vn.kynangso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a MariaDB Galera cluster needs of the schema and the SQL: every table InnoDB (the only
 * engine Galera replicates) with a primary key (rows without one are applied by full scans on the
 * other nodes, and deleted ones can differ between nodes), and no lock that lives on one node only
 * ({@code GET_LOCK}, {@code LOCK TABLES}: not replicated, so two app nodes on two database nodes
 * would each hold "the" lock). {@code SELECT … FOR UPDATE} is fine with one node taking the writes
 * (Connector/J's sequential mode, docs/deploy.md); across writers it turns into a commit-time
 * conflict, which the app meets as a deadlock and retries.
 */
class GaleraReadinessTest extends KaribuTest {

    private static final Pattern NODE_LOCAL_LOCK =
            Pattern.compile("\\b(GET_LOCK|RELEASE_LOCK|IS_FREE_LOCK|LOCK\\s+TABLES?)\\b", Pattern.CASE_INSENSITIVE);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_table_is_innodb_and_has_a_primary_key() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables).hasSizeGreaterThan(40);
        assertThat(jdbc.queryForList(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                                + " AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'",
                        String.class))
                .as("tables not InnoDB")
                .isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT t.table_name FROM information_schema.tables t"
                                + " WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'"
                                + " AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c"
                                + " WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name"
                                + " AND c.constraint_type = 'PRIMARY KEY')",
                        String.class))
                .as("tables without a primary key")
                .isEmpty();
    }

    @Test
    void the_app_takes_no_lock_that_lives_on_one_database_node() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            found = files.filter(
                            f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    .filter(f -> NODE_LOCAL_LOCK.matcher(read(f)).find())
                    .map(Path::toString)
                    .toList();
        }
        assertThat(found).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
