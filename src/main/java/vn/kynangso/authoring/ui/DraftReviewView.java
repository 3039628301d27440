package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import vn.kynangso.authoring.AuthoringException;
import vn.kynangso.authoring.AuthoringService;
import vn.kynangso.authoring.Draft;
import vn.kynangso.authoring.DraftReview;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.CourseDiff;
import vn.kynangso.catalog.CourseSources;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.security.Roles;

/**
 * The reviewer's screen: what the draft changes against a published version (lessons as text,
 * questions field by field), English waiting for its translator, and approve (as a new version or a
 * correction) or send back with comments.
 */
@Route("authoring/review/:draft")
@RolesAllowed({Roles.TRAINER, Roles.PROVINCE_ADMIN})
class DraftReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthoringService authoring;
    private final DraftReview review;
    private final CatalogService catalog;
    private final Div diff = new Div();
    private String title = "";

    DraftReviewView(AuthoringService authoring, DraftReview review, CatalogService catalog) {
        this.authoring = authoring;
        this.review = review;
        this.catalog = catalog;
        addClassName("kns-page");
        addClassName("kns-authoring");
        addClassName("kns-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Draft draft;
        try {
            draft = authoring.get(event.getRouteParameters().getLong("draft").orElse(-1L));
        } catch (AuthoringException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = draft.source().title().vi().isBlank()
                ? draft.courseCode()
                : draft.source().title().vi();
        add(new RouterLink(getTranslation("authoring.title"), AuthoringView.class), new H1(title));
        Paragraph status = new Paragraph(
                getTranslation("authoring.status." + draft.status().name()));
        status.setId("review-status");
        add(status);
        CourseSources.Check check = review.check(draft.id());
        CourseContent after = check.course();
        if (after == null) {
            add(new Paragraph(
                    getTranslation("authoring.check.problems", check.problems().size())));
            return;
        }
        List<PublishedCourse> versions = catalog.versionsOf(draft.courseCode());
        Select<PublishedCourse> against = new Select<>();
        against.setId("review-against");
        against.setLabel(getTranslation("authoring.review.against"));
        against.setItems(versions);
        against.setItemLabelGenerator(v -> v == null ? "" : getTranslation("authoring.review.version", v.revision()));
        against.setVisible(!versions.isEmpty());
        against.setMinWidth("18em");
        review.basedOn(draft.id())
                .flatMap(b -> versions.stream()
                        .filter(v -> v.versionId() == b.versionId())
                        .findFirst())
                .ifPresent(against::setValue);
        against.addValueChangeListener(e -> showDiff(e.getValue(), after));
        diff.setId("review-diff");
        add(new H2(getTranslation("authoring.review.changes")), against, diff);
        showDiff(against.getValue(), after);
        add(staleEnglish(draft.staleEnglish(), draft));
        if (draft.status() == vn.kynangso.authoring.DraftStatus.IN_REVIEW) {
            add(decision(draft, !versions.isEmpty()));
        }
    }

    private void showDiff(PublishedCourse before, CourseContent after) {
        diff.removeAll();
        CourseDiff changes = CourseDiff.between(before == null ? null : before.content(), after);
        if (changes.isEmpty()) {
            diff.add(new Paragraph(getTranslation("authoring.review.no-changes")));
        } else {
            diff.add(new CourseDiffPanel(changes));
        }
    }

    private Div staleEnglish(Map<String, String> stale, Draft draft) {
        Div box = new Div();
        box.setId("review-stale");
        if (stale.isEmpty()) {
            return box;
        }
        box.add(new H2(getTranslation("authoring.section.translations")));
        box.add(new Paragraph(getTranslation("authoring.translations.lead", stale.size())));
        stale.forEach((key, before) -> box.add(new Paragraph(TranslationsPanel.label(this, draft.source(), key))));
        return box;
    }

    private Div decision(Draft draft, boolean hasPublished) {
        Div box = new Div();
        box.addClassName("kns-review-decision");
        Checkbox correction = new Checkbox(getTranslation("authoring.review.correction"));
        correction.setId("review-correction");
        correction.setHelperText(getTranslation("authoring.review.correction.help"));
        correction.setVisible(hasPublished);
        Checkbox staleOk = new Checkbox(
                getTranslation("authoring.review.stale-ok", draft.staleEnglish().size()));
        staleOk.setId("review-stale-ok");
        staleOk.setVisible(!draft.staleEnglish().isEmpty());
        Paragraph result = new Paragraph();
        result.setId("review-result");
        Button approve = new Button(getTranslation("authoring.review.approve"), e -> {
            try {
                PublishedCourse published =
                        review.approve(draft.id(), draft.revision(), correction.getValue(), staleOk.getValue());
                Notification.show(getTranslation("authoring.review.published", published.revision()));
                getUI().ifPresent(ui -> ui.navigate(AuthoringView.class));
            } catch (AuthoringException ex) {
                result.setText(getTranslation(ex.translationKey(), ex.args()));
                result.addClassName("kns-error");
            }
        });
        approve.setId("review-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea comment = new TextArea(getTranslation("authoring.review.comment"));
        comment.setId("review-comment");
        comment.setWidthFull();
        Button sendBack = new Button(getTranslation("authoring.review.send-back"), e -> {
            try {
                review.sendBack(draft.id(), comment.getValue());
                Notification.show(getTranslation("authoring.review.sent-back"));
                getUI().ifPresent(ui -> ui.navigate(AuthoringView.class));
            } catch (AuthoringException ex) {
                result.setText(getTranslation(ex.translationKey(), ex.args()));
                result.addClassName("kns-error");
            }
        });
        sendBack.setId("review-send-back");
        box.add(
                new H2(getTranslation("authoring.review.decide")),
                correction,
                staleOk,
                approve,
                comment,
                sendBack,
                result);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
