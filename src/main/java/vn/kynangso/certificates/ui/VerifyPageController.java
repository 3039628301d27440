package vn.kynangso.certificates.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.certificates.Certificate;
import vn.kynangso.certificates.CertificateRevocation;
import vn.kynangso.certificates.CertificateVerification;
import vn.kynangso.certificates.Verification;
import vn.kynangso.certificates.VerificationThrottle;
import vn.kynangso.security.PagePolicies;

/**
 * The public verification page a certificate's QR code opens ({@code /verify/<code>}), and the
 * form to type a code ({@code /verify?code=…}): one small server-rendered page, no JavaScript, so an
 * employer or a relative on an old phone sees the answer without downloading the app. The same
 * words, masking and per-address throttle as the app's screen; Vietnamese unless {@code ?lang=en}.
 * Revoking stays in the app ({@link VerifyView}); an admin of the certificate's area, signed in,
 * gets a link there.
 */
@Controller
class VerifyPageController {

    /** Longer than any code written with dashes and spaces; longer input is not looked up. */
    static final int MAX_TYPED = 64;

    private final CertificateVerification verification;
    private final CertificateRevocation revocation;
    private final VerificationThrottle throttle;
    private final TranslationProvider texts;
    private final Clock clock;

    VerifyPageController(
            CertificateVerification verification,
            CertificateRevocation revocation,
            VerificationThrottle throttle,
            TranslationProvider texts,
            Clock clock) {
        this.verification = verification;
        this.revocation = revocation;
        this.throttle = throttle;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping({"/verify", "/verify/"})
    ModelAndView form(
            @RequestParam(name = "code", required = false) @Nullable String code,
            @RequestParam(name = "lang", required = false) @Nullable String lang,
            HttpServletRequest request,
            HttpServletResponse response) {
        return page(code == null ? "" : code, lang, false, request, response);
    }

    @GetMapping("/verify/{code}")
    ModelAndView code(
            @PathVariable String code,
            @RequestParam(name = "lang", required = false) @Nullable String lang,
            HttpServletRequest request,
            HttpServletResponse response) {
        return page(code, lang, true, request, response);
    }

    private ModelAndView page(
            String typed,
            @Nullable String lang,
            boolean inPath,
            HttpServletRequest request,
            HttpServletResponse response) {
        boolean english = "en".equalsIgnoreCase(lang);
        Locale locale = english ? TranslationProvider.ENGLISH : TranslationProvider.VIETNAMESE;
        String code = typed.strip();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", locale.getLanguage());
        model.put("appName", texts.getTranslation("app.name", locale));
        model.put("title", texts.getTranslation("verify.title", locale));
        model.put("intro", texts.getTranslation("verify.intro", locale));
        model.put("codeLabel", texts.getTranslation("verify.code", locale));
        model.put("checkLabel", texts.getTranslation("verify.check", locale));
        model.put("languageLabel", texts.getTranslation(english ? "language.vi" : "language.en", locale));
        model.put("languageTag", english ? "vi" : "en");
        model.put("languageHref", otherLanguage(english, inPath ? "" : code));
        model.put("english", english);
        model.put("code", code.length() > MAX_TYPED ? "" : code);
        HttpStatus status = HttpStatus.OK;
        if (!code.isEmpty()) {
            if (!throttle.tryCheck(request.getRemoteAddr())) {
                status = HttpStatus.TOO_MANY_REQUESTS;
                response.setHeader("Retry-After", "60");
                model.put("throttled", texts.getTranslation("verify.throttled", locale));
            } else {
                Verification checked = code.length() > MAX_TYPED
                        ? new Verification(Verification.Status.MALFORMED, null)
                        : verification.verify(code);
                Certificate c = checked.certificate();
                boolean mayRevoke = c != null && revocation.mayRevoke(c);
                VerificationCard card = VerificationCard.of(checked, texts, locale, clock.getZone(), mayRevoke);
                model.put("valid", card.valid());
                model.put("status", card.status());
                model.put(
                        "lines",
                        card.lines().stream()
                                .map(line -> Map.of("id", line.id(), "text", line.text()))
                                .toList());
                if (mayRevoke && !c.isRevoked()) {
                    model.put("revokeHref", "/" + VerifyView.ROUTE + "/" + c.code());
                    model.put("revokeLabel", texts.getTranslation("verify.page.revoke-in-app", locale));
                }
                status = switch (checked.status()) {
                    case VALID, REVOKED -> HttpStatus.OK;
                    case UNKNOWN, MALFORMED -> HttpStatus.NOT_FOUND;
                };
            }
        }
        // an answer about one certificate at one moment (it may be revoked tomorrow): never kept
        response.setHeader("Cache-Control", "no-store");
        response.setLocale(locale);
        response.setHeader("Content-Security-Policy", PagePolicies.NO_SCRIPT);
        return new ModelAndView("verify", model, status);
    }

    /** The same page in the other language: {@code ?lang=en}, or without it for Vietnamese. */
    private static String otherLanguage(boolean english, String typedCode) {
        String codeParam = typedCode.isEmpty() || typedCode.length() > MAX_TYPED
                ? ""
                : "code=" + URLEncoder.encode(typedCode, StandardCharsets.UTF_8);
        if (english) {
            return codeParam.isEmpty() ? "?lang=vi" : "?" + codeParam + "&lang=vi";
        }
        return codeParam.isEmpty() ? "?lang=en" : "?" + codeParam + "&lang=en";
    }
}
