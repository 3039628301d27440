package vn.kynangso.authoring;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.catalog.CourseSource;
import vn.kynangso.catalog.CourseSources;
import vn.kynangso.catalog.CourseZip;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.learning.CourseProgress;
import vn.kynangso.learning.CourseProgressService;
import vn.kynangso.learning.Learners;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;

/**
 * After the first version: a change reviewed against what is published, English waiting for its
 * translator, a correction that moves a learner part-way through, two trainers on one text, a
 * course folder out and back in, and a question bank in GIFT.
 */
class AuthoringReviewTest extends AuthoringKaribuTest {

    @Autowired
    CourseProgressService progress;

    @Autowired
    DraftFiles draftFiles;

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @TempDir
    Path tmp;

    /** A published course written in the app: a content/ course uploaded under a new code and approved. */
    private PublishedCourse publishedCopy(String code) throws Exception {
        CourseSource source = CourseSources.read(Path.of("content"), Path.of("content/courses/mua-sam-truc-tuyen"))
                .source();
        login(TRAINER);
        Draft draft = draftFiles
                .importZip(CourseZip.write(source.withId(code), java.util.Map.of()), code + ".zip")
                .draft();
        review.submit(draft.id());
        login(REVIEWER);
        return review.approve(draft.id(), authoring.get(draft.id()).revision(), false, false);
    }

    @Test
    void a_correction_moves_a_learner_part_way_through_and_stale_english_needs_a_confirmation() throws Exception {
        String code = newCode();
        PublishedCourse first = publishedCopy(code);
        String learner = Learners.newResident(places, people, accounts);
        login(learner);
        progress.lessonRead(code, 0);
        progress.lessonRead(code, 1);

        login(TRAINER);
        Draft draft = authoring.startEditing(code);
        String slug = draft.source().lessons().get(2).slug();
        String vi = draft.source().lessons().get(2).markdown().vi();
        authoring.saveText(
                draft.id(), "lesson." + slug + ".vi", vi, vi + "\nTừ 1/7/2026, người bán phải được xác thực.\n");
        UI.getCurrent().navigate("authoring/draft/" + draft.id());
        _click(_get(Button.class, spec -> spec.withId("section-translations")));
        assertThat(_find(Div.class, spec -> spec.withId("stale-lesson-" + slug)))
                .hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("draft-submit")));

        login(REVIEWER);
        UI.getCurrent().navigate("authoring/review/" + draft.id());
        assertThat(_get(Div.class, spec -> spec.withId("diff-lesson-" + slug))
                        .getElement()
                        .getTextRecursively())
                .contains("người bán phải được xác thực");
        _get(Checkbox.class, spec -> spec.withId("review-correction")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("review-approve")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-result")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("authoring.error.stale-english", 1));
        _get(Checkbox.class, spec -> spec.withId("review-stale-ok")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("review-approve")));
        PublishedCourse corrected = catalog.current(code).orElseThrow();
        assertThat(corrected.revision()).isEqualTo(first.revision() + 1);

        login(learner);
        CourseProgress moved = progress.openingLesson(code);
        assertThat(moved.course().versionId()).isEqualTo(corrected.versionId());
        assertThat(moved.lessonsRead()).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void a_trainer_typing_over_anothers_saved_text_sees_theirs_and_loses_nothing() throws Exception {
        String code = newCode();
        login(TRAINER);
        Draft draft = authoring.createBlank(code, vn.kynangso.catalog.CourseCategory.SKILL);
        UI.getCurrent().navigate("authoring/draft/" + draft.id());
        TextArea summary = _get(TextArea.class, spec -> spec.withId("draft-summary-vi"));

        login(REVIEWER); // the second trainer saves first, from their own screen
        authoring.saveText(draft.id(), "summary.vi", "", "Bản của người thứ hai");
        login(TRAINER);
        _setValue(summary, "Bản của tôi");

        assertThat(summary.getValue()).isEqualTo("Bản của tôi");
        assertThat(_get(Span.class, spec -> spec.withClasses("kns-conflict-theirs"))
                        .getText())
                .isEqualTo("Bản của người thứ hai");
        assertThat(authoring.get(draft.id()).source().summary().vi()).isEqualTo("Bản của người thứ hai");
        _click(_get(Button.class, spec -> spec.withId("conflict-keep-mine")));
        assertThat(authoring.get(draft.id()).source().summary().vi()).isEqualTo("Bản của tôi");
        assertThat(history.of(draft.id()))
                .extracting(DraftHistory.Entry::detail)
                .contains("Bản của người thứ hai");
    }

    @Test
    void a_published_course_exported_and_uploaded_again_reads_back_identically() throws Exception {
        String code = newCode();
        PublishedCourse published = publishedCopy(code);
        login(TRAINER);
        byte[] zip = draftFiles.exportPublished(code);

        Path folder = CourseZip.unpack(zip, tmp.resolve("content"), "unused");
        assertThat(Files.exists(folder.resolve("course.yaml"))).isTrue();
        CourseSources.Read read = CourseSources.read(tmp.resolve("content"), folder);
        assertThat(read.problems()).isEmpty();
        assertThat(CourseSources.check(read.source(), read.images()).course()).isEqualTo(published.content());

        Draft again = draftFiles.importZip(zip, code + ".zip").draft();
        assertThat(again.source()).isEqualTo(read.source());
        assertThat(again.basedOnVersionId()).isEqualTo(published.versionId());
        assertThatThrownBy(() -> draftFiles.importZip(zip, code + ".zip"))
                .isInstanceOfSatisfying(
                        AuthoringException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuthoringException.Reason.ALREADY_OPEN));
    }

    @Test
    void a_gift_file_is_previewed_with_its_refusals_imported_and_exported_again() {
        login(TRAINER);
        Draft draft = authoring.createBlank(newCode(), vn.kynangso.catalog.CourseCategory.SKILL);
        UI.getCurrent().navigate("authoring/draft/" + draft.id());
        _click(_get(Button.class, spec -> spec.withId("section-questions")));
        String gift = """
                // câu hỏi từ Moodle
                ::Mã OTP::Người lạ gọi xin mã OTP. Bạn làm gì? {
                  =Cúp máy và gọi ngân hàng #Đúng. Không ai được xin mã OTP.
                  ~Đọc mã cho họ #Sai. Kẻ gian sẽ rút tiền của bạn.
                }

                ::Ngân hàng::Ngân hàng có thể gọi điện xin mã OTP. {F#Sai: ngân hàng không bao giờ xin.#Đúng vậy.}

                Thủ đô của Việt Nam là {=Hà Nội =Hanoi}
                """;
        _upload(
                _get(Upload.class, spec -> spec.withId("gift-upload")),
                "ngan-hang.gift",
                "text/plain",
                gift.getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, spec -> spec.withId("gift-summary")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("authoring.gift.summary", 2, 1));
        List<ListItem> refused = _find(ListItem.class, spec -> spec.withClasses("kns-error"));
        assertThat(refused)
                .singleElement()
                .extracting(ListItem::getText)
                .asString()
                .contains("9");
        _click(_get(Button.class, spec -> spec.withId("gift-import")));

        Draft now = authoring.get(draft.id());
        assertThat(now.source().questions()).hasSize(2);
        assertThat(now.source().questions().get(0).question().prompt().vi())
                .isEqualTo("Người lạ gọi xin mã OTP. Bạn làm gì?");
        assertThat(now.staleEnglish()).hasSize(2);
        assertThat(_find(
                        TextField.class,
                        spec -> spec.withId("question-answer-0-vi-"
                                + now.source().questions().get(0).question().code())))
                .isNotEmpty();
        assertThat(draftFiles.exportGift(draft.id(), vn.kynangso.base.i18n.TranslationProvider.VIETNAMESE))
                .contains("Người lạ gọi xin mã OTP")
                .contains("{F");
    }
}
