package vn.kynangso.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    List<QuizAttempt> findByEnrolmentIdOrderByNumber(Long enrolmentId);

    Optional<QuizAttempt> findFirstByEnrolmentIdAndSubmittedAtIsNull(Long enrolmentId);

    Optional<QuizAttempt> findFirstByEnrolmentIdOrderByNumberDesc(Long enrolmentId);
}
