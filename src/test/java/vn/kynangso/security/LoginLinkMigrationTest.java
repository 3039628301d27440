package vn.kynangso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import vn.kynangso.KaribuTest;
import vn.kynangso.security.AccountService.NewAccount;

/**
 * The migration that has each account name its one link that may still be valid, on links printed
 * before it: links from before cards voided earlier ones may be several per account.
 */
class LoginLinkMigrationTest extends KaribuTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void each_account_names_its_newest_unused_link_and_older_unused_ones_become_void() {
        long several = newAccount("nhieu.the");
        long one = newAccount("mot.the");
        long onlyUsed = newAccount("the.da.dung");
        Instant day = Instant.parse("2025-03-01T02:00:00Z");
        String oldest = link(several, day, null);
        String newest = link(several, day.plusSeconds(120), null);
        String middle = link(several, day.plusSeconds(60), null);
        String used = link(several, day.plusSeconds(180), day.plusSeconds(200));
        String single = link(one, day, null);
        link(onlyUsed, day, day.plusSeconds(10));

        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V0112__name_each_account_login_link.sql"))
                .execute(dataSource);

        assertThat(named(several)).isEqualTo(newest);
        assertThat(named(one)).isEqualTo(single);
        assertThat(named(onlyUsed)).isNull();
        assertThat(revoked(oldest)).isTrue();
        assertThat(revoked(middle)).isTrue();
        assertThat(revoked(newest)).isFalse();
        assertThat(revoked(used)).isFalse();
        assertThat(revoked(single)).isFalse();
    }

    private long newAccount(String username) {
        return SystemRunner.runAsSystem(() -> accounts.create(new NewAccount(
                        username + "." + System.nanoTime(),
                        null,
                        "Học Viên",
                        "mat-khau-kiem-thu",
                        Set.of(Roles.RESIDENT),
                        Set.of(),
                        null))
                .getId());
    }

    /** A link as an earlier version of the app left it: the account does not name it. */
    private String link(long account, Instant created, @Nullable Instant usedAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String hash = HexFormat.of().formatHex(bytes);
        jdbc.sql("INSERT INTO login_link (token_hash, account_id, created_by, created_at, expires_at, used_at)"
                        + " VALUES (?, ?, 0, ?, ?, ?)")
                .params(
                        hash,
                        account,
                        Timestamp.from(created),
                        Timestamp.from(created.plus(LoginLinks.VALIDITY)),
                        usedAt == null ? null : Timestamp.from(usedAt))
                .update();
        return hash;
    }

    private @Nullable String named(long account) {
        return jdbc.sql("SELECT login_link_hash FROM account WHERE id = ?")
                .param(account)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .single()
                .orElse(null);
    }

    private boolean revoked(String hash) {
        return jdbc.sql("SELECT revoked_at IS NOT NULL FROM login_link WHERE token_hash = ?")
                .param(hash)
                .query(Boolean.class)
                .single();
    }
}
