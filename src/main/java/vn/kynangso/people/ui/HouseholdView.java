package vn.kynangso.people.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.base.ui.SignInSwitch;
import vn.kynangso.people.Consent;
import vn.kynangso.people.ConsentPurpose;
import vn.kynangso.people.ConsentService;
import vn.kynangso.people.HouseholdException;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.HouseholdDetails;
import vn.kynangso.people.HouseholdService.MemberDetails;
import vn.kynangso.people.Poverty;
import vn.kynangso.security.Roles;

/**
 * One household: its members (with a login card for each, and a data request on their behalf), what
 * it agreed to, and its priority flags (reading them is logged).
 */
@Route("households/:id")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
class HouseholdView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final HouseholdService households;
    private final ConsentService consents;
    private final Clock clock;
    private String title = "";

    HouseholdView(HouseholdService households, ConsentService consents, Clock clock) {
        this.households = households;
        this.consents = consents;
        this.clock = clock;
        addClassName("kns-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Registered registered = ComponentUtil.getData(event.getUI(), Registered.class);
        ComponentUtil.setData(event.getUI(), Registered.class, null); // once, not on a later visit
        try {
            HouseholdDetails details = show(id);
            if (registered != null && registered.householdId() == id) {
                addComponentAtIndex(1, confirmation(details));
            }
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Opens a household just registered, saying so once at the top of its page. */
    static void openRegistered(UI ui, long householdId) {
        ComponentUtil.setData(ui, Registered.class, new Registered(householdId));
        ui.navigate("households/" + householdId);
    }

    private record Registered(long householdId) {}

    private Div confirmation(HouseholdDetails details) {
        Paragraph saved = new Paragraph(getTranslation(
                "household.saved", details.address(), details.members().size()));
        saved.setId("household-registered");
        saved.addClassName("kns-success");
        saved.getElement().setAttribute("role", "status");
        Button next = new Button(
                getTranslation("household.register-next"),
                VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("households/new")));
        next.setId("household-register-next");
        Div box = new Div(saved, next);
        box.addClassNames("kns-card", "kns-valid-box");
        return box;
    }

    private HouseholdDetails show(long id) {
        HouseholdDetails details = households.details(id);
        List<Consent> given = consents.of(id);
        removeAll();
        title = details.address();
        add(new H1(details.address()), new H2(getTranslation("household.members")));
        for (MemberDetails member : details.members()) {
            add(memberRow(member));
        }
        Button visits = new Button(
                getTranslation("household.visits"),
                VaadinIcon.CALENDAR_USER.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("households/" + details.id() + "/visits")));
        visits.setId("household-visits");
        visits.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        visits.addClassName("kns-wide-button");
        boolean disabilityConsent =
                given.stream().anyMatch(c -> c.isActive() && c.purpose() == ConsentPurpose.DISABILITY);
        add(
                new AddStudentSection(households, details.id(), () -> show(id)),
                visits,
                new H2(getTranslation("consent.title")),
                new ConsentSection(consents, given, id, clock, () -> show(id)),
                new H2(getTranslation("household.priority")),
                priority(details, disabilityConsent));
        return details;
    }

    private Div memberRow(MemberDetails member) {
        Span name = new Span(member.name() + (member.birthYear() == null ? "" : " (" + member.birthYear() + ")"));
        name.addClassName("kns-course-title");
        Span login = new Span(
                member.login() == null
                        ? getTranslation("household.no-login")
                        : getTranslation("household.login", member.login()));
        login.addClassName("kns-muted");
        Div buttons = new Div();
        buttons.addClassName("kns-links");
        Div row = new Div(name, login);
        if (member.cardAllowed()) {
            Button card = new Button(
                    getTranslation(member.login() == null ? "household.card.new" : "household.card.again"),
                    VaadinIcon.QRCODE.create(),
                    e -> new LoginCardDialog(households, member.personId(), households.loginCard(member.personId()))
                            .open());
            card.setId("card-" + member.personId());
            buttons.add(card);
        } else {
            // a card signs in without a password: never for an account that can do more than learn
            Span noCard = new Span(getTranslation("household.card.staff"));
            noCard.setId("card-refused-" + member.personId());
            noCard.addClassName("kns-muted");
            row.add(noCard);
        }
        Button help = new Button(getTranslation("helping.start"), VaadinIcon.HANDS_UP.create(), e -> {
            SignInSwitch.to(households.startHelping(member.personId()));
            getUI().ifPresent(ui -> ui.navigate("learn"));
        });
        help.setId("help-" + member.personId());
        help.setTooltipText(getTranslation("helping.start.help"));
        // correction or deletion asked for on the member's behalf, decided by the commune admin
        Anchor request = new Anchor("data-requests/new/" + member.personId(), getTranslation("household.data-request"));
        request.setId("data-request-" + member.personId());
        buttons.add(help, request);
        if (member.erased()) {
            buttons.removeAll();
            row.getChildren()
                    .filter(c -> c.getId().orElse("").startsWith("card-refused-"))
                    .toList()
                    .forEach(row::remove);
        }
        row.add(buttons);
        row.addClassName("kns-course-row");
        return row;
    }

    private Div priority(HouseholdDetails details, boolean disabilityConsent) {
        Checkbox disability = new Checkbox(
                getTranslation("household.disability"), details.priority().disability());
        disability.setId("priority-disability");
        // health data only with the household's consent; a mark made before consents were kept can be cleared
        disability.setEnabled(disabilityConsent || details.priority().disability());
        if (!disabilityConsent) {
            disability.setHelperText(getTranslation(
                    details.priority().disability()
                            ? "household.disability.without-consent"
                            : "household.disability.needs-consent"));
        }
        Select<Poverty> poverty = new Select<>();
        poverty.setId("priority-poverty");
        poverty.setLabel(getTranslation("household.poverty"));
        poverty.setItems(Poverty.values());
        poverty.setItemLabelGenerator(p -> getTranslation("household.poverty." + p.name()));
        poverty.setValue(details.priority().poverty());
        Span elderly = new Span(
                getTranslation(details.priority().elderly() ? "household.elderly.yes" : "household.elderly.no"));
        Button save = new Button(getTranslation("household.priority.save"), e -> {
            try {
                households.setPriority(details.id(), disability.getValue(), poverty.getValue());
            } catch (HouseholdException ex) {
                Notification.show(getTranslation(ex.reason().translationKey()));
                return;
            }
            Notification.show(getTranslation("household.priority.saved"));
            show(details.id());
        });
        save.setId("priority-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(elderly, disability, poverty, save);
        box.addClassName("kns-priority");
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
