package vn.kynangso.certificates.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.kynangso.certificates.Certificate;
import vn.kynangso.certificates.Verification;

/**
 * What a check says, in one language: the status and the certificate's lines (holder masked, course,
 * dates, issuer), the same on the light public page and on the admins' screen in the app.
 *
 * @param valid whether the certificate is valid (green) rather than revoked, unknown or no code
 * @param status the status in words
 * @param lines the certificate's lines, each with the element id it is shown under
 */
record VerificationCard(boolean valid, String status, List<Line> lines) {

    /** One line of the card, with a stable element id (tests and scripts find lines by it). */
    record Line(String id, String text) {}

    /**
     * The card for a check; the reason for revoking is shown only when {@code showReason} (the admins
     * of the certificate's area: it is free text that may name a person or a mistake).
     */
    static VerificationCard of(
            Verification checked, I18NProvider texts, Locale locale, ZoneId zone, boolean showReason) {
        Certificate c = checked.certificate();
        String status = texts.getTranslation("verify." + checked.status().name(), locale);
        List<Line> lines = new ArrayList<>();
        if (c != null) {
            DateTimeFormatter date = DateTimeFormatter.ofPattern(texts.getTranslation("format.date", locale), locale);
            boolean household = c.kind() == Certificate.Kind.HOUSEHOLD;
            lines.add(new Line(
                    "verify-holder",
                    c.isHolderErased()
                            ? texts.getTranslation("verify.holder.erased", locale)
                            : texts.getTranslation(
                                    household ? "verify.holder.household" : "verify.holder",
                                    locale,
                                    masked(c.holderName()))));
            lines.add(new Line(
                    "verify-course",
                    household && c.title(locale).isEmpty()
                            ? texts.getTranslation("verify.household.erased", locale)
                            : texts.getTranslation(
                                    household ? "verify.household" : "verify.course", locale, c.title(locale))));
            lines.add(new Line(
                    "verify-completed",
                    texts.getTranslation("verify.completed", locale, date.format(c.completedOn()))));
            lines.add(new Line("verify-issuer", texts.getTranslation("verify.issuer", locale, c.issuer())));
            if (c.isRevoked() && c.revokedAt() != null) {
                lines.add(new Line(
                        "verify-revoked-on",
                        texts.getTranslation(
                                "verify.revoked-on",
                                locale,
                                date.format(c.revokedAt().atZone(zone)))));
                if (showReason) {
                    lines.add(new Line(
                            "verify-revoked-reason",
                            texts.getTranslation(
                                    "verify.revoked-reason",
                                    locale,
                                    Objects.requireNonNullElse(c.revokeReason(), ""))));
                }
            }
        }
        return new VerificationCard(checked.status() == Verification.Status.VALID, status, List.copyOf(lines));
    }

    /** "Nguyễn Thị Thu Hương" → "Nguyễn T. T. H.": the family name and initials, enough to compare with the paper. */
    static String masked(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 1) {
            return words[0].isEmpty() ? "" : words[0].substring(0, words[0].offsetByCodePoints(0, 1)) + ".";
        }
        return words[0] + " "
                + Arrays.stream(words, 1, words.length)
                        .map(w -> w.substring(0, w.offsetByCodePoints(0, 1)) + ".")
                        .collect(Collectors.joining(" "));
    }
}
