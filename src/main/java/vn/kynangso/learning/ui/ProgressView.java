package vn.kynangso.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import vn.kynangso.learning.MyProgress;
import vn.kynangso.learning.MyProgress.CourseRow;
import vn.kynangso.learning.MyProgress.SkillStatus;
import vn.kynangso.learning.MyProgressService;
import vn.kynangso.security.Roles;

/** "My progress": each of the five skills (skilled since when) and each required course. */
@Route("progress")
@RolesAllowed({Roles.RESIDENT, Roles.STUDENT, Roles.OFFICIAL})
@Menu(order = 15, title = "menu.progress", icon = "vaadin:check-square-o")
class ProgressView extends Main implements HasDynamicTitle {

    ProgressView(MyProgressService learning, Clock clock) {
        addClassName("kns-page");
        MyProgress progress = learning.myProgress();
        Paragraph summary = new Paragraph(getTranslation("progress.skills", progress.proficientCount()));
        summary.setId("progress-summary");
        // certificates live in their own feature; a link by address keeps learning independent of it
        Anchor certificates = new Anchor("certificates", getTranslation("progress.certificates"));
        certificates.setId("progress-certificates");
        add(new H1(getTranslation("progress.title")), summary, certificates);

        Div skills = new Div();
        skills.setId("progress-skills");
        for (SkillStatus skill : progress.skills()) {
            Div row = new Div();
            row.addClassName("kns-progress-row");
            row.setId("progress-" + skill.skill().name());
            boolean done = skill.proficientSince() != null;
            var icon = (done ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
            icon.addClassName(done ? "kns-success" : "kns-muted");
            Span name = new Span(getTranslation(skill.skill().nameKey()));
            name.addClassName("kns-course-title");
            row.add(icon, name);
            if (done) {
                Span since = new Span(getTranslation(
                        "progress.skill.since", LearningFormats.date(this, clock, skill.proficientSince())));
                since.addClassName("kns-muted");
                row.add(since);
            } else {
                skill.courses().forEach(course -> row.add(link(course)));
            }
            skills.add(row);
        }
        add(skills);

        if (!progress.requiredCourses().isEmpty()) {
            Div required = new Div();
            required.setId("progress-required");
            for (CourseRow course : progress.requiredCourses()) {
                Div row = new Div(link(course), LearningFormats.badge(this, course.status()));
                row.addClassName("kns-progress-row");
                if (course.deadline() != null) {
                    row.add(new Span(getTranslation(
                            "progress.required.item",
                            course.title().in(getLocale()),
                            course.lessonsRead(),
                            course.lessons(),
                            LearningFormats.date(this, course.deadline()))));
                }
                required.add(row);
            }
            add(new H2(getTranslation("progress.required.title")), required);
        }
    }

    private RouterLink link(CourseRow course) {
        return new RouterLink(
                course.title().in(getLocale()), CourseView.class, new RouteParameters("course", course.code()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title") + " · " + getTranslation("app.name");
    }
}
