package vn.kynangso.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.ContentProblem;
import vn.kynangso.catalog.ContentReport;
import vn.kynangso.catalog.ContentValidation;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.security.Roles;

/**
 * For trainers: which courses are published (and in which version), and "publish again" after
 * content/ changed, with every problem and warning listed by file and line.
 */
@Route("content")
@RolesAllowed({Roles.TRAINER, Roles.PROVINCE_ADMIN})
@Menu(order = 60, title = "menu.content", icon = "vaadin:book")
class ContentView extends Main implements HasDynamicTitle {

    private final CatalogService catalog;
    private final Clock clock;
    private final Grid<PublishedCourse> courses = new Grid<>();
    private final Div problems = new Div();
    private final Paragraph summary = new Paragraph();

    ContentView(CatalogService catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        addClassName("kns-page");
        DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date-time"), getLocale())
                .withZone(clock.getZone());
        courses.setId("content-courses");
        courses.addColumn(c -> c.content().title().in(getLocale()))
                .setHeader(getTranslation("content.course"))
                .setFlexGrow(3);
        courses.addColumn(c -> getTranslation(
                        "content.revision", c.revision(), c.content().declaredVersion()))
                .setHeader(getTranslation("content.version"));
        courses.addColumn(c -> date.format(c.publishedAt())).setHeader(getTranslation("content.published"));
        courses.setAllRowsVisible(true);

        Button publish = new Button(getTranslation("content.publish"), e -> publish());
        publish.setId("content-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problems.setId("content-problems");
        summary.setId("content-summary");
        add(
                new H1(getTranslation("content.title")),
                new Paragraph(getTranslation("content.lead")),
                publish,
                summary,
                problems,
                new H2(getTranslation("content.published-courses")),
                courses);
        show(catalog.lastReport());
    }

    private void publish() {
        ContentReport report = catalog.publishFromFiles();
        show(report);
        Notification.show(summary.getText());
    }

    private void show(ContentReport report) {
        courses.setItems(catalog.currentCourses());
        summary.setText(getTranslation(
                "content.report",
                report.published().size(),
                report.unchanged().size(),
                report.withdrawn().size(),
                report.problems().size()));
        problems.removeAll();
        TranslationProvider texts = new TranslationProvider();
        for (ContentProblem problem : report.problems()) {
            Paragraph line = new Paragraph(ContentValidation.describe(problem, texts, getLocale()));
            line.addClassName("kns-error");
            problems.add(line);
        }
        if (!report.warnings().isEmpty()) {
            // warnings did not stop any course; they are listed after the errors, in plain text
            problems.add(new Paragraph(
                    getTranslation("content.report-warnings", report.warnings().size())));
            for (ContentProblem warning : report.warnings()) {
                Paragraph line = new Paragraph(ContentValidation.describe(warning, texts, getLocale()));
                line.addClassName("kns-muted");
                problems.add(line);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.title") + " · " + getTranslation("app.name");
    }
}
