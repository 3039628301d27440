package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import vn.kynangso.authoring.DraftHistory;

/** Every change to the draft: when, who, what. */
class HistoryPanel extends Div {

    HistoryPanel(List<DraftHistory.Entry> entries, Map<Long, String> names, ZoneId zone) {
        setId("draft-history");
        UnorderedList list = new UnorderedList();
        list.addClassName("kns-history");
        for (DraftHistory.Entry entry : entries) {
            Span when =
                    new Span(AuthoringFormats.time(entry.at(), zone, getTranslation("format.date-time"), getLocale()));
            when.addClassName("kns-muted");
            String what = getTranslation("authoring.history." + entry.action())
                    + (entry.field() == null ? "" : " · " + entry.field());
            Span text = new Span(" " + names.getOrDefault(entry.accountId(), "#" + entry.accountId()) + " — " + what);
            ListItem item = new ListItem(when, text);
            if (entry.detail() != null
                    && (entry.action().equals("SENT_BACK") || entry.action().equals("IMPORTED"))) {
                Span detail = new Span(" “" + entry.detail() + "”");
                item.add(detail);
            }
            list.add(item);
        }
        add(list);
    }
}
