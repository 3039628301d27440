package vn.kynangso.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.people.PersonalDataService.Subject;
import vn.kynangso.privacy.DataRequestService;
import vn.kynangso.security.Roles;

/**
 * A team member (or admin) files a correction or deletion request on a resident's behalf, from the
 * household's page; it is recorded as filed on their behalf, and the commune admin decides.
 */
@Route("data-requests/new/:person")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
class FileRequestView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DataRequestService requests;

    FileRequestView(DataRequestService requests) {
        this.requests = requests;
        addClassName("kns-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long personId = event.getRouteParameters().getLong("person").orElse(-1L);
        Subject subject;
        try {
            subject = requests.subject(personId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Paragraph who = new Paragraph(getTranslation("data-request.for", subject.fullName(), subject.placeName()));
        who.setId("request-subject");
        Paragraph how = new Paragraph(getTranslation("data-request.on-behalf.help"));
        how.addClassName("kns-muted");
        Paragraph done = new Paragraph();
        done.setId("request-filed");
        done.addClassName("kns-success");
        done.setVisible(false);
        add(new H1(getTranslation("data-request.title")), who, how);
        if (subject.erased()) {
            return;
        }
        add(
                new RequestForm((kind, reason) -> {
                    requests.fileFor(personId, kind, reason);
                    done.setText(getTranslation("data-request.filed.on-behalf"));
                    done.setVisible(true);
                }),
                done);
        if (subject.householdId() != null) {
            Anchor back = new Anchor("households/" + subject.householdId(), getTranslation("data-request.back"));
            back.setId("request-back");
            add(back);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("data-request.title") + " · " + getTranslation("app.name");
    }
}
