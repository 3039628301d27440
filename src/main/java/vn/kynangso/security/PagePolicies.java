package vn.kynangso.security;

/**
 * Content-Security-Policies for pages served outside Vaadin, stricter than the app's own (which
 * must allow Vaadin's scripts), kept beside it so both are read together.
 */
public final class PagePolicies {

    /**
     * A page that runs no script and loads nothing but itself (its styles inline), and whose forms
     * go back to this origin: the public certificate check.
     */
    public static final String NO_SCRIPT = String.join(
            "; ",
            "default-src 'none'",
            "style-src 'unsafe-inline'",
            "img-src 'self' data:",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'");

    private PagePolicies() {}
}
