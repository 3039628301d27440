package vn.kynangso.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One go at an assessment: the questions drawn for it and the order each question's answers are
 * shown in, fixed at the start so a resumed attempt looks exactly the same.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    private int number;

    /** The course version its questions were drawn from (null only for rows older than that column). */
    @Column(name = "course_version_id")
    private @Nullable Long courseVersionId;

    /** Question codes in the order asked. */
    @Column(name = "question_codes", nullable = false)
    @Convert(converter = StoredLists.QuestionCodes.class)
    private List<String> questionCodes;

    /** Per question, its original choice indices in the order shown. */
    @Column(name = "display_orders", nullable = false)
    @Convert(converter = StoredLists.DisplayOrders.class)
    private List<List<Integer>> displayOrders;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    private @Nullable BigDecimal score;

    @Column(name = "max_score")
    private int maxScore;

    private @Nullable Boolean passed;

    @Column(name = "helper_account_id")
    private @Nullable Long helperAccountId;

    @Version
    private long version;

    protected QuizAttempt() {
        this.enrolmentId = 0L;
        this.questionCodes = List.of();
        this.displayOrders = List.of();
        this.startedAt = Instant.EPOCH;
    }

    QuizAttempt(
            Long enrolmentId,
            long courseVersionId,
            int number,
            List<String> questionCodes,
            List<List<Integer>> displayOrders,
            Instant startedAt,
            @Nullable Long helperAccountId) {
        this.enrolmentId = enrolmentId;
        this.courseVersionId = courseVersionId;
        this.number = number;
        this.questionCodes = List.copyOf(questionCodes);
        this.displayOrders = displayOrders.stream().map(List::copyOf).toList();
        this.maxScore = questionCodes.size();
        this.startedAt = startedAt;
        this.helperAccountId = helperAccountId;
    }

    public Long getId() {
        return Objects.requireNonNull(id);
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    /** The course version its questions come from; null for attempts stored before versions were noted. */
    public @Nullable Long getCourseVersionId() {
        return courseVersionId;
    }

    public int getNumber() {
        return number;
    }

    public List<String> questionCodes() {
        return questionCodes;
    }

    /** The original choice indices of question {@code position}, in the order they are shown. */
    public List<Integer> displayOrder(int position) {
        return displayOrders.get(position);
    }

    public int size() {
        return maxScore;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public @Nullable BigDecimal getScore() {
        return score;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    public @Nullable Long getHelperAccountId() {
        return helperAccountId;
    }

    /** The attempt as the learner's screens list it. */
    CourseProgress.AttemptSummary summary() {
        return new CourseProgress.AttemptSummary(getId(), number, startedAt, submittedAt, score, maxScore, isPassed());
    }

    /** Notes who helped with this attempt (the last helper, when several did). */
    void helpedBy(long helperAccountId) {
        this.helperAccountId = helperAccountId;
    }

    void submit(Instant at, BigDecimal score, boolean passed) {
        this.submittedAt = at;
        this.score = score;
        this.passed = passed;
    }
}
