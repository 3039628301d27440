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
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.certificates.CertificateService;
import vn.kynangso.officials.OfficialYear;
import vn.kynangso.officials.Requirement;
import vn.kynangso.officials.TrainingDocuments;
import vn.kynangso.officials.TrainingStanding;
import vn.kynangso.officials.TrainingYears;
import vn.kynangso.security.Roles;

/**
 * An official's mandatory courses in a year: status and deadline of each, and the yearly
 * transcript. It opens on the current year; the two years before are one tap away (their
 * transcripts are what a year-end evaluation asks for in January).
 */
@Route("training")
@RolesAllowed(Roles.OFFICIAL)
@Menu(order = 17, title = "menu.training", icon = "vaadin:academy-cap")
class TrainingView extends Main implements HasDynamicTitle {

    private final TrainingStanding officials;
    private final TrainingYears years;
    private final TrainingDocuments documents;
    private final H1 title = new H1();
    private final Div content = new Div();

    TrainingView(TrainingStanding officials, TrainingYears years, TrainingDocuments documents) {
        this.officials = officials;
        this.years = years;
        this.documents = documents;
        addClassName("kns-page");
        int thisYear = years.currentYear();
        List<Integer> shown = List.of(thisYear, thisYear - 1, thisYear - 2);
        content.setId("training-content");
        add(title, new YearTabs("training-year", shown, thisYear, this::show), content);
        show(thisYear);
    }

    private void show(int year) {
        title.setText(getTranslation("training.title", year));
        content.removeAll();
        OfficialYear mine = officials.myYear(year).orElse(null);
        if (mine == null || mine.requirements().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("training.none", year));
            none.setId("training-none");
            content.add(none);
            return;
        }
        Paragraph summary = new Paragraph(getTranslation(
                "training.summary", mine.completed(), mine.requirements().size(), mine.hours()));
        summary.setId("training-summary");
        content.add(summary);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"), getLocale());
        for (Requirement r : mine.requirements()) {
            Span course = new Span(r.course().title(getLocale()));
            course.addClassName("kns-course-title");
            Span status = new Span(getTranslation(r.status().key()));
            status.addClassNames(
                    "kns-badge",
                    switch (r.status()) {
                        case COMPLETED -> "kns-badge-success";
                        case COMPLETED_LATE -> "kns-badge-late";
                        case OVERDUE -> "kns-badge-overdue";
                        default -> "kns-badge-plain";
                    });
            status.setId("training-status-" + r.course().courseCode());
            Paragraph facts = new Paragraph(getTranslation(
                    "training.facts",
                    r.course().creditHours(),
                    date.format(r.course().deadline())));
            Div row = new Div(course, status, facts);
            if (r.completedOn() != null) {
                row.add(new Paragraph(getTranslation("training.completed-on", date.format(r.completedOn()))));
            }
            if (r.certificateCode() != null) {
                row.add(new Paragraph(
                        getTranslation("certificates.code", CertificateService.display(r.certificateCode()))));
            }
            if (!years.hasEnded(year)) {
                row.add(new Anchor("learn/" + r.course().courseCode(), getTranslation("training.open")));
            }
            row.addClassName("kns-course-row");
            content.add(row);
        }
        Anchor transcript = new Anchor(
                Downloads.of(
                        "bang-ket-qua-boi-duong-" + year + ".pdf",
                        Downloads.PDF,
                        () -> documents.myTranscript(year, getLocale())),
                getTranslation("training.transcript", year));
        transcript.setId("training-transcript");
        transcript.getElement().setAttribute("download", true);
        content.add(transcript);
        status(mine);
    }

    /** The year's result under the list, in the words of the transcript and the evaluation sheet. */
    private void status(OfficialYear mine) {
        Paragraph result = new Paragraph(getTranslation("transcript.status", getTranslation(mine.statusKey())));
        result.setId("training-result");
        content.add(result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.training") + " · " + getTranslation("app.name");
    }
}
