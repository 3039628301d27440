package vn.kynangso.classes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.classes.ClassException.Reason;
import vn.kynangso.security.CurrentUser;

/**
 * Class mode on shared classroom computers (DD007): the class's teacher turns it on for a computer,
 * which then holds a credential that shows only that class's tiles until the end of the day (or
 * until the teacher turns it off); children sign in on it with a tap and their PIN and are signed
 * out after the class's idle minutes.
 */
@Service
public class ClassMode {

    /** Idle minutes when the teacher has not chosen. */
    public static final int DEFAULT_IDLE_MINUTES = 5;

    public static final int MIN_IDLE_MINUTES = 1;
    public static final int MAX_IDLE_MINUTES = 60;

    /** What a class-mode computer shows: the class's name and its students' tiles, nothing more. */
    public record Tiles(String className, List<Tile> tiles) {}

    /** A student's tile: a number and a first-name-level name. */
    public record Tile(long personId, int number, String name) {}

    private final JdbcClient jdbc;
    private final ClassAccess access;
    private final ClassStore store;
    private final ClassDevices devices;
    private final SeatStore seats;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClassMode(
            JdbcClient jdbc,
            ClassAccess access,
            ClassStore store,
            ClassDevices devices,
            SeatStore seats,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.store = store;
        this.devices = devices;
        this.seats = seats;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Turns class mode on for the computer the class's teacher is using: returns its credential (to
     * be kept in an HttpOnly cookie until the end of the day). The caller then ends the teacher's
     * own session on that computer.
     */
    @Transactional
    @PreAuthorize("hasRole('TEACHER')")
    public String start(long classId) {
        access.changeable(classId);
        return devices.issue(classId, currentUser.require().getAccountId());
    }

    /** When a credential issued now stops working: the end of today. */
    @PreAuthorize("hasRole('TEACHER')")
    public Instant credentialExpiry() {
        return devices.endOfDay(clock.instant());
    }

    /** Turns class mode off on every computer of the class; the children on them are signed out. */
    @Transactional
    @PreAuthorize("hasRole('TEACHER')")
    public int turnOff(long classId) {
        access.ownOrSystem(classId);
        return devices.revokeAll(classId);
    }

    /** How many computers are in class mode for the class now; for its teacher or an admin of its area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public int activeDevices(long classId) {
        access.readable(classId);
        return devices.active(classId);
    }

    /** After how many idle minutes a child is signed out; for its teacher or an admin of its area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public int idleMinutes(long classId) {
        access.readable(classId);
        return idleOf(classId);
    }

    /** Sets the class's idle minutes (1 to 60); for its teacher. Children signed in later get it. */
    @Transactional
    @PreAuthorize("hasRole('TEACHER')")
    public void setIdleMinutes(long classId, int minutes) {
        access.changeable(classId);
        if (minutes < MIN_IDLE_MINUTES || minutes > MAX_IDLE_MINUTES) {
            throw new ClassException(Reason.IDLE_MINUTES);
        }
        jdbc.sql(
                        "INSERT INTO class_mode_setting (class_id, idle_minutes, updated_at) VALUES (?, ?, ?)"
                                + " ON DUPLICATE KEY UPDATE idle_minutes = VALUES(idle_minutes), updated_at = VALUES(updated_at)")
                .params(classId, minutes, Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * The tiles a class-mode computer shows, for the credential it holds; empty for a missing,
     * made-up, expired or turned-off credential, or an archived class. Anyone may ask: the
     * credential is the check, and the tiles say no more than numbers and first names.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Tiles> tiles(String deviceToken) {
        return devices.valid(deviceToken)
                .flatMap(device -> store.find(device.classId()))
                .filter(c -> !c.archived())
                .map(c -> new Tiles(
                        c.name(),
                        seats.tiles(c.id()).stream()
                                .map(t -> new Tile(t.personId(), t.number(), t.tileName()))
                                .toList()));
    }

    /** Whether the computer a child signed in on is still in class mode; for the child's open screen. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean deviceOpen(long deviceId) {
        return devices.open(deviceId);
    }

    Duration idleLimit(long classId) {
        return Duration.ofMinutes(idleOf(classId));
    }

    private int idleOf(long classId) {
        return jdbc.sql("SELECT idle_minutes FROM class_mode_setting WHERE class_id = ?")
                .param(classId)
                .query(Integer.class)
                .optional()
                .orElse(DEFAULT_IDLE_MINUTES);
    }
}
