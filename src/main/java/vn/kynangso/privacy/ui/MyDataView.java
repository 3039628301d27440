package vn.kynangso.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.people.ConsentPurpose;
import vn.kynangso.people.ConsentService;
import vn.kynangso.people.PersonalDataService;
import vn.kynangso.privacy.DataRequestService;
import vn.kynangso.privacy.MyData;
import vn.kynangso.privacy.MyDataFormat;
import vn.kynangso.privacy.MyDataService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;

/**
 * "My data", for everyone signed in: everything the app holds about me (account, profile, household
 * and its flags, consents and who saw the flags, learning, certificates, requests), the whole of it
 * as a file, the notice, withdrawing consent, and asking for a correction or deletion.
 */
@Route("my-data")
@RolesAllowed({
    Roles.RESIDENT,
    Roles.STUDENT,
    Roles.TEACHER,
    Roles.OFFICIAL,
    Roles.TEAM_MEMBER,
    Roles.TRAINER,
    Roles.COMMUNE_ADMIN,
    Roles.PROVINCE_ADMIN
})
@Menu(order = 89, title = "menu.my-data", icon = "vaadin:folder-open-o")
class MyDataView extends Main implements HasDynamicTitle {

    private final MyDataService myData;
    private final ConsentService consents;
    private final PersonalDataService people;
    private final DataRequestService requests;
    private final CurrentUser currentUser;
    private final Clock clock;

    MyDataView(
            MyDataService myData,
            ConsentService consents,
            PersonalDataService people,
            DataRequestService requests,
            CurrentUser currentUser,
            Clock clock) {
        this.myData = myData;
        this.consents = consents;
        this.people = people;
        this.requests = requests;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("kns-page");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("my-data.title")), new Paragraph(getTranslation("my-data.intro")));
        if (currentUser.get().flatMap(u -> u.getHelper()).isPresent()) {
            // helping on the team member's phone: the file would stay on their device, not the resident's
            Paragraph own = new Paragraph(getTranslation("my-data.download.helped"));
            own.setId("my-data-download-helped");
            own.addClassName("kns-muted");
            add(own);
        } else {
            Anchor download = new Anchor(
                    Downloads.of("du-lieu-cua-toi.json", Downloads.JSON, () -> myData.export(getLocale())),
                    getTranslation("my-data.download"));
            download.setId("my-data-download");
            download.getElement().setAttribute("download", true);
            download.addClassName("kns-wide-button");
            add(download);
        }
        add(notice());
        boolean person = people.me().filter(p -> !p.erased()).isPresent();
        if (!person) {
            Paragraph staff = new Paragraph(getTranslation("my-data.no-person"));
            staff.setId("my-data-no-person");
            staff.addClassName("kns-muted");
            add(staff);
        }
        MyDataFormat format = new MyDataFormat(this::getTranslation, getLocale(), clock.getZone());
        for (MyData.Section section : myData.mine().sections()) {
            Div box = new Div(new H2(getTranslation(section.titleKey())));
            box.setId("my-data-" + section.id());
            for (MyData.Entry entry : section.entries()) {
                box.add(entry(entry, format));
            }
            if (section.id().equals("consents")) {
                box.add(withdraw());
            }
            add(box);
        }
        if (person) {
            add(
                    new H2(getTranslation("my-data.request.title")),
                    new Paragraph(getTranslation("my-data.request.intro")));
            add(new RequestForm((kind, reason) -> {
                requests.fileMine(kind, reason);
                Notification.show(getTranslation("data-request.filed"));
                show();
            }));
        }
    }

    private Div entry(MyData.Entry entry, MyDataFormat format) {
        Div card = new Div();
        card.addClassNames("kns-card", "kns-facts", "kns-my-data-entry");
        for (MyData.Field field : entry.fields()) {
            Span label = new Span(format.label(field.labelKey()));
            label.addClassName("kns-fact-label");
            Span value = new Span(format.text(field.value()));
            card.add(new Div(label, value));
        }
        return card;
    }

    /** Withdrawing consent to disability data: the one purpose a household can stop on its own. */
    private Div withdraw() {
        Div box = new Div();
        boolean disability =
                consents.mine().stream().anyMatch(c -> c.isActive() && c.purpose() == ConsentPurpose.DISABILITY);
        if (disability) {
            Button stop = new Button(getTranslation("my-data.consent.withdraw-disability"), e -> {
                consents.withdrawMine(ConsentPurpose.DISABILITY);
                Notification.show(getTranslation("consent.withdrawn-done"));
                show();
            });
            stop.setId("my-data-withdraw-disability");
            stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(stop);
        }
        Paragraph learning = new Paragraph(getTranslation("my-data.consent.learning-help"));
        learning.addClassName("kns-muted");
        box.add(learning);
        return box;
    }

    private NativeDetails notice() {
        Div text = new Div();
        text.addClassName("kns-notice");
        ConsentService.NOTICE_KEYS.forEach(key -> text.add(new Paragraph(getTranslation(key))));
        NativeDetails details = new NativeDetails(getTranslation("consent.notice.title"), text);
        details.setId("my-data-notice");
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-data.title") + " · " + getTranslation("app.name");
    }
}
