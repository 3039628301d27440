package vn.kynangso.certificates;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.certificates.Certificate.Kind;

/**
 * Draws a certificate as a one-page PDF in Vietnamese or English: decides what each line says in
 * that language ({@link #content}), then hands it to one of the shared {@link CertificatePdf}
 * drawers. Access is checked by the callers (a holder's download, a print job's commune).
 */
@Component
class CertificateRenderer {

    private final TranslationProvider translations;
    private final CertificateVerification verification;
    private final CertificateDrawers drawers =
            new CertificateDrawers(2 * Runtime.getRuntime().availableProcessors(), CertificatePdf::new);

    CertificateRenderer(TranslationProvider translations, CertificateVerification verification) {
        this.translations = translations;
        this.verification = verification;
    }

    /** The PDF, in the language asked for (or Vietnamese when that one is not offered). */
    byte[] render(Certificate certificate, Locale locale) {
        CertificatePdf.Content content = content(certificate, TranslationProvider.supported(locale));
        return drawers.withDrawer(drawer -> drawer.render(content));
    }

    /** The PDF with the name it has in a print job's ZIP: the holder's name and the code's first group. */
    CertificateBatch.Drawn renderNamed(Certificate certificate, Locale locale) {
        String name = certificate.holderName().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-"
                + certificate.code().substring(0, 5) + ".pdf";
        return new CertificateBatch.Drawn(name, render(certificate, locale));
    }

    /** What the certificate says, line by line, in this language. */
    CertificatePdf.Content content(Certificate c, Locale locale) {
        boolean household = c.kind() == Kind.HOUSEHOLD;
        String completed = t(
                locale,
                "cert.date",
                c.completedOn().getDayOfMonth(),
                c.completedOn().getMonthValue(),
                c.completedOn().getYear());
        String extra;
        if (household) {
            extra = c.titleVi();
        } else if (c.creditHours() != null) {
            extra = t(locale, "cert.extra.hours", c.creditHours());
        } else if (c.skill() != null
                && !t(locale, "skill." + c.skill().name() + ".name").equalsIgnoreCase(c.title(locale))) {
            extra = t(locale, "cert.extra.skill", t(locale, "skill." + c.skill().name() + ".name"));
        } else {
            extra = "";
        }
        String place = c.communeName() != null ? c.communeName() : c.issuer();
        String holder = c.isHolderErased() ? t(locale, "cert.holder-erased") : c.holderName();
        return new CertificatePdf.Content(
                t(locale, "cert.heading1"),
                t(locale, "cert.heading2"),
                t(locale, "cert.title"),
                t(locale, household ? "cert.subtitle.household" : "cert.subtitle.course"),
                t(locale, household ? "cert.presented.household" : "cert.presented"),
                holder,
                household
                        ? t(locale, "cert.household.since", completed)
                        : (c.birthYear() == null ? "" : t(locale, "cert.birth-year", String.valueOf(c.birthYear()))),
                t(locale, household ? "cert.achievement.household" : "cert.achievement.course"),
                household ? t(locale, "cert.household.five-skills") : c.title(locale),
                household ? extra : extra + (extra.isEmpty() ? "" : " · ") + t(locale, "cert.completed-on", completed),
                t(locale, "cert.issuer", c.issuer()),
                t(locale, "cert.place-date", place, completed),
                t(locale, "cert.signatory"),
                t(locale, "cert.code-label"),
                CertificateCodes.display(c.code()),
                t(locale, "cert.verify-label"),
                verification.urlOf(c.code()),
                t(locale, "cert.document-title", holder),
                locale.getLanguage());
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
