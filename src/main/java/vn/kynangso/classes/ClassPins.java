package vn.kynangso.classes;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.classes.ClassException.Reason;
import vn.kynangso.classes.ClassJoining.ClassStudent;
import vn.kynangso.security.CurrentUser;

/**
 * Students' class PINs for class-mode computers: four digits the teacher gives each child (shown
 * once, kept only as a hash by the app's password encoder), with the child's tile number and tile
 * name. A new PIN replaces the old one; the number stays.
 */
@Service
public class ClassPins {

    /** A student of the class and their tile, if they have a PIN. */
    public record Seat(
            long personId,
            String name,
            @Nullable Integer number,
            @Nullable String tileName) {

        public boolean hasPin() {
            return number != null;
        }
    }

    /** A PIN just set: to print or tell the child now; it is never shown again. */
    public record NewPin(long personId, String name, int number, String tileName, String pin) {}

    private final ClassJoining joining;
    private final ClassAccess access;
    private final SeatStore seats;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ClassPins(
            ClassJoining joining,
            ClassAccess access,
            SeatStore seats,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            Clock clock) {
        this.joining = joining;
        this.access = access;
        this.seats = seats;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The class's students, each with their tile when they have a PIN; for its teacher or an admin of its area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Seat> seats(long classId) {
        List<ClassStudent> students = joining.students(classId);
        Map<Long, SeatStore.Row> rows = seats.of(classId);
        return students.stream()
                .map(s -> {
                    SeatStore.Row row = rows.get(s.personId());
                    return new Seat(
                            s.personId(),
                            s.name(),
                            row == null ? null : row.number(),
                            row == null ? null : row.tileName());
                })
                .toList();
    }

    /** A new PIN for one student of the class (their first, or in place of a forgotten one); for its teacher. */
    @Transactional
    @PreAuthorize("hasRole('TEACHER')")
    public NewPin setPin(long classId, long personId) {
        access.changeable(classId);
        ClassStudent student = joining.students(classId).stream()
                .filter(s -> s.personId() == personId)
                .findFirst()
                .orElseThrow(() -> new ClassException(Reason.NOT_IN_CLASS));
        return give(classId, student, seats.of(classId));
    }

    /** PINs for every student of the class who has none yet, by tile number; for its teacher. */
    @Transactional
    @PreAuthorize("hasRole('TEACHER')")
    public List<NewPin> setMissingPins(long classId) {
        access.changeable(classId);
        Map<Long, SeatStore.Row> rows = new HashMap<>(seats.of(classId));
        Collator byName = Collator.getInstance(TranslationProvider.VIETNAMESE);
        List<NewPin> given = new ArrayList<>();
        for (ClassStudent student : joining.students(classId).stream()
                .sorted(Comparator.comparing(ClassStudent::joinedAt).thenComparing(ClassStudent::name, byName))
                .toList()) {
            if (!rows.containsKey(student.personId())) {
                NewPin pin = give(classId, student, rows);
                rows.put(student.personId(), new SeatStore.Row(pin.number(), pin.tileName(), ""));
                given.add(pin);
            }
        }
        return given;
    }

    private NewPin give(long classId, ClassStudent student, Map<Long, SeatStore.Row> existing) {
        String pin = String.format("%04d", random.nextInt(10_000));
        String hash = encoder.encode(pin);
        long by = currentUser.require().getAccountId();
        Timestamp now = Timestamp.from(clock.instant());
        SeatStore.Row row = existing.get(student.personId());
        if (row != null) {
            seats.newPin(classId, student.personId(), hash, now, by);
            return new NewPin(student.personId(), student.name(), row.number(), row.tileName(), pin);
        }
        String tileName = TileNames.of(
                student.name(),
                existing.values().stream().map(SeatStore.Row::tileName).toList());
        int number = seats.add(classId, student.personId(), tileName, hash, now, by);
        return new NewPin(student.personId(), student.name(), number, tileName, pin);
    }
}
