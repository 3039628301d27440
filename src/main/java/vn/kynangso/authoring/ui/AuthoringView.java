package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.kynangso.authoring.AuthoringException;
import vn.kynangso.authoring.AuthoringService;
import vn.kynangso.authoring.AuthoringService.DraftSummary;
import vn.kynangso.authoring.Draft;
import vn.kynangso.authoring.DraftFiles;
import vn.kynangso.authoring.DraftFiles.ZipImport;
import vn.kynangso.authoring.DraftStatus;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.base.ui.LimitedUpload;
import vn.kynangso.base.ui.Uploads;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseZip;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;

/**
 * The trainers' workspace: drafts being written and waiting for review, the published courses to
 * edit, copy or download as a course folder, a new course, and a course folder (zip) to upload.
 */
@Route("authoring")
@RolesAllowed({Roles.TRAINER, Roles.PROVINCE_ADMIN})
@Menu(order = 59, title = "menu.authoring", icon = "vaadin:edit")
class AuthoringView extends Main implements HasDynamicTitle {

    static final int MAX_ZIP_BYTES = 20 * 1024 * 1024;

    private final AuthoringService authoring;
    private final DraftFiles files;
    private final Clock clock;
    private final Paragraph importResult = new Paragraph();

    AuthoringView(
            AuthoringService authoring,
            DraftFiles files,
            CatalogService catalog,
            AccountService accounts,
            Clock clock) {
        this.authoring = authoring;
        this.files = files;
        this.clock = clock;
        addClassName("kns-page");
        addClassName("kns-authoring");
        List<PublishedCourse> courses = catalog.currentCourses();
        Button create = new Button(
                getTranslation("authoring.new"),
                VaadinIcon.PLUS.create(),
                e -> new NewCourseDialog(authoring, courses, null, this::open).open());
        create.setId("authoring-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("authoring.title")), new Paragraph(getTranslation("authoring.lead")), create);

        List<DraftSummary> drafts = authoring.openDrafts();
        Map<Long, String> names = accounts.displayNames(
                drafts.stream().map(DraftSummary::updatedBy).distinct().toList());
        Div draftList = new Div();
        draftList.setId("authoring-drafts");
        draftList.addClassName("kns-card-list");
        drafts.forEach(d -> draftList.add(draftCard(d, names)));
        if (drafts.isEmpty()) {
            draftList.add(new Paragraph(getTranslation("authoring.drafts.none")));
        }
        add(new H2(getTranslation("authoring.drafts")), draftList);

        Div published = new Div();
        published.setId("authoring-published");
        published.addClassName("kns-card-list");
        courses.forEach(c -> published.add(courseCard(c, courses)));
        add(new H2(getTranslation("authoring.published")), published);

        Upload upload = Uploads.translated(new Upload(), "authoring.zip.wrong-type");
        upload.setId("authoring-import");
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        String tooLarge = getTranslation("authoring.zip.too-large", MAX_ZIP_BYTES / (1024 * 1024));
        upload.setUploadHandler(new LimitedUpload(
                MAX_ZIP_BYTES,
                tooLarge,
                (metadata, data) -> {
                    upload.clearFileList();
                    importZip(metadata.fileName(), data);
                },
                () -> {
                    upload.clearFileList();
                    importResult.setText(tooLarge);
                }));
        importResult.setId("authoring-import-result");
        add(
                new H2(getTranslation("authoring.import")),
                new Paragraph(getTranslation("authoring.import.lead")),
                upload,
                importResult);
    }

    private Div draftCard(DraftSummary draft, Map<Long, String> names) {
        Div card = new Div();
        card.addClassName("kns-card");
        card.setId("draft-card-" + draft.courseCode());
        String title = draft.title().vi().isBlank()
                ? draft.courseCode()
                : draft.title().vi();
        Span status =
                new Span(getTranslation("authoring.status." + draft.status().name()));
        status.getElement().getThemeList().add("badge");
        Paragraph changed = new Paragraph(getTranslation(
                "authoring.drafts.changed",
                names.getOrDefault(draft.updatedBy(), ""),
                AuthoringFormats.time(
                        draft.updatedAt(), clock.getZone(), getTranslation("format.date-time"), getLocale())));
        changed.addClassName("kns-muted");
        card.add(new H3(title), status, changed);
        if (draft.staleEnglish() > 0) {
            card.add(new Paragraph(getTranslation("authoring.drafts.stale", draft.staleEnglish())));
        }
        Button open = new Button(getTranslation(
                draft.status() == DraftStatus.IN_REVIEW ? "authoring.review.open" : "authoring.drafts.open"));
        open.setId("draft-open-" + draft.courseCode());
        String where =
                (draft.status() == DraftStatus.IN_REVIEW ? "authoring/review/" : "authoring/draft/") + draft.id();
        open.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(where)));
        card.add(open);
        return card;
    }

    private Div courseCard(PublishedCourse course, List<PublishedCourse> courses) {
        Div card = new Div();
        card.addClassName("kns-card");
        card.setId("course-card-" + course.code());
        Paragraph version = new Paragraph(getTranslation(
                "content.revision", course.revision(), course.content().declaredVersion()));
        version.addClassName("kns-muted");
        Button edit = new Button(getTranslation("authoring.edit"), VaadinIcon.EDIT.create(), e -> {
            try {
                open(authoring.startEditing(course.code()));
            } catch (AuthoringException ex) {
                importResult.setText(getTranslation(ex.translationKey(), ex.args()));
            }
        });
        edit.setId("course-edit-" + course.code());
        Button copy = new Button(
                getTranslation("authoring.copy"),
                VaadinIcon.COPY.create(),
                e -> new NewCourseDialog(authoring, courses, course.code(), this::open).open());
        copy.setId("course-copy-" + course.code());
        Anchor download = new Anchor(
                Downloads.of(course.code() + ".zip", "application/zip", () -> files.exportPublished(course.code())),
                getTranslation("authoring.export"));
        download.setId("course-export-" + course.code());
        download.getElement().setAttribute("download", true);
        Div actions = new Div(edit, copy, download);
        actions.addClassName("kns-card-actions");
        card.add(new H3(course.content().title().in(getLocale())), version, actions);
        return card;
    }

    private void importZip(String fileName, byte[] data) {
        try {
            ZipImport result = files.importZip(data, fileName);
            if (result.draft() != null) {
                open(result.draft());
                return;
            }
            importResult.setText(getTranslation(
                            "authoring.import.refused", result.problems().size()) + " "
                    + String.join(
                            " · ",
                            result.problems().stream()
                                    .limit(10)
                                    .map(p -> p.where() + ": "
                                            + getTranslation(
                                                    p.translationKey(), p.args().toArray()))
                                    .toList()));
        } catch (CourseZip.NotACourse e) {
            importResult.setText(getTranslation(e.key(), e.args().toArray()));
        } catch (AuthoringException e) {
            importResult.setText(getTranslation(e.translationKey(), e.args()));
        }
    }

    private void open(Draft draft) {
        getUI().ifPresent(ui ->
                ui.navigate(DraftEditorView.class, new RouteParameters("draft", String.valueOf(draft.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.title") + " · " + getTranslation("app.name");
    }
}
