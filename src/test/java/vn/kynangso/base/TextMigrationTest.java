package vn.kynangso.base;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V0032__Normalize_text_to_nfc;
import java.sql.Connection;
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
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.SystemRunner;

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

    @Autowired
    PeopleService people;

    @Test
    void names_and_addresses_stored_decomposed_are_composed_and_the_rest_untouched() throws Exception {
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        String name = "Trương Thị Huyền Trâm";
        String address = "Số 9, ngõ Ễnh Ương";
        // Registered through the services, which count the household in its hamlet's figures,
        // as text typed before the boundary composed it would have been.
        var household = SystemRunner.runAsSystem(
                () -> people.registerHousehold(hamlet, Normalizer.normalize(address, Normalizer.Form.NFD)));
        long person = SystemRunner.runAsSystem(() -> people.addMember(
                        household.getId(), Normalizer.normalize(name, Normalizer.Form.NFD), 1970, null))
                .getId();
        assertThat(jdbc.queryForObject("SELECT full_name FROM person WHERE id = ?", String.class, person))
                .isNotEqualTo(name);
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
        assertThat(jdbc.queryForObject("SELECT address FROM household WHERE id = ?", String.class, household.getId()))
                .isEqualTo(address);
        assertThat(jdbc.queryForObject("SELECT full_name FROM person WHERE id = 1", String.class))
                .isEqualTo(composedBefore);
        assertThat(List.of(name, address)).allMatch(t -> Normalizer.isNormalized(t, Normalizer.Form.NFC));
    }
}
