package vn.kynangso.classes;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.Texts;
import vn.kynangso.classes.ClassException.Reason;

/**
 * Groups inside a class ("nhóm 1"), optional: the teacher names them and puts each student in at most
 * one; something can then be given to one group only.
 */
@Service
public class ClassGroups {

    /** The longest group name. */
    public static final int MAX_NAME = 50;

    /** A group of a class. */
    public record Group(long id, String name) {}

    private final JdbcClient jdbc;
    private final ClassAccess access;
    private final Clock clock;

    ClassGroups(JdbcClient jdbc, ClassAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** The class's groups by name, for its teacher or an admin of its area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Group> groups(long classId) {
        access.readable(classId);
        return jdbc.sql("SELECT id, name FROM class_group WHERE class_id = ? ORDER BY LENGTH(name), name, id")
                .param(classId)
                .query((rs, n) -> new Group(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** A new group in the class; its name is not empty, at most {@link #MAX_NAME} long, and not taken. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public Group create(long classId, String name) {
        access.changeable(classId);
        String clean = Texts.nfc(name).strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new ClassException(Reason.GROUP_NAME);
        }
        try {
            jdbc.sql("INSERT INTO class_group (class_id, name, created_at) VALUES (?, ?, ?)")
                    .params(classId, clean, Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ClassException(Reason.GROUP_NAME);
        }
        return new Group(jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single(), clean);
    }

    /**
     * Removes a group: its students stay in the class in no group; what was given to the group alone
     * is taken away with it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void remove(long classId, long groupId) {
        access.changeable(classId);
        checkGroup(classId, groupId);
        jdbc.sql("DELETE FROM class_assignment WHERE class_id = ? AND group_id = ?")
                .params(classId, groupId)
                .update();
        jdbc.sql("UPDATE class_student SET group_id = NULL WHERE class_id = ? AND group_id = ?")
                .params(classId, groupId)
                .update();
        jdbc.sql("DELETE FROM class_group WHERE class_id = ? AND id = ?")
                .params(classId, groupId)
                .update();
    }

    /** Puts a student of the class in one of its groups, or in none (a student is in at most one). */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public void place(long classId, long personId, @Nullable Long groupId) {
        access.changeable(classId);
        if (groupId != null) {
            checkGroup(classId, groupId);
        }
        int changed = jdbc.sql("UPDATE class_student SET group_id = ? WHERE class_id = ? AND person_id = ?")
                .params(groupId, classId, personId)
                .update();
        if (changed == 0) {
            throw new ClassException(Reason.NOT_IN_CLASS);
        }
    }

    private void checkGroup(long classId, long groupId) {
        if (jdbc.sql("SELECT COUNT(*) FROM class_group WHERE id = ? AND class_id = ?")
                        .params(groupId, classId)
                        .query(Long.class)
                        .single()
                == 0) {
            throw new ClassException(Reason.NOT_A_GROUP);
        }
    }
}
