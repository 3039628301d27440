package vn.kynangso.officials.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.certificates.CertificateService;
import vn.kynangso.officials.OfficialsService;
import vn.kynangso.officials.OfficialsService.OfficialYear;
import vn.kynangso.officials.OfficialsService.Requirement;
import vn.kynangso.officials.TrainingDocuments;
import vn.kynangso.security.Roles;

/** An official's mandatory courses this year: status and deadline of each, and the yearly transcript. */
@Route("training")
@RolesAllowed(Roles.OFFICIAL)
@Menu(order = 17, title = "menu.training", icon = "vaadin:academy-cap")
class TrainingView extends Main implements HasDynamicTitle {

    TrainingView(OfficialsService officials, TrainingDocuments documents, Clock clock) {
        addClassName("kns-page");
        int year = LocalDate.now(clock).getYear();
        add(new H1(getTranslation("training.title", year)));
        OfficialYear mine = officials.myYear(year).orElse(null);
        if (mine == null || mine.requirements().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("training.none", year));
            none.setId("training-none");
            add(none);
            return;
        }
        Paragraph summary = new Paragraph(getTranslation(
                "training.summary", mine.completed(), mine.requirements().size(), mine.hours()));
        summary.setId("training-summary");
        add(summary);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"), getLocale());
        for (Requirement r : mine.requirements()) {
            Span title = new Span(r.course().title(getLocale()));
            title.addClassName("kns-course-title");
            Span status =
                    new Span(getTranslation("training.status." + r.status().name()));
            status.addClassNames("kns-badge", "kns-status-" + r.status().name().toLowerCase(java.util.Locale.ROOT));
            status.setId("training-status-" + r.course().courseCode());
            Paragraph facts = new Paragraph(getTranslation(
                    "training.facts",
                    r.course().creditHours(),
                    date.format(r.course().deadline())));
            Div row = new Div(title, status, facts);
            if (r.certificateCode() != null) {
                row.add(new Paragraph(
                        getTranslation("certificates.code", CertificateService.display(r.certificateCode()))));
            }
            Anchor open = new Anchor("learn/" + r.course().courseCode(), getTranslation("training.open"));
            row.add(open);
            row.addClassName("kns-course-row");
            add(row);
        }
        Anchor transcript = new Anchor(
                Downloads.of(
                        "bang-ket-qua-boi-duong-" + year + ".pdf",
                        Downloads.PDF,
                        () -> documents.myTranscript(year, getLocale())),
                getTranslation("training.transcript"));
        transcript.setId("training-transcript");
        transcript.getElement().setAttribute("download", true);
        add(transcript);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.training") + " · " + getTranslation("app.name");
    }
}
