package vn.kynangso.certificates.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.certificates.Certificate;
import vn.kynangso.certificates.CertificateService;
import vn.kynangso.security.Roles;

/** A learner's certificates (and their household's), each to download as a PDF in Vietnamese or English. */
@Route("certificates")
@RolesAllowed({Roles.RESIDENT, Roles.STUDENT, Roles.OFFICIAL})
@Menu(order = 16, title = "menu.certificates", icon = "vaadin:diploma")
class MyCertificatesView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final CertificateService certificates;

    MyCertificatesView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("kns-page");
    }

    /**
     * Lists the certificates; {@code ?course=code} (from a just-passed quiz's result) puts that
     * course's certificate first, marked new, and brings it into view.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("certificates.title")));
        String justEarned = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("course")
                .orElse(null);
        List<Certificate> mine = certificates.mine().stream()
                .sorted(Comparator.comparing((Certificate c) -> !isFor(c, justEarned)))
                .toList();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("certificates.none"));
            none.setId("certificates-none");
            add(none);
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"), getLocale());
        for (Certificate c : mine) {
            boolean household = c.kind() == Certificate.Kind.HOUSEHOLD;
            Span title = new Span(household ? getTranslation("certificates.household") : c.title(getLocale()));
            title.addClassName("kns-course-title");
            Paragraph when = new Paragraph(getTranslation("certificates.issued", date.format(c.completedOn())));
            Paragraph code = new Paragraph(getTranslation("certificates.code", CertificateService.display(c.code())));
            code.addClassName("kns-muted");
            Div row = new Div(title, when, code);
            row.addClassName("kns-course-row");
            row.setId("certificate-" + c.id());
            if (isFor(c, justEarned)) {
                Span earned = new Span(getTranslation("certificates.new"));
                earned.addClassNames("kns-badge", "kns-badge-success");
                earned.setId("certificate-new");
                row.addComponentAsFirst(earned);
                row.addClassName("kns-new-certificate");
                row.scrollIntoView();
            }
            if (c.isRevoked()) {
                row.add(new Paragraph(getTranslation("certificates.revoked")));
            } else {
                Anchor pdf = download(certificates, c, getLocale(), getTranslation("certificates.download"));
                pdf.setId("certificate-pdf-" + c.id());
                Anchor english = download(
                        certificates, c, TranslationProvider.ENGLISH, getTranslation("certificates.download.en"));
                english.setId("certificate-pdf-en-" + c.id());
                Div links = new Div(pdf, english);
                links.addClassName("kns-links");
                row.add(links);
            }
            add(row);
        }
    }

    private static boolean isFor(Certificate c, @Nullable String course) {
        return course != null
                && c.kind() != Certificate.Kind.HOUSEHOLD
                && course.equals(c.courseCode())
                && !c.isRevoked();
    }

    private static Anchor download(CertificateService certificates, Certificate c, Locale locale, String text) {
        String file = "giay-chung-nhan-" + c.code().substring(0, 5).toLowerCase(Locale.ROOT)
                + (TranslationProvider.isEnglish(locale) ? "-en" : "") + ".pdf";
        Anchor anchor = new Anchor(Downloads.of(file, Downloads.PDF, () -> certificates.pdf(c.id(), locale)), text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title") + " · " + getTranslation("app.name");
    }
}
