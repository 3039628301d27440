package vn.kynangso.classes;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.security.ClassPinCheck;

/**
 * A child's PIN on a class-mode computer: the computer's credential must be valid for the child's
 * class (not archived), the child must have a tile there that is not locked, and the PIN must match
 * their hash. Wrong PINs are counted ({@link PinThrottle}).
 */
@Component
class ClassPinVerifier implements ClassPinCheck {

    private final ClassDevices devices;
    private final ClassStore store;
    private final SeatStore seats;
    private final PinThrottle throttle;
    private final PasswordEncoder encoder;
    private final ClassMode mode;

    ClassPinVerifier(
            ClassDevices devices,
            ClassStore store,
            SeatStore seats,
            PinThrottle throttle,
            PasswordEncoder encoder,
            ClassMode mode) {
        this.devices = devices;
        this.store = store;
        this.seats = seats;
        this.throttle = throttle;
        this.encoder = encoder;
        this.mode = mode;
    }

    @Override
    @Transactional(readOnly = true)
    public Verdict check(String deviceToken, long personId, String pin) {
        Optional<ClassDevices.Device> device = devices.valid(deviceToken)
                .filter(d -> store.find(d.classId()).filter(c -> !c.archived()).isPresent());
        if (device.isEmpty()) {
            return new Refused();
        }
        long classId = device.get().classId();
        long deviceId = device.get().id();
        Optional<SeatStore.Row> seat = seats.find(classId, personId);
        if (seat.isEmpty()) {
            return new Refused();
        }
        Optional<Duration> locked = throttle.lockedFor(classId, personId, deviceId);
        if (locked.isPresent()) {
            return new Locked(locked.get());
        }
        if (!pin.matches("\\d{4}") || !encoder.matches(pin, seat.get().pinHash())) {
            int left = throttle.wrong(classId, personId, deviceId);
            Optional<Duration> now = throttle.lockedFor(classId, personId, deviceId);
            return now.<Verdict>map(Locked::new).orElseGet(() -> new Wrong(left));
        }
        throttle.right(classId, personId);
        return new Right(classId, deviceId, mode.idleLimit(classId));
    }
}
