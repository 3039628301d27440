package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.kynangso.authoring.AuthoringException;
import vn.kynangso.authoring.AuthoringService;
import vn.kynangso.authoring.Draft;
import vn.kynangso.authoring.DraftFiles;
import vn.kynangso.authoring.DraftHistory;
import vn.kynangso.authoring.DraftPresence;
import vn.kynangso.authoring.DraftReview;
import vn.kynangso.base.ui.UiPreferences;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseImages;
import vn.kynangso.catalog.LessonImageUpload;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;

/**
 * A draft being written: settings, lessons, questions, translations, sources and history, one
 * section at a time; every text saves itself as the trainer types, problems appear beside their
 * fields after each save, and who else has the draft open is shown (checked every few seconds).
 */
@Route("authoring/draft/:draft")
@RolesAllowed({Roles.TRAINER, Roles.PROVINCE_ADMIN})
class DraftEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 10_000;

    private final AuthoringService authoring;
    private final DraftReview review;
    private final DraftFiles files;
    private final DraftHistory history;
    private final DraftPresence presence;
    private final CatalogService catalog;
    private final AccountService accounts;
    private final Clock clock;
    private final LessonImageUpload images;
    private final CourseImages courseImages;
    private final UiPreferences preferences;
    private final Map<Long, String> names = new HashMap<>();
    private final Paragraph others = new Paragraph();
    private final Paragraph state = new Paragraph();
    private final Div section = new Div();
    private final Div sections = new Div();
    private DraftSections parts;
    private DraftContext context;
    private String title = "";
    private @Nullable Registration polling;

    DraftEditorView(
            AuthoringService authoring,
            DraftReview review,
            DraftFiles files,
            DraftHistory history,
            DraftPresence presence,
            CatalogService catalog,
            AccountService accounts,
            Clock clock,
            LessonImageUpload images,
            CourseImages courseImages,
            UiPreferences preferences) {
        this.authoring = authoring;
        this.review = review;
        this.files = files;
        this.history = history;
        this.presence = presence;
        this.catalog = catalog;
        this.accounts = accounts;
        this.clock = clock;
        this.images = images;
        this.courseImages = courseImages;
        this.preferences = preferences;
        addClassName("kns-page");
        addClassName("kns-authoring");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("draft").orElse(-1L);
        Draft draft;
        try {
            draft = authoring.get(id);
        } catch (AuthoringException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        context = new DraftContext(authoring, catalog, files, draft, this::whoWhen, images, courseImages, preferences);
        title = draft.source().title().vi().isBlank()
                ? draft.courseCode()
                : draft.source().title().vi();
        RouterLink back = new RouterLink(getTranslation("authoring.title"), AuthoringView.class);
        back.setId("draft-back");
        H1 heading = new H1(title);
        heading.setId("draft-title");
        others.setId("draft-presence");
        others.addClassName("kns-presence");
        state.setId("draft-state");
        state.addClassName("kns-muted");
        add(back, heading, state, others);
        if (draft.reviewComment() != null && draft.editable()) {
            Paragraph comment = new Paragraph(getTranslation("authoring.sent-back", draft.reviewComment()));
            comment.setId("draft-review-comment");
            comment.addClassName("kns-warning-box");
            add(comment);
        }
        if (!draft.editable()) {
            Paragraph locked = new Paragraph(
                    getTranslation("authoring.locked." + draft.status().name()));
            locked.setId("draft-locked");
            add(locked);
            if (draft.status() == vn.kynangso.authoring.DraftStatus.IN_REVIEW) {
                add(new RouterLink(
                        getTranslation("authoring.review.open"),
                        DraftReviewView.class,
                        new com.vaadin.flow.router.RouteParameters("draft", String.valueOf(draft.id()))));
            }
            return;
        }
        parts = new DraftSections(context, review, this::showSection);
        sections.addClassName("kns-section-buttons");
        for (String name : DraftSections.NAMES) {
            Button button = new Button(getTranslation("authoring.section." + name), e -> showSection(name));
            button.setId("section-" + name);
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            sections.add(button);
        }
        Button submit = new Button(getTranslation("authoring.submit"), e -> submit());
        submit.setId("draft-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sections.add(submit);
        Button discard = new Button(getTranslation("authoring.discard"), e -> confirmDiscard());
        discard.setId("draft-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        sections.add(discard);
        add(sections, parts.summary(), section);
        context.onSaved(d -> savedAt(d.updatedAt()));
        showSection("settings");
        savedAt(draft.updatedAt());
        seeOthers();
    }

    private void showSection(String name) {
        section.removeAll();
        if (name.equals("history")) {
            List<DraftHistory.Entry> entries = history.of(context.id());
            names.putAll(accounts.displayNames(
                    entries.stream().map(DraftHistory.Entry::accountId).toList()));
            section.add(new HistoryPanel(entries, names, clock.getZone()));
        } else {
            section.add(parts.section(name));
        }
        sections.getChildren()
                .forEach(c -> c.getElement()
                        .getClassList()
                        .set("kns-current", c.getId().orElse("").equals("section-" + name)));
    }

    private void submit() {
        try {
            review.submit(context.id());
            Notification.show(getTranslation("authoring.submitted"));
            getUI().ifPresent(ui -> ui.navigate(AuthoringView.class));
        } catch (AuthoringException e) {
            Notification.show(getTranslation(e.translationKey(), e.args()));
            parts.recheck();
        }
    }

    private void confirmDiscard() {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("authoring.discard.title"));
        dialog.add(new Paragraph(getTranslation("authoring.discard.text")));
        Button yes = new Button(getTranslation("authoring.discard.confirm"), e -> {
            try {
                authoring.discard(context.id());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(AuthoringView.class));
            } catch (AuthoringException ex) {
                dialog.close();
                Notification.show(getTranslation(ex.translationKey(), ex.args()));
            }
        });
        yes.setId("draft-discard-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("authoring.cancel"), e -> dialog.close()), yes);
        dialog.open();
    }

    private void savedAt(Instant at) {
        state.setText(getTranslation(
                "authoring.saved-at", AuthoringFormats.time(at, clock.getZone(), "HH:mm:ss", getLocale())));
    }

    /** Says who else has the draft open, and brings in what they saved. */
    private void seeOthers() {
        List<Long> here = presence.here(context.id());
        names.putAll(accounts.displayNames(here));
        others.setText(
                here.isEmpty()
                        ? ""
                        : getTranslation(
                                "authoring.presence",
                                String.join(
                                        ", ",
                                        here.stream()
                                                .map(id -> names.getOrDefault(id, "#" + id))
                                                .toList())));
        others.setVisible(!here.isEmpty());
        Draft stored = authoring.get(context.id());
        if (stored.revision() != context.draft().revision()) {
            context.saved(stored);
        }
    }

    private String whoWhen(long accountId, Instant at) {
        names.putAll(accounts.displayNames(List.of(accountId)));
        return getTranslation(
                "authoring.conflict",
                names.getOrDefault(accountId, "#" + accountId),
                AuthoringFormats.time(at, clock.getZone(), "HH:mm", getLocale()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(e -> {
            if (context != null && context.draft().editable()) {
                seeOthers();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        if (context != null) {
            presence.left(context.id());
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
