package vn.kynangso.certificates.ui;

import com.vaadin.flow.component.html.Paragraph;
import vn.kynangso.certificates.CertificateBatch.Where;

/**
 * Where the admin's latest print is when it is not on this app node: still made, or waiting, on
 * another server (it cannot be followed or downloaded here), or stopped with its server.
 */
final class PrintAwayNotice extends Paragraph {

    PrintAwayNotice(Where where, String startedAt) {
        String key = switch (where) {
            case MAKING_ELSEWHERE -> "print.elsewhere.making";
            case WAITING_ELSEWHERE -> "print.elsewhere.waiting";
            case STOPPED -> "print.stopped";
            case LOST -> "print.stopped.zip";
            case HERE -> throw new IllegalArgumentException(where.name()); // shown by the screen itself
        };
        setText(getTranslation(key, startedAt));
        setId(where == Where.STOPPED || where == Where.LOST ? "print-stopped" : "print-elsewhere");
    }
}
