package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.kynangso.catalog.CourseDiff.Change;
import vn.kynangso.catalog.CourseDiff.ChoiceChange;
import vn.kynangso.catalog.CourseDiff.DiffLine;
import vn.kynangso.catalog.CourseDiff.Field;
import vn.kynangso.catalog.CourseDiff.FieldChange;
import vn.kynangso.catalog.CourseDiff.Language;
import vn.kynangso.catalog.CourseDiff.LessonChange;
import vn.kynangso.catalog.CourseDiff.LessonText;
import vn.kynangso.catalog.CourseDiff.LineKind;
import vn.kynangso.catalog.CourseDiff.QuestionChange;
import vn.kynangso.catalog.CourseDiff.StepOrder;

/**
 * What a reviewer is shown between two versions of a course: each test starts from one course and
 * changes one thing in a copy.
 */
class CourseDiffTest {

    static final String LESSON_VI = """
            # Nhận biết lừa đảo
            Dòng 1
            Dòng 2
            Dòng 3
            Dòng 4
            Dòng 5
            Dòng 6
            Dòng 7
            """;

    static Lesson lesson(String slug, String title) {
        return new Lesson(
                slug, new Text(title, title + " (en)"), new Text("# " + title + "\nNội dung", "# " + title + "\nText"));
    }

    static Choice choice(String vi, boolean correct) {
        return new Choice(new Text(vi, vi + " (en)"), correct, new Text("Vì " + vi, "Because " + vi));
    }

    static CourseContent course() {
        return new CourseContent(
                "an-toan-co-ban",
                1,
                CourseCategory.SKILL,
                Skill.CYBER_SAFETY,
                List.of(Audience.RESIDENT),
                new Text("An toàn cơ bản", "Basic safety"),
                new Text("Giữ mã OTP", "Keep OTP codes"),
                null,
                null,
                new Assessment(80, 2, 0, true),
                List.of(
                        new Lesson(
                                "01-lua-dao",
                                new Text("Nhận biết lừa đảo", "Spotting scams"),
                                new Text(LESSON_VI, "# Spotting scams\n")),
                        lesson("02-mat-khau", "Mật khẩu"),
                        lesson("03-otp", "Mã OTP")),
                List.of(
                        new Question(
                                "otp-secret",
                                QuestionType.SINGLE,
                                new Text("Bạn làm gì?", "What do you do?"),
                                List.of(choice("Đọc mã", false), choice("Cúp máy", true))),
                        new Question(
                                "pay-by-qr",
                                QuestionType.ORDER,
                                new Text("Sắp xếp", "Order"),
                                List.of(
                                        choice("Mở ứng dụng", true),
                                        choice("Quét mã", true),
                                        choice("Xác nhận", true)))));
    }

    static CourseContent withLessons(CourseContent c, List<Lesson> lessons) {
        return new CourseContent(
                c.id(),
                c.declaredVersion(),
                c.category(),
                c.skill(),
                c.audience(),
                c.title(),
                c.summary(),
                c.creditHours(),
                c.deadline(),
                c.assessment(),
                lessons,
                c.questions());
    }

    static CourseContent withQuestion(CourseContent c, String code, UnaryOperator<Question> edit) {
        List<Question> questions = new ArrayList<>(c.questions());
        questions.replaceAll(q -> q.code().equals(code) ? edit.apply(q) : q);
        return new CourseContent(
                c.id(),
                c.declaredVersion(),
                c.category(),
                c.skill(),
                c.audience(),
                c.title(),
                c.summary(),
                c.creditHours(),
                c.deadline(),
                c.assessment(),
                c.lessons(),
                questions);
    }

    static Question withChoices(Question q, List<Choice> choices) {
        return new Question(q.code(), q.type(), q.prompt(), choices);
    }

    @Test
    void the_same_course_has_no_changes() {
        CourseDiff diff = CourseDiff.between(course(), course());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.newCourse()).isFalse();
    }

    @Test
    void metadata_changes_are_listed_field_by_field_with_old_and_new_value_in_field_order() {
        CourseContent before = course();
        CourseContent after = new CourseContent(
                before.id(),
                2,
                CourseCategory.OFFICIAL,
                null,
                List.of(Audience.OFFICIAL),
                new Text("An toàn cơ bản", "Basic online safety"),
                before.summary(),
                3,
                MonthDay.of(11, 30),
                new Assessment(90, 2, 30, false),
                before.lessons(),
                before.questions());

        CourseDiff diff = CourseDiff.between(before, after);

        assertThat(diff.metadata())
                .containsExactly(
                        new FieldChange(Field.TITLE_EN, "Basic safety", "Basic online safety"),
                        new FieldChange(Field.CATEGORY, CourseCategory.SKILL, CourseCategory.OFFICIAL),
                        new FieldChange(Field.SKILL, Skill.CYBER_SAFETY, null),
                        new FieldChange(Field.AUDIENCE, List.of(Audience.RESIDENT), List.of(Audience.OFFICIAL)),
                        new FieldChange(Field.CREDIT_HOURS, null, 3),
                        new FieldChange(Field.DEADLINE, null, MonthDay.of(11, 30)),
                        new FieldChange(Field.PASS_MARK, 80, 90),
                        new FieldChange(Field.RETAKE_WAIT_MINUTES, 0, 30),
                        new FieldChange(Field.REVIEW_LESSONS, true, false),
                        new FieldChange(Field.DECLARED_VERSION, 1, 2));
        assertThat(diff.lessons()).isEmpty();
        assertThat(diff.questions()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
        assertThat(Field.QUESTIONS_PER_ATTEMPT.labelKey()).isEqualTo("diff.field.questions-per-attempt");
    }

    @Test
    void added_and_removed_lessons_are_listed_with_their_places_and_shifted_lessons_have_not_moved() {
        CourseContent before = course();
        List<Lesson> lessons = new ArrayList<>(before.lessons());
        lessons.removeLast(); // 03-otp
        lessons.addFirst(lesson("00-gioi-thieu", "Giới thiệu"));

        CourseDiff diff = CourseDiff.between(before, withLessons(before, lessons));

        assertThat(diff.lessons())
                .extracting(
                        LessonChange::slug, LessonChange::change, LessonChange::fromPosition, LessonChange::toPosition)
                .containsExactly(tuple("00-gioi-thieu", Change.ADDED, 0, 1), tuple("03-otp", Change.REMOVED, 3, 0));
        LessonChange added = diff.lessons().getFirst();
        assertThat(added.title().vi()).isEqualTo("Giới thiệu");
        assertThat(added.texts()).extracting(LessonText::language).containsExactly(Language.VI, Language.EN);
        assertThat(added.texts().getFirst().lines())
                .containsExactly(
                        new DiffLine(LineKind.ADDED, "# Giới thiệu", 0), new DiffLine(LineKind.ADDED, "Nội dung", 0));
        assertThat(diff.lessons().get(1).texts().getFirst().lines())
                .extracting(DiffLine::kind)
                .containsOnly(LineKind.REMOVED);
    }

    @Test
    void a_lesson_put_first_has_moved_and_the_others_have_not() {
        CourseContent before = course();
        List<Lesson> lessons = List.of(
                before.lessons().get(2),
                before.lessons().get(0),
                before.lessons().get(1));

        CourseDiff diff = CourseDiff.between(before, withLessons(before, lessons));

        assertThat(diff.lessons())
                .extracting(
                        LessonChange::slug,
                        LessonChange::change,
                        LessonChange::fromPosition,
                        LessonChange::toPosition,
                        LessonChange::moved)
                .containsExactly(tuple("03-otp", Change.MOVED, 3, 1, true));
        assertThat(diff.lessons().getFirst().texts()).isEmpty();
    }

    @Test
    void a_changed_lesson_has_a_line_diff_of_the_changed_language_with_long_unchanged_stretches_folded() {
        CourseContent before = course();
        Lesson old = before.lessons().getFirst();
        String edited = LESSON_VI.replace("Dòng 6\n", "Dòng sáu\nDòng thêm\n");
        List<Lesson> lessons = new ArrayList<>(before.lessons());
        lessons.set(
                0,
                new Lesson(
                        old.slug(), old.title(), new Text(edited, old.markdown().en())));

        CourseDiff diff = CourseDiff.between(before, withLessons(before, lessons));

        assertThat(diff.lessons()).hasSize(1);
        LessonChange lesson = diff.lessons().getFirst();
        assertThat(lesson.change()).isEqualTo(Change.CHANGED);
        assertThat(lesson.moved()).isFalse();
        assertThat(lesson.texts()).extracting(LessonText::language).containsExactly(Language.VI);
        // title and lines 1-4 unchanged (5 lines): folded but for the one line before the change
        assertThat(lesson.texts().getFirst().lines())
                .containsExactly(
                        new DiffLine(LineKind.FOLDED, "", 5),
                        new DiffLine(LineKind.SAME, "Dòng 5", 0),
                        new DiffLine(LineKind.REMOVED, "Dòng 6", 0),
                        new DiffLine(LineKind.ADDED, "Dòng sáu", 0),
                        new DiffLine(LineKind.ADDED, "Dòng thêm", 0),
                        new DiffLine(LineKind.SAME, "Dòng 7", 0));
    }

    @Test
    void
            unchanged_stretches_of_three_lines_are_not_folded_and_longer_ones_between_changes_keep_context_on_both_sides() {
        assertThat(CourseDiff.lines("a\nb\nc\nd\n", "a\nb\nc\nD\n"))
                .extracting(DiffLine::kind)
                .containsExactly(LineKind.SAME, LineKind.SAME, LineKind.SAME, LineKind.REMOVED, LineKind.ADDED);
        assertThat(CourseDiff.lines("x\n1\n2\n3\n4\n5\ny\n", "X\n1\n2\n3\n4\n5\nY\n"))
                .containsExactly(
                        new DiffLine(LineKind.REMOVED, "x", 0),
                        new DiffLine(LineKind.ADDED, "X", 0),
                        new DiffLine(LineKind.SAME, "1", 0),
                        new DiffLine(LineKind.FOLDED, "", 3),
                        new DiffLine(LineKind.SAME, "5", 0),
                        new DiffLine(LineKind.REMOVED, "y", 0),
                        new DiffLine(LineKind.ADDED, "Y", 0));
    }

    @Test
    void a_changed_question_lists_its_prompt_and_each_answer_field_by_position() {
        CourseContent before = course();
        CourseContent after = withQuestion(
                before,
                "otp-secret",
                q -> new Question(
                        q.code(),
                        q.type(),
                        new Text("Người lạ xin mã OTP. Bạn làm gì?", q.prompt().en()),
                        List.of(
                                new Choice(
                                        q.choices().get(0).text(),
                                        false,
                                        new Text("Sai. Kẻ gian rút tiền.", "Because Đọc mã")),
                                new Choice(
                                        q.choices().get(1).text(),
                                        true,
                                        q.choices().get(1).feedback()),
                                choice("Hỏi con cháu", false))));

        CourseDiff diff = CourseDiff.between(before, after);

        assertThat(diff.questions()).hasSize(1);
        QuestionChange question = diff.questions().getFirst();
        assertThat(question.code()).isEqualTo("otp-secret");
        assertThat(question.change()).isEqualTo(Change.CHANGED);
        assertThat(question.fields())
                .containsExactly(new FieldChange(Field.PROMPT_VI, "Bạn làm gì?", "Người lạ xin mã OTP. Bạn làm gì?"));
        assertThat(question.choices())
                .extracting(ChoiceChange::position, ChoiceChange::change, ChoiceChange::fields)
                .containsExactly(
                        tuple(
                                1,
                                Change.CHANGED,
                                List.of(new FieldChange(Field.FEEDBACK_VI, "Vì Đọc mã", "Sai. Kẻ gian rút tiền."))),
                        tuple(
                                3,
                                Change.ADDED,
                                List.of(
                                        new FieldChange(Field.TEXT_VI, null, "Hỏi con cháu"),
                                        new FieldChange(Field.TEXT_EN, null, "Hỏi con cháu (en)"),
                                        new FieldChange(Field.CORRECT, null, false),
                                        new FieldChange(Field.FEEDBACK_VI, null, "Vì Hỏi con cháu"),
                                        new FieldChange(Field.FEEDBACK_EN, null, "Because Hỏi con cháu"))));
        assertThat(question.stepOrder()).isNull();
    }

    @Test
    void a_right_answer_made_wrong_and_a_removed_answer_are_listed() {
        CourseContent before = course();
        CourseContent after = withQuestion(
                before,
                "otp-secret",
                q -> withChoices(
                        q,
                        List.of(new Choice(
                                q.choices().get(0).text(),
                                true,
                                q.choices().get(0).feedback()))));

        QuestionChange question = CourseDiff.between(before, after).questions().getFirst();

        assertThat(question.fields()).isEmpty();
        assertThat(question.choices())
                .extracting(ChoiceChange::position, ChoiceChange::change, ChoiceChange::text)
                .containsExactly(
                        tuple(1, Change.CHANGED, new Text("Đọc mã", "Đọc mã (en)")),
                        tuple(2, Change.REMOVED, new Text("Cúp máy", "Cúp máy (en)")));
        assertThat(question.choices().getFirst().fields()).containsExactly(new FieldChange(Field.CORRECT, false, true));
        assertThat(question.choices().get(1).fields())
                .contains(new FieldChange(Field.TEXT_VI, "Cúp máy", null), new FieldChange(Field.CORRECT, true, null));
    }

    @Test
    void steps_put_in_another_order_are_one_order_change_and_not_a_text_change_at_every_place() {
        CourseContent before = course();
        CourseContent after = withQuestion(
                before,
                "pay-by-qr",
                q -> withChoices(
                        q,
                        List.of(
                                q.choices().get(1),
                                q.choices().get(0),
                                new Choice(
                                        q.choices().get(2).text(),
                                        true,
                                        new Text("Cuối cùng mới xác nhận.", "Because Xác nhận")))));

        QuestionChange question = CourseDiff.between(before, after).questions().getFirst();

        assertThat(question.code()).isEqualTo("pay-by-qr");
        assertThat(question.stepOrder())
                .isEqualTo(new StepOrder(
                        List.of(
                                new Text("Mở ứng dụng", "Mở ứng dụng (en)"),
                                new Text("Quét mã", "Quét mã (en)"),
                                new Text("Xác nhận", "Xác nhận (en)")),
                        List.of(
                                new Text("Quét mã", "Quét mã (en)"),
                                new Text("Mở ứng dụng", "Mở ứng dụng (en)"),
                                new Text("Xác nhận", "Xác nhận (en)"))));
        // the feedback of the last step changed too; no "correct" for steps
        assertThat(question.choices())
                .extracting(ChoiceChange::position, ChoiceChange::fields)
                .containsExactly(tuple(
                        3, List.of(new FieldChange(Field.FEEDBACK_VI, "Vì Xác nhận", "Cuối cùng mới xác nhận."))));
    }

    @Test
    void added_and_removed_questions_list_all_their_fields_from_or_to_nothing() {
        CourseContent before = course();
        Question fresh = new Question(
                "bank-never-asks",
                QuestionType.TRUE_FALSE,
                new Text("Ngân hàng xin OTP.", "Banks ask for OTP."),
                List.of(choice("Đúng", false), choice("Sai", true)));
        CourseContent after = new CourseContent(
                before.id(),
                2,
                before.category(),
                before.skill(),
                before.audience(),
                before.title(),
                before.summary(),
                null,
                null,
                before.assessment(),
                before.lessons(),
                List.of(fresh, before.questions().get(1)));

        CourseDiff diff = CourseDiff.between(before, after);

        assertThat(diff.questions())
                .extracting(QuestionChange::code, QuestionChange::change)
                .containsExactly(tuple("bank-never-asks", Change.ADDED), tuple("otp-secret", Change.REMOVED));
        assertThat(diff.questions().getFirst().fields())
                .containsExactly(
                        new FieldChange(Field.TYPE, null, QuestionType.TRUE_FALSE),
                        new FieldChange(Field.PROMPT_VI, null, "Ngân hàng xin OTP."),
                        new FieldChange(Field.PROMPT_EN, null, "Banks ask for OTP."));
        assertThat(diff.questions().getFirst().choices())
                .extracting(ChoiceChange::change)
                .containsOnly(Change.ADDED);
        assertThat(diff.questions().get(1).fields())
                .extracting(FieldChange::after)
                .containsOnlyNulls();
    }

    @Test
    void a_new_course_is_all_added() {
        CourseContent course = course();

        CourseDiff diff = CourseDiff.between(null, course);

        assertThat(diff.newCourse()).isTrue();
        assertThat(diff.courseId()).isEqualTo("an-toan-co-ban");
        assertThat(diff.metadata()).extracting(FieldChange::before).containsOnlyNulls();
        // fields a skill course leaves empty are not "added"
        assertThat(diff.metadata())
                .extracting(FieldChange::field)
                .containsExactly(
                        Field.TITLE_VI,
                        Field.TITLE_EN,
                        Field.SUMMARY_VI,
                        Field.SUMMARY_EN,
                        Field.CATEGORY,
                        Field.SKILL,
                        Field.AUDIENCE,
                        Field.PASS_MARK,
                        Field.QUESTIONS_PER_ATTEMPT,
                        Field.RETAKE_WAIT_MINUTES,
                        Field.REVIEW_LESSONS,
                        Field.DECLARED_VERSION);
        assertThat(diff.lessons())
                .extracting(LessonChange::slug, LessonChange::change, LessonChange::toPosition)
                .containsExactly(
                        tuple("01-lua-dao", Change.ADDED, 1),
                        tuple("02-mat-khau", Change.ADDED, 2),
                        tuple("03-otp", Change.ADDED, 3));
        assertThat(diff.questions())
                .extracting(QuestionChange::code, QuestionChange::change)
                .containsExactly(tuple("otp-secret", Change.ADDED), tuple("pay-by-qr", Change.ADDED));
        // a new ORDER question's steps carry no "correct"
        assertThat(diff.questions().get(1).choices().getFirst().fields())
                .extracting(FieldChange::field)
                .containsExactly(Field.TEXT_VI, Field.TEXT_EN, Field.FEEDBACK_VI, Field.FEEDBACK_EN);
    }
}
