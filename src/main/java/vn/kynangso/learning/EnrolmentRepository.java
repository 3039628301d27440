package vn.kynangso.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByPersonIdAndCourseCode(Long personId, String courseCode);

    List<Enrolment> findByPersonId(Long personId);

    List<Enrolment> findByCompletedAtIsNotNullOrderById();

    long countByCompletedAtIsNotNull();
}
