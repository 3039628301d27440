package vn.kynangso.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    List<QuizAttempt> findByEnrolmentIdOrderByNumber(Long enrolmentId);

    Optional<QuizAttempt> findFirstByEnrolmentIdAndSubmittedAtIsNull(Long enrolmentId);

    Optional<QuizAttempt> findFirstByEnrolmentIdOrderByNumberDesc(Long enrolmentId);

    /** An attempt, found only when it is on one of {@code personId}'s enrolments: one query, not two. */
    @Query("""
            SELECT a FROM QuizAttempt a WHERE a.id = :attemptId
            AND EXISTS (SELECT 1 FROM Enrolment e WHERE e.id = a.enrolmentId AND e.personId = :personId)
            """)
    Optional<QuizAttempt> findOfPerson(long attemptId, long personId);
}
