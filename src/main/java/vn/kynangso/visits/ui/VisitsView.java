package vn.kynangso.visits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.catalog.Skill;
import vn.kynangso.security.Roles;
import vn.kynangso.visits.Visit;
import vn.kynangso.visits.VisitException;
import vn.kynangso.visits.VisitOutcome;
import vn.kynangso.visits.VisitService;

/** Record a visit to a household at its door, and see the earlier ones. */
@Route("households/:id/visits")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
class VisitsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final VisitService visits;
    private final Clock clock;
    private final Div history = new Div();
    private long householdId;
    private String title = "";

    VisitsView(VisitService visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
        addClassName("kns-page");
        history.setId("visit-history");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        householdId = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            title = visits.householdAddress(householdId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(
                new H1(title),
                new H2(getTranslation("visit.new")),
                form(),
                new H2(getTranslation("visit.history")),
                history);
        showHistory();
    }

    private Div form() {
        DatePicker day = new DatePicker(getTranslation("visit.date"), LocalDate.now(clock));
        day.setId("visit-date");
        day.setLocale(getLocale());
        Select<VisitOutcome> outcome = new Select<>();
        outcome.setId("visit-outcome");
        outcome.setLabel(getTranslation("visit.outcome"));
        outcome.setItems(VisitOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("visit.outcome." + o.name()));
        outcome.setValue(VisitOutcome.HELPED);
        CheckboxGroup<Skill> skills = new CheckboxGroup<>(getTranslation("visit.skills"));
        skills.setId("visit-skills");
        skills.setItems(Skill.values());
        skills.setItemLabelGenerator(s -> getTranslation(s.nameKey()));
        skills.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        DatePicker next = new DatePicker(getTranslation("visit.next"));
        next.setId("visit-next");
        next.setLocale(getLocale());
        TextField note = new TextField(getTranslation("visit.note"));
        note.setId("visit-note");
        note.setMaxLength(500);
        note.setWidthFull();
        Button save = new Button(getTranslation("visit.save"));
        save.setId("visit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClassName("kns-wide-button");
        save.addClickListener(e -> {
            try {
                visits.record(
                        householdId,
                        day.getValue() == null ? LocalDate.now(clock) : day.getValue(),
                        outcome.getValue(),
                        skills.getValue(),
                        next.getValue(),
                        note.getValue());
            } catch (VisitException ex) {
                Notification.show(getTranslation(ex.reason().translationKey()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            Notification.show(getTranslation("visit.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            skills.clear();
            next.clear();
            note.clear();
            showHistory();
        });
        Div form = new Div(day, outcome, skills, next, note, save);
        form.addClassName("kns-priority");
        return form;
    }

    private void showHistory() {
        history.removeAll();
        DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"), getLocale());
        for (Visit visit : visits.visitsOf(householdId)) {
            String skills = visit.skills().stream()
                    .map(s -> getTranslation(s.nameKey()))
                    .collect(Collectors.joining(", "));
            Paragraph line = new Paragraph(getTranslation(
                    "visit.line",
                    date.format(visit.visitedOn()),
                    getTranslation("visit.outcome." + visit.outcome().name()),
                    visit.visitor(),
                    skills.isEmpty() ? "—" : skills,
                    visit.nextVisitOn() == null ? "—" : date.format(visit.nextVisitOn())));
            line.addClassName("kns-visit");
            history.add(line);
        }
        if (history.getChildren().findAny().isEmpty()) {
            history.add(new Paragraph(getTranslation("visit.none")));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
