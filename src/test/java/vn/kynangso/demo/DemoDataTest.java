package vn.kynangso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.security.Roles;

class DemoDataTest extends KaribuTest {

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void there_is_one_demo_sign_in_for_every_role() {
        for (String role : Roles.ASSIGNABLE) {
            assertThat(jdbc.queryForObject("select count(*) from account_role where role = ?", Integer.class, role))
                    .as(role)
                    .isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void vietnamese_names_are_stored_exactly_as_written() {
        assertThat(jdbc.queryForObject("select full_name from person where phone = '0912345678'", String.class))
                .isEqualTo("Nguyễn Thị Thu Hương");
    }

    @Test
    void loading_again_changes_nothing() throws Exception {
        Integer places = jdbc.queryForObject("select count(*) from place", Integer.class);
        Integer households = jdbc.queryForObject("select count(*) from household", Integer.class);
        demoData.run(null);
        assertThat(jdbc.queryForObject("select count(*) from place", Integer.class))
                .isEqualTo(places);
        assertThat(jdbc.queryForObject("select count(*) from household", Integer.class))
                .isEqualTo(households);
    }
}
