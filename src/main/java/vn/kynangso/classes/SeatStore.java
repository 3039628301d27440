package vn.kynangso.classes;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code class_seat}: students' tiles and PIN hashes. */
@Component
class SeatStore {

    /** A student's tile, and their PIN's hash. */
    record Row(int number, String tileName, String pinHash) {}

    /** A tile as a class-mode computer shows it. */
    record Tile(long personId, int number, String tileName) {}

    private final JdbcClient jdbc;

    SeatStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The class's tiles by person, for students who are (still) in the class. */
    Map<Long, Row> of(long classId) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT s.person_id, s.seat_number, s.tile_name, s.pin_hash FROM class_seat s"
                        + " JOIN class_student m ON m.class_id = s.class_id AND m.person_id = s.person_id"
                        + " WHERE s.class_id = ? ORDER BY s.seat_number")
                .param(classId)
                .query(rs -> {
                    rows.put(rs.getLong(1), new Row(rs.getInt(2), rs.getString(3), rs.getString(4)));
                });
        return rows;
    }

    List<Tile> tiles(long classId) {
        return of(classId).entrySet().stream()
                .map(e ->
                        new Tile(e.getKey(), e.getValue().number(), e.getValue().tileName()))
                .toList();
    }

    Optional<Row> find(long classId, long personId) {
        return Optional.ofNullable(of(classId).get(personId));
    }

    /** A new tile with the class's next number; returns the number. */
    int add(long classId, long personId, String tileName, String pinHash, Timestamp at, long by) {
        int number = jdbc.sql("SELECT COALESCE(MAX(seat_number), 0) + 1 FROM class_seat WHERE class_id = ? FOR UPDATE")
                .param(classId)
                .query(Integer.class)
                .single();
        jdbc.sql(
                        "INSERT INTO class_seat (class_id, person_id, seat_number, tile_name, pin_hash, pin_set_at, pin_set_by)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(classId, personId, number, tileName, pinHash, at, by)
                .update();
        return number;
    }

    void newPin(long classId, long personId, String pinHash, Timestamp at, long by) {
        jdbc.sql(
                        "UPDATE class_seat SET pin_hash = ?, pin_set_at = ?, pin_set_by = ? WHERE class_id = ? AND person_id = ?")
                .params(pinHash, at, by, classId, personId)
                .update();
    }
}
