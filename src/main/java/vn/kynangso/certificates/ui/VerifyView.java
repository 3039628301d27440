package vn.kynangso.certificates.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import vn.kynangso.certificates.Certificate;
import vn.kynangso.certificates.CertificateRevocation;
import vn.kynangso.certificates.CertificateVerification;
import vn.kynangso.certificates.Verification;
import vn.kynangso.certificates.VerificationThrottle;
import vn.kynangso.security.Roles;

/**
 * A certificate checked inside the app, where an admin of its area may revoke it. Everyone else
 * (whoever scans a QR code) gets the light page at {@code /verify/<code>} ({@link
 * VerifyPageController}), which links here for those admins. The same words and throttle as there.
 */
@Route(VerifyView.ROUTE + "/:code?")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 28, title = "verify.title", icon = "vaadin:check-circle")
class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The screen's path; {@code ROUTE + "/" + code} opens it on one certificate. */
    static final String ROUTE = "certificates/verify";

    private final CertificateVerification verification;
    private final CertificateRevocation revocation;
    private final VerificationThrottle throttle;
    private final Clock clock;
    private final I18NProvider texts;
    private final TextField code = new TextField();
    private final Div result = new Div();

    VerifyView(
            CertificateVerification verification,
            CertificateRevocation revocation,
            VerificationThrottle throttle,
            I18NProvider texts,
            Clock clock) {
        this.clock = clock;
        this.texts = texts;
        this.verification = verification;
        this.revocation = revocation;
        this.throttle = throttle;
        addClassName("kns-page");
        code.setId("verify-code");
        code.setLabel(getTranslation("verify.code"));
        code.setWidthFull();
        code.setMaxLength(64);
        Button check = new Button(getTranslation("verify.check"), e -> show(code.getValue()));
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        check.addClassName("kns-wide-button");
        check.addClickShortcut(Key.ENTER);
        result.setId("verify-result");
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")), code, check, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(typed -> {
            code.setValue(typed);
            show(typed);
        });
    }

    private void show(String typed) {
        result.removeAll();
        if (typed.isBlank()) {
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? "" : request.getRemoteAddr();
        if (!throttle.tryCheck(address)) {
            Paragraph wait = new Paragraph(getTranslation("verify.throttled"));
            wait.setId("verify-throttled");
            wait.addClassName("kns-error");
            result.add(wait);
            return;
        }
        Verification checked = verification.verify(typed);
        Certificate c = checked.certificate();
        boolean mayRevoke = c != null && revocation.mayRevoke(c);
        VerificationCard says = VerificationCard.of(checked, texts, getLocale(), clock.getZone(), mayRevoke);
        Div card = new Div();
        card.addClassName("kns-card");
        card.addClassName(says.valid() ? "kns-valid-box" : "kns-warning-box");
        H2 status = new H2(says.status());
        status.setId("verify-status");
        card.add(status);
        says.lines().forEach(line -> card.add(line(line.id(), line.text())));
        if (c != null && !c.isRevoked() && mayRevoke) {
            card.add(revokeForm(c));
        }
        result.add(card);
    }

    private Div revokeForm(Certificate c) {
        TextField reason = new TextField(getTranslation("verify.revoke.reason"));
        reason.setId("revoke-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button revoke = new Button(getTranslation("verify.revoke.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("verify.revoke.need-reason"));
                reason.setInvalid(true);
                return;
            }
            revocation.revoke(c.code(), reason.getValue());
            show(c.code());
            Paragraph done = new Paragraph(getTranslation("verify.revoke.done"));
            done.setId("revoke-done");
            done.addClassName("kns-success");
            result.add(done);
        });
        revoke.setId("revoke-confirm");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new Div(new H2(getTranslation("verify.revoke")), reason, revoke);
    }

    private static Paragraph line(String id, String text) {
        Paragraph line = new Paragraph(text);
        line.setId(id);
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " · " + getTranslation("app.name");
    }
}
