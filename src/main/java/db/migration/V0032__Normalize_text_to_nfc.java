package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.kynangso.base.Texts;

/**
 * Puts the text people typed or imported before text was normalized into composed form (NFC), as
 * everything that comes in now is (see {@code vn.kynangso.base.Texts}). Only rows that change are
 * written; a row whose composed text would collide with another (a unit name typed both ways) is
 * left as it was ({@code UPDATE IGNORE}).
 */
public class V0032__Normalize_text_to_nfc extends BaseJavaMigration {

    /** Table → its key columns and the text columns people write. */
    private static final Map<String, List<List<String>>> COLUMNS = Map.ofEntries(
            Map.entry("place", List.of(List.of("id"), List.of("name"))),
            Map.entry("household", List.of(List.of("id"), List.of("address"))),
            Map.entry("person", List.of(List.of("id"), List.of("full_name"))),
            Map.entry("account", List.of(List.of("id"), List.of("display_name"))),
            Map.entry("campaign", List.of(List.of("id"), List.of("name"))),
            Map.entry("visit", List.of(List.of("id"), List.of("note"))),
            Map.entry(
                    "certificate",
                    List.of(List.of("id"), List.of("holder_name", "commune_name", "province_name", "revoke_reason"))),
            Map.entry("official_unit", List.of(List.of("id"), List.of("name"))),
            Map.entry(
                    "closed_official",
                    List.of(List.of("year", "commune_id", "person_id"), List.of("full_name", "unit_name"))));

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (Map.Entry<String, List<List<String>>> table : COLUMNS.entrySet()) {
            normalize(
                    connection,
                    table.getKey(),
                    table.getValue().get(0),
                    table.getValue().get(1));
        }
    }

    private static void normalize(Connection connection, String table, List<String> keys, List<String> columns)
            throws Exception {
        String select = "SELECT " + String.join(", ", keys) + ", " + String.join(", ", columns) + " FROM " + table;
        String update = "UPDATE IGNORE " + table + " SET "
                + String.join(", ", columns.stream().map(c -> c + " = ?").toList()) + " WHERE "
                + String.join(" AND ", keys.stream().map(k -> k + " = ?").toList());
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery(select);
                PreparedStatement write = connection.prepareStatement(update)) {
            while (rows.next()) {
                List<String> before = new ArrayList<>();
                List<String> after = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    String value = rows.getString(keys.size() + i + 1);
                    before.add(value);
                    after.add(Texts.nfc(value));
                }
                if (Objects.equals(before, after)) {
                    continue;
                }
                for (int i = 0; i < after.size(); i++) {
                    write.setString(i + 1, after.get(i));
                }
                for (int k = 0; k < keys.size(); k++) {
                    write.setObject(after.size() + k + 1, rows.getObject(k + 1));
                }
                write.executeUpdate();
            }
        }
    }
}
