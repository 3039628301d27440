package vn.kynangso.base;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V0032__Normalize_text_to_nfc;
import java.sql.Connection;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/** Text stored decomposed before text was normalized is put in composed form, once, by a migration. */
class TextMigrationTest extends KaribuTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Test
    void names_and_addresses_stored_decomposed_are_composed_and_the_rest_untouched() throws Exception {
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        String name = "Trương Thị Huyền Trâm";
        String address = "Số 9, ngõ Ễnh Ương";
        jdbc.update(
                "INSERT INTO household (hamlet_id, address, created_at) VALUES (?, ?, ?)",
                hamlet,
                Normalizer.normalize(address, Normalizer.Form.NFD),
                Timestamp.from(clock.instant()));
        long household = jdbc.queryForObject("SELECT MAX(id) FROM household", Long.class);
        jdbc.update(
                "INSERT INTO person (household_id, place_id, full_name, birth_year, created_at) VALUES (?, ?, ?, 1970, ?)",
                household,
                hamlet,
                Normalizer.normalize(name, Normalizer.Form.NFD),
                Timestamp.from(clock.instant()));
        long person = jdbc.queryForObject("SELECT MAX(id) FROM person", Long.class);
        String composedBefore = jdbc.queryForObject("SELECT full_name FROM person WHERE id = 1", String.class);

        try (Connection connection = dataSource.getConnection()) {
            new V0032__Normalize_text_to_nfc().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(jdbc.queryForObject("SELECT full_name FROM person WHERE id = ?", String.class, person))
                .isEqualTo(name);
        assertThat(jdbc.queryForObject("SELECT address FROM household WHERE id = ?", String.class, household))
                .isEqualTo(address);
        assertThat(jdbc.queryForObject("SELECT full_name FROM person WHERE id = 1", String.class))
                .isEqualTo(composedBefore);
        assertThat(List.of(name, address)).allMatch(t -> Normalizer.isNormalized(t, Normalizer.Form.NFC));
    }
}
