package vn.kynangso.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.kynangso.privacy.DataRequest;
import vn.kynangso.privacy.DataRequestService;
import vn.kynangso.security.Roles;

/**
 * For commune and province admins: people's requests to correct or delete their data, open ones
 * first, each to grant (correct, or delete by anonymising) or refuse with a reason.
 */
@Route("data-requests")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 29.5, title = "menu.data-requests", icon = "vaadin:user-check")
class DataRequestsView extends Main implements HasDynamicTitle {

    private final DataRequestService requests;
    private final Checkbox decidedToo = new Checkbox();
    private final Div list = new Div();
    private final DateTimeFormatter when;

    DataRequestsView(DataRequestService requests, Clock clock) {
        this.requests = requests;
        addClassName("kns-page");
        when = DateTimeFormatter.ofPattern(getTranslation("format.date-time"), getLocale())
                .withZone(clock.getZone());
        decidedToo.setId("data-requests-all");
        decidedToo.setLabel(getTranslation("data-requests.decided-too"));
        decidedToo.addValueChangeListener(e -> refresh());
        list.setId("data-requests");
        Paragraph intro = new Paragraph(getTranslation("data-requests.intro"));
        intro.addClassName("kns-muted");
        add(new H1(getTranslation("data-requests.title")), intro, decidedToo, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<DataRequest> shown = requests.inMyArea(!decidedToo.getValue());
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("data-requests.none"));
            none.setId("data-requests-none");
            list.add(none);
        }
        shown.forEach(r -> list.add(card(r)));
    }

    private Div card(DataRequest r) {
        Span title = new Span(getTranslation(
                "data-requests.line",
                getTranslation("data-request.kind." + r.kind().name()),
                r.personName(),
                r.place()));
        title.addClassName("kns-course-title");
        Paragraph reason = new Paragraph(getTranslation("data-request.asked", r.reason()));
        Paragraph filed = new Paragraph(getTranslation(
                r.onBehalf() ? "data-request.filed-by.on-behalf" : "data-request.filed-by",
                when.format(r.filedAt()),
                r.filedBy()));
        filed.addClassName("kns-muted");
        Div card = new Div(title, reason, filed, RequestStatus.of(r, when));
        card.addClassName("kns-card");
        card.setId("data-request-" + r.id());
        if (r.isOpen()) {
            Button grant = r.kind() == DataRequest.Kind.CORRECTION
                    ? new Button(
                            getTranslation("data-request.correct"),
                            e -> DecisionDialog.correct(requests, r, this::refresh)
                                    .open())
                    : new Button(
                            getTranslation("data-request.erase"),
                            e -> DecisionDialog.erase(requests, r, this::refresh)
                                    .open());
            grant.setId("grant-" + r.id());
            grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button refuse = new Button(
                    getTranslation("data-request.refuse"),
                    e -> DecisionDialog.refuse(requests, r, this::refresh).open());
            refuse.setId("refuse-" + r.id());
            Div actions = new Div(grant, refuse);
            actions.addClassName("kns-links");
            card.add(actions);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("data-requests.title") + " · " + getTranslation("app.name");
    }
}
