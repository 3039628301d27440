package vn.kynangso.learning.ui;

import com.vaadin.flow.component.Text;
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
import java.util.List;
import org.jspecify.annotations.Nullable;
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
        add(new H1(getTranslation("progress.title")), summary);
        if (learning.holdsCertificate()) {
            // certificates live in their own feature; a link by address keeps learning independent of it
            Anchor certificates = new Anchor("certificates", getTranslation("progress.certificates"));
            certificates.setId("progress-certificates");
            add(certificates);
        }

        Div skills = new Div();
        skills.setId("progress-skills");
        for (SkillStatus skill : progress.skills()) {
            Div row = new Div();
            row.addClassName("kns-progress-row");
            row.setId("progress-" + skill.skill().name());
            boolean done = skill.proficientSince() != null;
            var icon = (done ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
            icon.addClassName(done ? "kns-success" : "kns-muted");
            String skillName = getTranslation(skill.skill().nameKey());
            // the skill's own course is reached by tapping the skill's name, so a course named after its
            // skill is not listed a second time; only other courses of the skill follow it
            CourseRow own = ownCourse(skillName, skill.courses());
            Span name = new Span(own == null ? new Text(skillName) : link(own, skillName));
            name.addClassName("kns-course-title");
            row.add(icon, name);
            if (done) {
                Span since = new Span(getTranslation(
                        "progress.skill.since", LearningFormats.date(this, clock, skill.proficientSince())));
                since.addClassName("kns-muted");
                row.add(since);
            } else {
                skill.courses().stream()
                        .filter(course -> course != own)
                        .forEach(course -> row.add(link(course, course.title().in(getLocale()))));
            }
            skills.add(row);
        }
        add(skills);

        if (!progress.requiredCourses().isEmpty()) {
            Div required = new Div();
            required.setId("progress-required");
            for (CourseRow course : progress.requiredCourses()) {
                Div row = new Div(
                        link(course, course.title().in(getLocale())), LearningFormats.badge(this, course.status()));
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

    /** The course a skill's name stands for: its only course, else the one titled as the skill. */
    private @Nullable CourseRow ownCourse(String skillName, List<CourseRow> courses) {
        if (courses.size() == 1) {
            return courses.getFirst();
        }
        return courses.stream()
                .filter(course -> course.title().in(getLocale()).strip().equalsIgnoreCase(skillName.strip()))
                .findFirst()
                .orElse(null);
    }

    private RouterLink link(CourseRow course, String text) {
        RouterLink link = new RouterLink(text, CourseView.class, new RouteParameters("course", course.code()));
        link.setId("progress-course-" + course.code());
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title") + " · " + getTranslation("app.name");
    }
}
