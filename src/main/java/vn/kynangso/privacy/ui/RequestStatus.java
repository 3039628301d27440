package vn.kynangso.privacy.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import vn.kynangso.privacy.DataRequest;

/** Where a request stands, in one line: waiting, or decided (when, by whom, and what was said). */
final class RequestStatus {

    private RequestStatus() {}

    static Paragraph of(DataRequest r, DateTimeFormatter when) {
        Paragraph status = new Paragraph();
        status.setId("data-request-status-" + r.id());
        if (r.isOpen() || r.decidedAt() == null) {
            status.setText(status.getTranslation("data-request.status.OPEN"));
            status.addClassName("kns-muted");
        } else {
            status.setText(status.getTranslation(
                    "data-request.decided-line",
                    status.getTranslation("data-request.status." + r.status().name()),
                    when.format(r.decidedAt()),
                    r.decidedBy(),
                    r.decision() == null ? "" : r.decision()));
            status.addClassName(r.status() == DataRequest.Status.REFUSED ? "kns-error" : "kns-success");
        }
        return status;
    }
}
