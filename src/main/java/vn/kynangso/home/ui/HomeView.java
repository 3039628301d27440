package vn.kynangso.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import vn.kynangso.classes.MyClasses;
import vn.kynangso.classes.MyClasses.MyClass;
import vn.kynangso.learning.LearningService;
import vn.kynangso.learning.MyProgress;
import vn.kynangso.learning.MyProgress.CourseRow;
import vn.kynangso.reports.AreaService;
import vn.kynangso.reports.AreaService.AreaTotals;
import vn.kynangso.reports.AreaService.HamletFigures;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;

/** "What is next for me": one card per role the person holds, in the product's role order. */
@Route("home")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
class HomeView extends Main implements HasDynamicTitle {

    private final AreaService area;
    private final LearningService learning;

    HomeView(CurrentUser currentUser, AreaService area, LearningService learning, MyClasses myClasses) {
        this.area = area;
        this.learning = learning;
        addClassName("kns-page");
        SignedInUser me = currentUser.require();
        H1 greeting = new H1(getTranslation("home.greeting", me.getDisplayName()));
        greeting.setId("home-greeting");
        add(greeting);
        MyProgress progress =
                me.getPersonId().isPresent() && !learning.myAudiences().isEmpty() ? learning.myProgress() : null;
        if (progress != null && (me.hasRole(Roles.RESIDENT) || me.hasRole(Roles.STUDENT))) {
            add(skillsCard(progress));
        }
        if (progress != null && me.hasRole(Roles.OFFICIAL)) {
            add(officialCard(progress));
        }
        boolean learnsInClasses = me.hasRole(Roles.STUDENT) || me.hasRole(Roles.RESIDENT);
        if (learnsInClasses && me.getPersonId().isPresent()) {
            // any learner a class has (a resident in an after-school or community class too) sees it;
            // only students are invited to join one
            List<MyClass> classes = myClasses.mine();
            if (classes.isEmpty() && me.hasRole(Roles.STUDENT)) {
                Section join = card("home-join", "home.join.title", "home.join.text");
                join.add(goButton("home-join-go", "home.join.go", "join"));
                add(join);
            } else if (!classes.isEmpty()) {
                add(new MyClassesCard(classes, goButton("home-join-go", "home.join.go", "join")));
            }
        }
        if (me.hasRole(Roles.TEACHER)) {
            Section teacher = card("home-teacher", "home.teacher.title", "home.teacher.text");
            teacher.add(goButton("home-teacher-go", "home.teacher.go", "classes"));
            add(teacher);
        }
        if (me.hasRole(Roles.TEAM_MEMBER)) {
            add(hamletsCard());
        }
        if (me.hasRole(Roles.TRAINER)) {
            add(card("home-trainer", "home.trainer.title", "home.trainer.text"));
        }
        if (me.hasRole(Roles.COMMUNE_ADMIN) || me.hasRole(Roles.PROVINCE_ADMIN)) {
            add(areaCard());
        }
    }

    private Section skillsCard(MyProgress progress) {
        UnorderedList list = new UnorderedList();
        list.addClassName("kns-skill-list");
        for (MyProgress.SkillStatus skill : progress.skills()) {
            Span name = new Span(getTranslation(skill.skill().nameKey()));
            ListItem item = new ListItem(name);
            if (skill.proficientSince() != null) {
                Span done = new Span(getTranslation("learning.status.proficient"));
                done.addClassNames("kns-badge", "kns-badge-success");
                item.add(done);
            }
            list.add(item);
        }
        Section card = card("home-skills", "home.skills.title", "home.skills.text");
        Paragraph count = new Paragraph(getTranslation("home.skills.progress", progress.proficientCount()));
        count.setId("home-skills-count");
        card.add(count, list, goButton("home-learn", "home.skills.go", "learn"));
        return card;
    }

    /**
     * The official's year: the courses required of them with each one's status and deadline, as their
     * course list, their training screen and their commune's evaluation say (one source: DD011).
     */
    private Section officialCard(MyProgress progress) {
        String year = String.valueOf(progress.year());
        Section card = card("home-official", "home.official.title", "home.official.text", year);
        List<CourseRow> required = progress.requiredCourses();
        if (required.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.official.none", year));
            none.setId("home-official-none");
            card.add(none);
        } else {
            Paragraph count = new Paragraph(getTranslation(
                    "home.official.progress",
                    required.stream().filter(c -> c.status().isCompleted()).count(),
                    required.size()));
            count.setId("home-official-count");
            DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"), getLocale());
            UnorderedList list = new UnorderedList();
            list.setId("home-official-courses");
            list.addClassName("kns-skill-list");
            for (CourseRow course : required) {
                Span status = new Span(getTranslation(course.status().key()));
                status.setId("home-official-status-" + course.code());
                status.addClassNames(
                        "kns-badge",
                        switch (course.status()) {
                            case COMPLETED -> "kns-badge-success";
                            case COMPLETED_LATE -> "kns-badge-late";
                            case OVERDUE -> "kns-badge-overdue";
                            default -> "kns-badge-plain";
                        });
                Span due = new Span(getTranslation(
                        "home.official.due", course.deadline() == null ? "" : date.format(course.deadline())));
                due.setId("home-official-due-" + course.code());
                due.addClassName("kns-muted");
                list.add(new ListItem(new Span(course.title().in(getLocale())), status, due));
            }
            card.add(count, list);
        }
        card.add(goButton("home-official-go", "home.official.go", "learn"));
        return card;
    }

    private Button goButton(String id, String textKey, String route) {
        Button go =
                new Button(getTranslation(textKey), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(route)));
        go.setId(id);
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        go.addClassName("kns-wide-button");
        return go;
    }

    private Section hamletsCard() {
        Section card = card("home-team", "home.team.title", "home.team.text");
        UnorderedList list = new UnorderedList();
        list.setId("home-team-hamlets");
        Collator names = Collator.getInstance(getLocale());
        area.myHamlets().stream()
                .sorted(Comparator.comparing(HamletFigures::hamlet, names))
                .forEach(hamlet -> list.add(new ListItem(
                        getTranslation("home.team.hamlet", hamlet.hamlet(), hamlet.households(), hamlet.people()))));
        card.add(list);
        return card;
    }

    private Section areaCard() {
        Section card = card("home-area", "home.area.title", "home.area.text");
        AreaTotals totals = area.myTotals();
        Paragraph figures = new Paragraph(getTranslation(
                "home.area.figures",
                totals.places().isEmpty() ? "—" : String.join(", ", totals.places()),
                totals.communes(),
                totals.hamlets(),
                totals.households(),
                totals.people()));
        figures.setId("home-area-figures");
        card.add(figures);
        return card;
    }

    /** A card whose title and text are given the same arguments (the year in both, on an official's). */
    private Section card(String id, String titleKey, String textKey, Object... params) {
        H2 title = new H2(getTranslation(titleKey, params));
        title.setId(id + "-title");
        Section card = new Section(title, new Paragraph(getTranslation(textKey, params)));
        card.setId(id);
        card.addClassName("kns-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " · " + getTranslation("app.name");
    }
}
