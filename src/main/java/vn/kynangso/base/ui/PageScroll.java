package vn.kynangso.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Back to the top of the page: after moving to another screen, or to the next question on the same
 * screen, a learner must not land in the middle of it.
 */
public final class PageScroll {

    /** The script that scrolls the page (and the app layout's content) back to the top. */
    public static final String TO_TOP_JS = "window.scrollTo(0, 0);"
            + " document.querySelectorAll('vaadin-app-layout').forEach(l => {"
            + " const c = l.shadowRoot && l.shadowRoot.querySelector('[part~=content]'); if (c) { c.scrollTop = 0; } });";

    private PageScroll() {}

    public static void toTop(UI ui) {
        ui.getPage().executeJs(TO_TOP_JS);
    }
}
