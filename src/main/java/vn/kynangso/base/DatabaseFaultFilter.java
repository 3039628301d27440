package vn.kynangso.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import vn.kynangso.base.database.DatabaseFault;
import vn.kynangso.base.i18n.TranslationProvider;

/**
 * Any request that fails because the database is gone or too slow, outside a screen's own
 * handling (the public verification page, course images, downloads, a page load whose sign-in
 * check needs the database): a short page with status 503 and {@code Retry-After}, in Vietnamese
 * then English, instead of the container's error page or a stack trace (DD012). Runs before
 * everything else, the security filters included. A Vaadin request answered so makes the browser
 * retry it, with the screen as it was. Other failures pass through unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseFaultFilter extends OncePerRequestFilter {

    /** Seconds a client is asked to wait before it tries again. */
    static final int RETRY_AFTER_SECONDS = 30;

    private final TranslationProvider texts;

    DatabaseFaultFilter(TranslationProvider texts) {
        this.texts = texts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Optional<DatabaseFault> fault = DatabaseFault.of(e);
            if (fault.isEmpty() || response.isCommitted()) {
                throw e;
            }
            fault.get().log(DatabaseFaultFilter.class, e);
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(page(fault.get()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The page, Vietnamese first; every text escaped. */
    String page(DatabaseFault fault) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
        html.append(text("error.database.title", TranslationProvider.VIETNAMESE))
                .append("</title></head>");
        html.append("<body style=\"font-family:sans-serif;max-width:40em;margin:1em auto;padding:0 1em\">");
        for (Locale locale : List.of(TranslationProvider.VIETNAMESE, TranslationProvider.ENGLISH)) {
            html.append("<section lang=\"").append(locale.getLanguage()).append("\"><h1>");
            html.append(text("error.database.title", locale)).append("</h1><p>");
            html.append(text(fault.translationKey(), locale)).append("</p></section>");
        }
        return html.append("</body></html>").toString();
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(texts.getTranslation(key, locale), "UTF-8");
    }
}
