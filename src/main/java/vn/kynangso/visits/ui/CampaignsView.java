package vn.kynangso.visits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.visits.Campaign;
import vn.kynangso.visits.VisitException;
import vn.kynangso.visits.VisitService;

/** Door-to-door campaigns in my area; commune and province admins start new ones. */
@Route("campaigns")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 24, title = "menu.campaigns", icon = "vaadin:calendar-user")
class CampaignsView extends Main implements HasDynamicTitle {

    private final VisitService visits;
    private final Div list = new Div();

    CampaignsView(VisitService visits, PlaceService places, CurrentUser currentUser) {
        this.visits = visits;
        addClassName("kns-page");
        list.setId("campaign-list");
        add(new H1(getTranslation("campaign.title")));
        var me = currentUser.require();
        if (me.hasRole(Roles.COMMUNE_ADMIN) || me.hasRole(Roles.PROVINCE_ADMIN)) {
            add(new H2(getTranslation("campaign.new")), form(places.inMyArea(PlaceLevel.HAMLET)));
        }
        add(new H2(getTranslation("campaign.list")), list);
        refresh();
    }

    private Div form(List<Place> hamlets) {
        TextField name = new TextField(getTranslation("campaign.name"));
        name.setId("campaign-name");
        name.setWidthFull();
        DatePicker from = new DatePicker(getTranslation("campaign.from"));
        from.setId("campaign-from");
        DatePicker to = new DatePicker(getTranslation("campaign.to"));
        to.setId("campaign-to");
        MultiSelectComboBox<Place> where = new MultiSelectComboBox<>(getTranslation("campaign.hamlets"));
        where.setId("campaign-hamlets");
        where.setItems(hamlets);
        where.setItemLabelGenerator(Place::getName);
        where.setWidthFull();
        Button save = new Button(getTranslation("campaign.save"), e -> {
            if (from.getValue() == null || to.getValue() == null) {
                Notification.show(getTranslation("visit.error.bad-dates"));
                return;
            }
            try {
                visits.createCampaign(
                        name.getValue(),
                        from.getValue(),
                        to.getValue(),
                        where.getValue().stream().map(Place::getId).toList());
            } catch (VisitException ex) {
                Notification.show(getTranslation(ex.reason().translationKey()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            name.clear();
            where.clear();
            refresh();
        });
        save.setId("campaign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(name, from, to, where, save);
        form.addClassName("kns-priority");
        return form;
    }

    private void refresh() {
        list.removeAll();
        DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"), getLocale());
        for (Campaign campaign : visits.myCampaigns()) {
            Paragraph line = new Paragraph(getTranslation(
                    "campaign.line",
                    campaign.name(),
                    date.format(campaign.startsOn()),
                    date.format(campaign.endsOn()),
                    campaign.hamletIds().size(),
                    campaign.visits()));
            line.addClassName("kns-visit");
            list.add(line);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("campaign.none")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.title") + " · " + getTranslation("app.name");
    }
}
