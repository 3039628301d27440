package vn.kynangso.classes;

import jakarta.validation.Valid;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.kynangso.places.Place;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;

/**
 * A teacher's classes: open one in a commune of their area, edit and archive it, and its code
 * (renew it, turn it off). Admins of a commune or province read their area's classes.
 */
@Service
@Validated
public class ClassService {

    private final JdbcClient jdbc;
    private final ClassStore store;
    private final ClassAccess access;
    private final JoinCodes codes;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClassService(
            JdbcClient jdbc,
            ClassStore store,
            ClassAccess access,
            JoinCodes codes,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.codes = codes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The communes the signed-in teacher may open a class in. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TEACHER')")
    public List<Place> myCommunes() {
        return access.teacherCommunes();
    }

    /** Opens a class in a commune of the teacher's area, with a code that lets students in. */
    @Transactional
    @PreAuthorize("hasRole('TEACHER')")
    public SchoolClass create(long communeId, @Valid ClassDetails details) {
        access.checkTeacherCommune(communeId);
        return createFor(currentUser.require().getAccountId(), communeId, details);
    }

    /** {@link #create} for a teacher named by the application itself (the demo data). */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public SchoolClass createFor(long teacherAccountId, long communeId, @Valid ClassDetails details) {
        jdbc.sql("INSERT INTO school_class (commune_id, teacher_account_id, school, grade, name, school_year,"
                        + " join_code, code_enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)")
                .params(
                        communeId,
                        teacherAccountId,
                        details.school(),
                        details.grade(),
                        details.name(),
                        details.schoolYear(),
                        freshCode(),
                        Timestamp.from(clock.instant()))
                .update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        return store.find(id).orElseThrow();
    }

    /** Changes a class's school, grade, name and school year. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public SchoolClass edit(long classId, @Valid ClassDetails details) {
        access.changeable(classId);
        jdbc.sql("UPDATE school_class SET school = ?, grade = ?, name = ?, school_year = ? WHERE id = ?")
                .params(details.school(), details.grade(), details.name(), details.schoolYear(), classId)
                .update();
        return store.find(classId).orElseThrow();
    }

    /** Archives a class: it keeps its students and courses, takes no one new and no more changes. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void archive(long classId) {
        access.changeable(classId);
        jdbc.sql("UPDATE school_class SET archived_at = ?, code_enabled = FALSE WHERE id = ?")
                .params(Timestamp.from(clock.instant()), classId)
                .update();
    }

    /** A new code for the class, turned on; the old one lets nobody in any more. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public String renewCode(long classId) {
        access.changeable(classId);
        String code = freshCode();
        jdbc.sql("UPDATE school_class SET join_code = ?, code_enabled = TRUE WHERE id = ?")
                .params(code, classId)
                .update();
        return code;
    }

    /** The class's code lets nobody in until it is renewed. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void turnOffCode(long classId) {
        access.changeable(classId);
        jdbc.sql("UPDATE school_class SET code_enabled = FALSE WHERE id = ?")
                .param(classId)
                .update();
    }

    /** The signed-in teacher's own classes, and for an admin every class of their area; current ones first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<SchoolClass> visible() {
        SignedInUser me = currentUser.require();
        return store.of(me.hasRole(Roles.TEACHER) ? me.getAccountId() : null, access.adminCommunes(me));
    }

    /** One class, for its teacher or an admin of its area; refused (as if it did not exist) to anyone else. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public SchoolClass find(long classId) {
        return access.readable(classId);
    }

    /** The signed-in person may change this class (its own teacher, while it is not archived). */
    public boolean mayChange(SchoolClass schoolClass) {
        return access.mayChange(schoolClass);
    }

    private String freshCode() {
        String code = codes.next();
        while (store.codeTaken(code)) {
            code = codes.next();
        }
        return code;
    }
}
