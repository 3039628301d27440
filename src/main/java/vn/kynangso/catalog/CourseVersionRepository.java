package vn.kynangso.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {

    Optional<CourseVersion> findFirstByCourseCodeOrderByRevisionDesc(String courseCode);

    List<CourseVersion> findByCourseCodeOrderByRevisionDesc(String courseCode);
    /** The first version of a course published from this source ({@link PublishedCourse#FROM_APP}, ...). */
    Optional<CourseVersion> findFirstByCourseCodeAndSourceOrderByRevisionAsc(String courseCode, String source);

    /** Whether a version after {@code revision} of the course is a correction. */
    boolean existsByCourseCodeAndRevisionGreaterThanAndCorrectionTrue(String courseCode, int revision);

    /** The newest version of every course that is still offered. */
    @Query("""
            select v from CourseVersion v
            where v.withdrawnAt is null
              and v.revision = (select max(w.revision) from CourseVersion w where w.courseCode = v.courseCode)
            order by v.courseCode
            """)
    List<CourseVersion> findCurrent();

    /**
     * The ids of {@link #findCurrent()}, in the same order: the contents themselves are kept in
     * memory by id, so most screens need not read them again.
     */
    @Query("""
            select v.id from CourseVersion v
            where v.withdrawnAt is null
              and v.revision = (select max(w.revision) from CourseVersion w where w.courseCode = v.courseCode)
            order by v.courseCode
            """)
    List<Long> findCurrentIds();

    /** The id of one course's current version: its newest, unless that was withdrawn. */
    @Query("""
            select v.id from CourseVersion v
            where v.courseCode = :courseCode
              and v.withdrawnAt is null
              and v.revision = (select max(w.revision) from CourseVersion w where w.courseCode = :courseCode)
            """)
    Optional<Long> findCurrentId(String courseCode);
}
