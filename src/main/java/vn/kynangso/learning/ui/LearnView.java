package vn.kynangso.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.kynangso.learning.MyProgress;
import vn.kynangso.learning.MyProgress.CourseRow;
import vn.kynangso.learning.MyProgress.SkillStatus;
import vn.kynangso.learning.MyProgressService;
import vn.kynangso.security.Roles;

/**
 * The catalog: the five skills first, each with the learner's status and its courses; then the
 * courses required of them this year (an official's, as their training screen says), then their
 * other officials' courses.
 */
@Route("learn")
@RolesAllowed({Roles.RESIDENT, Roles.STUDENT, Roles.OFFICIAL})
@Menu(order = 10, title = "menu.learn", icon = "vaadin:academy-cap")
class LearnView extends Main implements HasDynamicTitle {

    LearnView(MyProgressService learning) {
        addClassName("kns-page");
        add(new H1(getTranslation("learn.title")), new Paragraph(getTranslation("learn.lead")));
        MyProgress progress = learning.myProgress();

        boolean anySkillCourse =
                progress.skills().stream().anyMatch(s -> !s.courses().isEmpty());
        if (anySkillCourse) {
            Section skills = new Section(new H2(getTranslation("learn.skills.title")));
            skills.setId("learn-skills");
            for (SkillStatus skill : progress.skills()) {
                if (!skill.courses().isEmpty()) {
                    skills.add(skillCard(skill));
                }
            }
            add(skills);
        }
        if (!progress.requiredCourses().isEmpty()) {
            // the year the list was judged for, the same as on the home card and the training screen
            Section required =
                    new Section(new H2(getTranslation("learn.required.title", String.valueOf(progress.year()))));
            required.setId("learn-required");
            progress.requiredCourses().forEach(course -> required.add(courseCard(course, true, true)));
            add(required);
        }
        if (!progress.otherCourses().isEmpty()) {
            Section others = new Section(new H2(getTranslation("learn.other.title")));
            others.setId("learn-other");
            progress.otherCourses().forEach(course -> others.add(courseCard(course, false, true)));
            add(others);
        }
        if (!anySkillCourse
                && progress.requiredCourses().isEmpty()
                && progress.otherCourses().isEmpty()) {
            add(new Paragraph(getTranslation("learn.empty")));
        }
    }

    private Div skillCard(SkillStatus skill) {
        Div card = new Div();
        card.addClassName("kns-card");
        card.setId("skill-" + skill.skill().name());
        H3 name = new H3(getTranslation(skill.skill().nameKey()));
        Span about = new Span(getTranslation(skill.skill().aboutKey()));
        about.addClassName("kns-muted");
        card.add(name);
        if (skill.proficientSince() != null) {
            card.add(LearningFormats.proficientBadge(this));
        }
        card.add(about);
        String skillName = getTranslation(skill.skill().nameKey());
        boolean titles = skill.courses().size() > 1
                || !skill.courses().getFirst().title().in(getLocale()).equals(skillName);
        skill.courses().forEach(course -> card.add(courseCard(course, false, titles)));
        return card;
    }

    private Div courseCard(CourseRow course, boolean required, boolean withTitle) {
        Div row = new Div();
        row.addClassName("kns-course-row");
        if (withTitle) {
            Span title = new Span(course.title().in(getLocale()));
            title.addClassName("kns-course-title");
            row.add(title);
        }
        Span status = LearningFormats.badge(this, course.status());
        status.setId("learn-status-" + course.code());
        row.add(status);
        if (required && course.creditHours() != null && course.deadline() != null) {
            Span facts = new Span(getTranslation(
                    "learn.required.facts", course.creditHours(), LearningFormats.date(this, course.deadline())));
            facts.setId("learn-facts-" + course.code());
            facts.addClassName("kns-muted");
            row.add(facts);
        }
        Button open = new Button(
                getTranslation("learn.open"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("learn/" + course.code())));
        open.setId("open-" + course.code());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("kns-wide-button");
        row.add(open);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learn.title") + " · " + getTranslation("app.name");
    }
}
