package vn.kynangso.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.CourseSource.QuestionSource;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Text;

/** Drafts saved field by field: two trainers lose nothing, English follows the Vietnamese, every change recorded. */
class AuthoringServiceTest extends AuthoringKaribuTest {

    @Test
    void two_trainers_editing_one_field_lose_nothing_and_different_fields_never_collide() {
        login(TRAINER);
        Draft draft = authoring.createBlank(newCode(), CourseCategory.SKILL);
        String base = draft.source().summary().vi();

        authoring.saveText(draft.id(), "title.vi", "", "Dùng Zalo an toàn");
        login(REVIEWER);
        authoring.saveText(draft.id(), "summary.vi", base, "Tóm tắt của người thứ hai");

        login(TRAINER);
        assertThatThrownBy(() -> authoring.saveText(draft.id(), "summary.vi", base, "Tóm tắt của tôi"))
                .isInstanceOfSatisfying(EditConflict.class, e -> {
                    assertThat(e.field()).isEqualTo("summary.vi");
                    assertThat(e.theirs()).isEqualTo("Tóm tắt của người thứ hai");
                });
        Draft now = authoring.get(draft.id());
        assertThat(now.source().title().vi()).isEqualTo("Dùng Zalo an toàn");
        assertThat(now.source().summary().vi()).isEqualTo("Tóm tắt của người thứ hai");

        // having seen theirs, the trainer saves over it knowingly
        authoring.saveText(draft.id(), "summary.vi", "Tóm tắt của người thứ hai", "Tóm tắt chung của hai người");
        assertThat(authoring.get(draft.id()).source().summary().vi()).isEqualTo("Tóm tắt chung của hai người");
        assertThat(history.of(draft.id()))
                .filteredOn(e -> "summary.vi".equals(e.field()))
                .extracting(DraftHistory.Entry::detail)
                .contains("Tóm tắt của người thứ hai");
    }

    @Test
    void a_changed_vietnamese_text_marks_its_english_until_it_is_updated_or_confirmed() {
        login(TRAINER);
        Draft draft = authoring.createBlank(newCode(), CourseCategory.SKILL);
        String slug = draft.source().lessons().get(0).slug();
        authoring.saveText(draft.id(), "lesson." + slug + ".vi", "# \n", "# Mật khẩu\n\nĐặt mật khẩu dài.\n");
        authoring.saveText(draft.id(), "lesson." + slug + ".en", "# \n", "# Passwords\n\nUse a long password.\n");
        assertThat(authoring.get(draft.id()).staleEnglish()).isEmpty();

        authoring.saveText(
                draft.id(),
                "lesson." + slug + ".vi",
                "# Mật khẩu\n\nĐặt mật khẩu dài.\n",
                "# Mật khẩu\n\nĐặt mật khẩu dài ít nhất 12 ký tự.\n");

        assertThat(authoring.get(draft.id()).staleEnglish())
                .containsEntry("lesson." + slug, "# Mật khẩu\n\nĐặt mật khẩu dài.\n");
        authoring.confirmTranslation(draft.id(), "lesson." + slug);
        assertThat(authoring.get(draft.id()).staleEnglish()).isEmpty();

        authoring.addQuestion(draft.id(), QuestionType.TRUE_FALSE);
        Draft withQuestion = authoring.get(draft.id());
        QuestionSource question = withQuestion.source().questions().get(0);
        Question edited = new Question(
                question.question().code(),
                QuestionType.TRUE_FALSE,
                new Text("Ngân hàng có thể xin mã OTP.", ""),
                List.of(
                        new Choice(new Text("Đúng", "True"), false, new Text("Sai rồi.", "")),
                        new Choice(new Text("Sai", "False"), true, new Text("Đúng vậy.", ""))));
        authoring.saveQuestion(draft.id(), question, new QuestionSource(edited, true));
        assertThat(authoring.get(draft.id()).staleEnglish())
                .containsKey("question." + question.question().code());
    }

    @Test
    void a_draft_with_problems_cannot_be_submitted_and_its_author_cannot_approve_it() {
        login(TRAINER);
        Draft draft = authoring.createBlank(newCode(), CourseCategory.SKILL);
        assertThat(review.check(draft.id()).problems())
                .extracting(p -> p.field())
                .contains("course.title");
        assertThatThrownBy(() -> review.submit(draft.id()))
                .isInstanceOfSatisfying(
                        AuthoringException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuthoringException.Reason.INVALID));
    }

    @Test
    void only_the_author_discards_a_draft_and_the_course_can_then_be_drafted_again() {
        login(TRAINER);
        String code = newCode();
        Draft draft = authoring.createBlank(code, CourseCategory.SKILL);
        login(REVIEWER);
        assertThatThrownBy(() -> authoring.discard(draft.id()))
                .isInstanceOfSatisfying(
                        AuthoringException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuthoringException.Reason.NOT_AUTHOR));
        login(TRAINER);
        authoring.discard(draft.id());
        assertThat(authoring.get(draft.id()).status()).isEqualTo(DraftStatus.DISCARDED);
        assertThat(authoring.openDraftOf(code)).isEmpty();
        assertThat(history.of(draft.id()))
                .extracting(DraftHistory.Entry::action)
                .contains("DISCARDED");
    }
}
