package vn.kynangso.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.kynangso.people.HouseholdException;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.Duplicate;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.Poverty;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.Roles;

/**
 * Register a household at the door: hamlet, address, members (head first), what the household
 * agrees to after reading the notice, priority flags (disability only with its consent).
 * Possible duplicates are shown for a second look before saving; then the household's own page
 * opens, with its members' login cards.
 */
@Route("households/new")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 22, title = "menu.register-household", icon = "vaadin:home-o")
class RegisterHouseholdView extends Main implements HasDynamicTitle {

    private final HouseholdService households;
    private final Select<Place> hamlet = new Select<>();
    private final TextField address = new TextField();
    private final Div members = new Div();
    private final List<MemberRow> rows = new ArrayList<>();
    private final ConsentForm consent = new ConsentForm();
    private final Checkbox disability = new Checkbox();
    private final Select<Poverty> poverty = new Select<>();
    private final Div warnings = new Div();
    private final Binder<NewHousehold> limits = new Binder<>();

    RegisterHouseholdView(HouseholdService households, PlaceService places) {
        this.households = households;
        addClassName("kns-page");
        List<Place> myHamlets = places.inMyArea(PlaceLevel.HAMLET).stream()
                .sorted(Comparator.comparing(Place::getName, Collator.getInstance(getLocale())))
                .toList();
        hamlet.setId("household-hamlet");
        hamlet.setLabel(getTranslation("household.hamlet"));
        hamlet.setItems(myHamlets);
        hamlet.setItemLabelGenerator(Place::getName);
        hamlet.setWidthFull();
        if (myHamlets.size() == 1) {
            hamlet.setValue(myHamlets.getFirst());
        }
        address.setId("household-address");
        address.setLabel(getTranslation("household.address"));
        address.setRequired(true);
        address.setWidthFull();
        limits.forField(address)
                .withValidator(new FieldLimit(NewHousehold.class, "address"))
                .bind(NewHousehold::address, (household, value) -> {});
        members.setId("household-members");
        addMember();
        Button more = new Button(getTranslation("household.add-member"), VaadinIcon.PLUS.create(), e -> addMember());
        more.setId("household-add-member");
        disability.setId("household-disability");
        disability.setLabel(getTranslation("household.disability"));
        consent.gate(disability);
        poverty.setId("household-poverty");
        poverty.setLabel(getTranslation("household.poverty"));
        poverty.setItems(Poverty.values());
        poverty.setItemLabelGenerator(p -> getTranslation("household.poverty." + p.name()));
        poverty.setValue(Poverty.NONE);
        Paragraph sensitive = new Paragraph(getTranslation("household.sensitive"));
        sensitive.addClassName("kns-muted");
        warnings.setId("household-warnings");
        Button save = new Button(getTranslation("household.save"), e -> save(false));
        save.setId("household-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClassName("kns-wide-button");
        Anchor importLink = new Anchor("households/import", getTranslation("household.import-link"));
        importLink.setId("household-import-link");
        add(
                new H1(getTranslation("household.title")),
                importLink,
                hamlet,
                address,
                members,
                more,
                consent,
                disability,
                poverty,
                sensitive,
                warnings,
                save);
    }

    private void addMember() {
        MemberRow row = new MemberRow(rows.size());
        if (rows.isEmpty()) {
            consent.follow(row.name);
        }
        rows.add(row);
        members.add(row);
    }

    private void save(boolean confirmed) {
        warnings.removeAll();
        rows.forEach(r -> r.name.setInvalid(false));
        if (hamlet.getValue() == null) {
            hamlet.setErrorMessage(getTranslation("household.error.no-hamlet"));
            hamlet.setInvalid(true);
            return;
        }
        consent.learning.setInvalid(!consent.learning.getValue());
        if (!consent.learning.getValue()) {
            consent.learning.setErrorMessage(getTranslation("consent.error.learning"));
            return;
        }
        if (!fieldsValid()) {
            return;
        }
        NewHousehold request = new NewHousehold(
                hamlet.getValue().getId(),
                address.getValue().strip(),
                rows.stream().filter(r -> !r.isEmpty()).map(MemberRow::value).toList(),
                disability.getValue(),
                poverty.getValue(),
                consent.value());
        try {
            List<Duplicate> duplicates = confirmed ? List.of() : households.duplicates(request);
            if (!duplicates.isEmpty()) {
                showDuplicates(duplicates);
                return;
            }
            long id = households.register(request).getId();
            // the household's page: its members' login cards and help are the next step
            getUI().ifPresent(ui -> HouseholdView.openRegistered(ui, id));
        } catch (HouseholdException e) {
            showError(e);
        }
    }

    /**
     * The limits of the service's input records, checked field by field: the address, who agreed,
     * every member row filled in (and the first, since a household needs one).
     */
    private boolean fieldsValid() {
        boolean valid = limits.validate().isOk();
        valid &= consent.isValid();
        for (int i = 0; i < rows.size(); i++) {
            if (i == 0 || !rows.get(i).isEmpty()) {
                valid &= rows.get(i).isValid();
            }
        }
        return valid;
    }

    private void showDuplicates(List<Duplicate> duplicates) {
        Div box = new Div();
        box.addClassNames("kns-card", "kns-warning-box");
        box.add(new Paragraph(getTranslation("household.duplicates")));
        for (Duplicate d : duplicates) {
            Paragraph line = new Paragraph(getTranslation(
                    "household.duplicate." + d.kind().name(),
                    d.name(),
                    d.birthYear() == null ? "—" : String.valueOf(d.birthYear()),
                    d.address()));
            line.addClassName("kns-duplicate");
            box.add(line);
        }
        Button anyway = new Button(getTranslation("household.save-anyway"), e -> save(true));
        anyway.setId("household-save-anyway");
        anyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
        box.add(anyway);
        warnings.add(box);
    }

    private void showError(HouseholdException e) {
        String message = getTranslation(e.reason().translationKey());
        if (e.member() >= 0 && e.member() < rows.size()) {
            rows.get(e.member()).name.setErrorMessage(message);
            rows.get(e.member()).name.setInvalid(true);
        } else if (e.reason() == HouseholdException.Reason.NO_ADDRESS) {
            address.setErrorMessage(message);
            address.setInvalid(true);
        } else if (e.reason() == HouseholdException.Reason.NO_CONSENT_GIVER) {
            consent.givenBy.setErrorMessage(message);
            consent.givenBy.setInvalid(true);
        } else {
            Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("household.title") + " · " + getTranslation("app.name");
    }
}
