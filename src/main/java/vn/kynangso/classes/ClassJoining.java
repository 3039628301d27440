package vn.kynangso.classes;

import java.sql.Timestamp;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.classes.ClassException.Reason;
import vn.kynangso.people.PeopleService;
import vn.kynangso.security.CurrentUser;

/**
 * Students joining a class with its code (typed, or scanned from the poster), and the class's list
 * of students. Joining twice changes nothing.
 */
@Service
public class ClassJoining {

    /** What a student is shown before joining: enough to know it is the right class. */
    public record JoinPreview(
            long classId, String name, String school, String grade, String schoolYear, String commune) {}

    /** A student in a class, when they joined, and the class's group they are in, if any. */
    public record ClassStudent(
            long personId,
            String name,
            Instant joinedAt,
            @Nullable Long groupId) {}

    private final JdbcClient jdbc;
    private final ClassStore store;
    private final ClassAccess access;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JoinThrottle throttle;

    ClassJoining(
            JdbcClient jdbc,
            ClassStore store,
            ClassAccess access,
            PeopleService people,
            CurrentUser currentUser,
            Clock clock,
            JoinThrottle throttle) {
        this.throttle = throttle;
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The class a code lets into; refused when no class has it, it is off, or the class is archived. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDENT','RESIDENT')")
    public JoinPreview preview(String typedCode) {
        SchoolClass found = tried(typedCode);
        return new JoinPreview(
                found.id(), found.name(), found.school(), found.grade(), found.schoolYear(), found.communeName());
    }

    /**
     * Puts the signed-in learner into the class of this code; true when they were not in it yet
     * (joining again is harmless).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDENT','RESIDENT')")
    public boolean join(String typedCode) {
        long personId = currentUser.require().getPersonId().orElseThrow(() -> new ClassException(Reason.NO_LEARNER));
        return add(tried(typedCode).id(), personId);
    }

    /** Puts a learner into a class without its code: the application itself (the demo data). */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public void enrol(long classId, long personId) {
        add(access.changeable(classId).id(), personId);
    }

    /** The class's students by name, for its teacher or an admin of its area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<ClassStudent> students(long classId) {
        access.readable(classId);
        return studentsOf(classId);
    }

    /** The class's students by name, without asking who reads them: the caller has checked. */
    List<ClassStudent> studentsOf(long classId) {
        List<ClassStudent> joined = jdbc.sql(
                        "SELECT person_id, joined_at, group_id FROM class_student WHERE class_id = ?")
                .param(classId)
                .query((rs, n) -> {
                    long group = rs.getLong(3);
                    Long groupId = rs.wasNull() ? null : group;
                    return new ClassStudent(
                            rs.getLong(1), "", rs.getTimestamp(2).toInstant(), groupId);
                })
                .list();
        Map<Long, String> names =
                people.namesOf(joined.stream().map(ClassStudent::personId).toList());
        Collator byName = Collator.getInstance(TranslationProvider.VIETNAMESE);
        return joined.stream()
                .map(s ->
                        new ClassStudent(s.personId(), names.getOrDefault(s.personId(), ""), s.joinedAt(), s.groupId()))
                .sorted(Comparator.comparing(ClassStudent::name, byName))
                .toList();
    }

    /** The class of a code a learner typed, counted against their tries. */
    private SchoolClass tried(String typedCode) {
        if (!throttle.tryCode(currentUser.require().getAccountId())) {
            throw new ClassException(Reason.TOO_MANY_TRIES);
        }
        return open(typedCode);
    }

    /** The class of a code that still lets students in. */
    private SchoolClass open(String typedCode) {
        SchoolClass found =
                store.byCode(JoinCodes.normalize(typedCode)).orElseThrow(() -> new ClassException(Reason.CODE_UNKNOWN));
        if (found.archived()) {
            throw new ClassException(Reason.ARCHIVED);
        }
        if (!found.codeEnabled()) {
            throw new ClassException(Reason.CODE_OFF);
        }
        return found;
    }

    /** Puts a person in a class; true when they were not in it yet. The caller has checked the class. */
    boolean add(long classId, long personId) {
        return jdbc.sql("INSERT IGNORE INTO class_student (class_id, person_id, joined_at) VALUES (?, ?, ?)")
                        .params(classId, personId, Timestamp.from(clock.instant()))
                        .update()
                > 0;
    }
}
