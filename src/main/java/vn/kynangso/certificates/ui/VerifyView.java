package vn.kynangso.certificates.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.kynangso.base.ui.LanguageSwitch;
import vn.kynangso.base.ui.UiPreferences;
import vn.kynangso.certificates.Certificate;
import vn.kynangso.certificates.CertificateRevocation;
import vn.kynangso.certificates.CertificateVerification;
import vn.kynangso.certificates.Verification;
import vn.kynangso.certificates.VerificationThrottle;

/**
 * The public verification page, opened from a certificate's QR code or by typing its code: valid,
 * revoked or unknown, said plainly, with the holder's name partly hidden. No sign-in; a limited
 * number of checks per network address. An admin of the certificate's area may revoke it here.
 */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificateVerification verification;
    private final CertificateRevocation revocation;
    private final VerificationThrottle throttle;
    private final Clock clock;
    private final TextField code = new TextField();
    private final Div result = new Div();

    VerifyView(
            CertificateVerification verification,
            CertificateRevocation revocation,
            VerificationThrottle throttle,
            UiPreferences preferences,
            Clock clock) {
        this.clock = clock;
        this.verification = verification;
        this.revocation = revocation;
        this.throttle = throttle;
        addClassName("kns-landing");
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("kns-app-title");
        Header header = new Header(brand, new LanguageSwitch(preferences));
        header.addClassName("kns-public-header");
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
        add(
                header,
                new H1(getTranslation("verify.title")),
                new Paragraph(getTranslation("verify.intro")),
                code,
                check,
                result);
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
        Div card = new Div();
        card.addClassName("kns-card");
        card.addClassName(checked.status() == Verification.Status.VALID ? "kns-valid-box" : "kns-warning-box");
        H2 status = new H2(getTranslation("verify." + checked.status().name()));
        status.setId("verify-status");
        card.add(status);
        Certificate c = checked.certificate();
        if (c != null) {
            DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"), getLocale());
            boolean household = c.kind() == Certificate.Kind.HOUSEHOLD;
            card.add(
                    line(
                            "verify-holder",
                            c.isHolderErased()
                                    ? getTranslation("verify.holder.erased")
                                    : getTranslation(
                                            household ? "verify.holder.household" : "verify.holder",
                                            masked(c.holderName()))),
                    line(
                            "verify-course",
                            household && c.title(getLocale()).isEmpty()
                                    ? getTranslation("verify.household.erased")
                                    : getTranslation(
                                            household ? "verify.household" : "verify.course", c.title(getLocale()))),
                    line("verify-completed", getTranslation("verify.completed", date.format(c.completedOn()))),
                    line("verify-issuer", getTranslation("verify.issuer", c.issuer())));
            if (c.isRevoked() && c.revokedAt() != null) {
                card.add(line(
                        "verify-revoked-on",
                        getTranslation(
                                "verify.revoked-on", date.format(c.revokedAt().atZone(clock.getZone())))));
                // the reason is free text an admin wrote (it may name a person or a mistake):
                // for the admins of the certificate's area, not for whoever scans the QR code
                if (revocation.mayRevoke(c)) {
                    card.add(line("verify-revoked-reason", getTranslation("verify.revoked-reason", c.revokeReason())));
                }
            } else if (revocation.mayRevoke(c)) {
                card.add(revokeForm(c));
            }
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

    /** "Nguyễn Thị Thu Hương" → "Nguyễn T. T. H.": the family name and initials, enough to compare with the paper. */
    static String masked(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 1) {
            return words[0].isEmpty() ? "" : words[0].substring(0, 1) + ".";
        }
        return words[0] + " "
                + Arrays.stream(words, 1, words.length)
                        .map(w -> w.substring(0, w.offsetByCodePoints(0, 1)) + ".")
                        .collect(Collectors.joining(" "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " · " + getTranslation("app.name");
    }
}
