package vn.kynangso.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.catalog.Question;
import vn.kynangso.security.PersonRecordsAccess;

/**
 * What many people answered in the quizzes they handed in, read at once: what a class report needs
 * from learning (each question asked, the answer given, its points), without reading its tables.
 */
@Service
public class QuizAnswersOf {

    /**
     * A handed-in attempt with every question it asked, in the order asked.
     *
     * @param percent the score in percent, rounded down as the learner was told
     */
    public record HandedIn(
            long personId,
            String courseCode,
            long attemptId,
            int number,
            Instant submittedAt,
            int percent,
            boolean passed,
            List<GivenAnswer> answers) {}

    /**
     * A question of a handed-in attempt as the course version the learner took had it, and what they
     * answered.
     *
     * @param response the choices given, as indices into {@code question.choices()} (ORDER: the steps
     *     in the learner's order); empty when the question was left unanswered
     * @param points what it earned, 0 to 1 (MULTIPLE has partial credit)
     */
    public record GivenAnswer(int position, Question question, List<Integer> response, BigDecimal points) {

        /** Answered fully right (every point of the question). */
        public boolean right() {
            return points.compareTo(BigDecimal.ONE) >= 0;
        }

        public boolean answered() {
            return !response.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final CatalogService catalog;
    private final PersonRecordsAccess access;

    QuizAnswersOf(JdbcClient jdbc, CatalogService catalog, PersonRecordsAccess access) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.access = access;
    }

    /**
     * The handed-in attempts of these people on these courses, each person's in the order handed in.
     *
     * <p>Who may ask: the same as {@link CourseProgressOf#of}: the teacher and the area admins, and the
     * application itself, about people they may read ({@link PersonRecordsAccess}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<HandedIn> of(Collection<Long> personIds, Collection<String> courseCodes) {
        if (personIds.isEmpty() || courseCodes.isEmpty()) {
            return List.of();
        }
        access.check(personIds);
        Map<Long, Map<Integer, StoredAnswer>> answers = new HashMap<>();
        jdbc.sql("SELECT x.attempt_id, x.position, x.response, x.points FROM attempt_answer x"
                        + " JOIN quiz_attempt a ON a.id = x.attempt_id JOIN enrolment e ON e.id = a.enrolment_id"
                        + " WHERE e.person_id IN (:persons) AND e.course_code IN (:courses)"
                        + " AND a.submitted_at IS NOT NULL")
                .param("persons", personIds)
                .param("courses", courseCodes)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(
                                    rs.getInt(2),
                                    new StoredAnswer(
                                            StoredLists.Answer.FORM.convertToEntityAttribute(rs.getString(3)),
                                            rs.getBigDecimal(4)));
                });
        List<Row> rows = jdbc.sql(
                        "SELECT e.person_id, e.course_code, COALESCE(a.course_version_id, e.course_version_id), a.id, a.number,"
                                + " a.submitted_at, a.score, a.max_score, a.passed, a.question_codes"
                                + " FROM quiz_attempt a JOIN enrolment e ON e.id = a.enrolment_id"
                                + " WHERE e.person_id IN (:persons) AND e.course_code IN (:courses)"
                                + " AND a.submitted_at IS NOT NULL ORDER BY e.person_id, a.submitted_at, a.id")
                .param("persons", personIds)
                .param("courses", courseCodes)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getInt(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getBigDecimal(7),
                        rs.getInt(8),
                        rs.getBoolean(9),
                        QUESTION_CODES.convertToEntityAttribute(rs.getString(10))))
                .list();
        Set<Long> versionIds = new HashSet<>();
        rows.forEach(r -> versionIds.add(r.versionId()));
        Map<Long, PublishedCourse> versions = catalog.versions(versionIds);
        List<HandedIn> handedIn = new ArrayList<>();
        for (Row r : rows) {
            PublishedCourse version = versions.get(r.versionId());
            if (version == null) {
                continue;
            }
            Map<Integer, StoredAnswer> given = answers.getOrDefault(r.attemptId(), Map.of());
            List<GivenAnswer> asked = new ArrayList<>();
            for (int p = 0; p < r.questionCodes().size(); p++) {
                StoredAnswer a = given.get(p);
                int position = p;
                version.content()
                        .question(r.questionCodes().get(p))
                        .ifPresent(q -> asked.add(new GivenAnswer(
                                position,
                                q,
                                a == null ? List.of() : a.response(),
                                a == null ? BigDecimal.ZERO : a.points())));
            }
            handedIn.add(new HandedIn(
                    r.personId(),
                    r.courseCode(),
                    r.attemptId(),
                    r.number(),
                    r.submittedAt(),
                    r.score() == null ? 0 : Grading.percent(r.score(), r.maxScore()),
                    r.passed(),
                    List.copyOf(asked)));
        }
        return handedIn;
    }

    private static final StoredLists.QuestionCodes QUESTION_CODES = new StoredLists.QuestionCodes();

    private record StoredAnswer(List<Integer> response, BigDecimal points) {}

    private record Row(
            long personId,
            String courseCode,
            long versionId,
            long attemptId,
            int number,
            Instant submittedAt,
            @Nullable BigDecimal score,
            int maxScore,
            boolean passed,
            List<String> questionCodes) {}
}
