package vn.kynangso.catalog;

import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A course as its author writes it: what a course folder in {@code content/} holds (course.yaml,
 * one Markdown file per lesson and language, questions.yaml with its scenario marks, SOURCES.md),
 * pictures aside. Unlike {@link CourseContent} it may be unfinished or wrong; {@link
 * CourseFolderWriter} writes it as files and {@link CourseReader} checks it, so a course written in
 * the app passes exactly the checks a file in {@code content/} does.
 *
 * @param lessons each lesson's Markdown; its title is the first line ("# Title")
 * @param sources SOURCES.md: where every fact comes from
 */
public record CourseSource(
        String id,
        int declaredVersion,
        CourseCategory category,
        @Nullable Skill skill,
        List<Audience> audience,
        Text title,
        Text summary,
        @Nullable Integer creditHours,
        @Nullable MonthDay deadline,
        Assessment assessment,
        List<LessonSource> lessons,
        List<QuestionSource> questions,
        String sources) {

    public CourseSource {
        audience = List.copyOf(audience);
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
    }

    /** One lesson: its file name without language and extension ("01-nhan-biet-lua-dao"), and its Markdown. */
    public record LessonSource(String slug, Text markdown) {}

    /** One question of the bank and whether it is a scenario (counted by the bank's statistics). */
    public record QuestionSource(Question question, boolean scenario) {}

    /** An empty course to start from: one empty lesson and the usual quiz rules. */
    public static CourseSource blank(String id, CourseCategory category) {
        return new CourseSource(
                id,
                1,
                category,
                category == CourseCategory.SKILL ? Skill.CYBER_SAFETY : null,
                category == CourseCategory.OFFICIAL
                        ? List.of(Audience.OFFICIAL)
                        : List.of(Audience.RESIDENT, Audience.STUDENT),
                new Text("", ""),
                new Text("", ""),
                category == CourseCategory.OFFICIAL ? 1 : null,
                category == CourseCategory.OFFICIAL ? MonthDay.of(11, 30) : null,
                new Assessment(80, 10, 0, true),
                List.of(new LessonSource("01-bai-hoc", new Text("# \n", "# \n"))),
                List.of(),
                "");
    }

    /**
     * A published course as its author would have written it. Scenario marks and SOURCES.md are not
     * part of what learners get, so they are passed in (from the files or the draft it came from).
     */
    public static CourseSource of(CourseContent course, Set<String> scenarioCodes, String sources) {
        return new CourseSource(
                course.id(),
                course.declaredVersion(),
                course.category(),
                course.skill(),
                course.audience(),
                course.title(),
                course.summary(),
                course.creditHours(),
                course.deadline(),
                course.assessment(),
                course.lessons().stream()
                        .map(l -> new LessonSource(l.slug(), l.markdown()))
                        .toList(),
                course.questions().stream()
                        .map(q -> new QuestionSource(q, scenarioCodes.contains(q.code())))
                        .toList(),
                sources);
    }

    public Set<String> scenarioCodes() {
        return questions.stream()
                .filter(QuestionSource::scenario)
                .map(q -> q.question().code())
                .collect(Collectors.toUnmodifiableSet());
    }

    public Optional<LessonSource> lesson(String slug) {
        return lessons.stream().filter(l -> l.slug().equals(slug)).findFirst();
    }

    public Optional<QuestionSource> question(String code) {
        return questions.stream().filter(q -> q.question().code().equals(code)).findFirst();
    }

    public CourseSource withId(String newId) {
        Builder b = toBuilder();
        b.id = newId;
        return b.build();
    }

    public CourseSource withLessons(List<LessonSource> newLessons) {
        Builder b = toBuilder();
        b.lessons = newLessons;
        return b.build();
    }

    public CourseSource withQuestions(List<QuestionSource> newQuestions) {
        Builder b = toBuilder();
        b.questions = newQuestions;
        return b.build();
    }

    /** A copy to change a few fields of: set them on the builder, then {@link Builder#build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The fields of a {@link CourseSource}, to change some and build a new one. */
    public static final class Builder {
        public String id;
        public int declaredVersion;
        public CourseCategory category;
        public @Nullable Skill skill;
        public List<Audience> audience;
        public Text title;
        public Text summary;
        public @Nullable Integer creditHours;
        public @Nullable MonthDay deadline;
        public Assessment assessment;
        public List<LessonSource> lessons;
        public List<QuestionSource> questions;
        public String sources;

        private Builder(CourseSource s) {
            id = s.id;
            declaredVersion = s.declaredVersion;
            category = s.category;
            skill = s.skill;
            audience = s.audience;
            title = s.title;
            summary = s.summary;
            creditHours = s.creditHours;
            deadline = s.deadline;
            assessment = s.assessment;
            lessons = s.lessons;
            questions = s.questions;
            sources = s.sources;
        }

        public CourseSource build() {
            return new CourseSource(
                    id,
                    declaredVersion,
                    category,
                    skill,
                    audience,
                    title,
                    summary,
                    creditHours,
                    deadline,
                    assessment,
                    lessons,
                    questions,
                    sources);
        }
    }
}
