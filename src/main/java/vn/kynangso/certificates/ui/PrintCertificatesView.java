package vn.kynangso.certificates.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.kynangso.certificates.CertificateBatch;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.Roles;

/**
 * Print a commune's certificates at once (for a ceremony, for the commune's files): drawn in the
 * background while the screen shows how far it has got, then one ZIP to download. The ZIP holds
 * names and birth years: it is deleted once downloaded or after an hour, and the screen then says
 * so (it keeps polling, slowly, while a ZIP waits) and offers to make it again.
 *
 * <p>Opened again, it shows the admin's latest print: its progress or ZIP when it runs on this app
 * node; that it is on another server, or stopped with its server, when it is not (several app
 * nodes behind a balancer, docs/deploy.md).
 */
@Route("certificates/print")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 27, title = "menu.print-certificates", icon = "vaadin:print")
class PrintCertificatesView extends Main implements HasDynamicTitle {

    /** While a ZIP waits for download, how often the screen checks that it is still there. */
    static final int WAITING_POLL_MS = 10_000;

    private final CertificateBatch batch;
    private final DateTimeFormatter time;
    private final Select<Place> commune = new Select<>();
    private final List<Place> communes;
    private final Paragraph count = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final Div download = new Div();
    private final Button start;
    private @Nullable String jobId;
    private @Nullable String offeredJobId;
    private @Nullable Registration pollListener;
    private boolean latestShown;
    /** The latest print runs or waits on another node: asked again on each slow poll. */
    private boolean followingElsewhere;

    PrintCertificatesView(CertificateBatch batch, PlaceService places, Clock clock) {
        this.batch = batch;
        this.time = DateTimeFormatter.ofPattern(getTranslation("format.date-time"), getLocale())
                .withZone(clock.getZone());
        addClassName("kns-page");
        communes = places.inMyArea(PlaceLevel.COMMUNE).stream()
                .sorted(Comparator.comparing(Place::getName, Collator.getInstance(getLocale())))
                .toList();
        commune.setId("print-commune");
        commune.setLabel(getTranslation("print.commune"));
        commune.setItems(communes);
        commune.setItemLabelGenerator(p -> p == null ? "" : p.getName());
        commune.setWidthFull();
        count.setId("print-count");
        commune.addValueChangeListener(e -> {
            offeredJobId = null;
            download.removeAll();
            if (e.getValue() != null) {
                count.setText(getTranslation(
                        "print.count", batch.countPrintable(e.getValue().getId())));
            }
        });
        start = new Button(getTranslation("print.start"), e -> start());
        start.setId("print-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassName("kns-wide-button");
        progress.setId("print-progress");
        progress.setVisible(false);
        progressText.setId("print-progress-text");
        download.setId("print-download");
        add(
                new H1(getTranslation("print.title")),
                new Paragraph(getTranslation("print.intro")),
                commune,
                count,
                start,
                progress,
                progressText,
                download);
        if (communes.size() == 1) {
            commune.setValue(communes.getFirst());
        }
    }

    private void start() {
        if (commune.getValue() == null) {
            commune.setErrorMessage(getTranslation("print.choose"));
            commune.setInvalid(true);
            return;
        }
        CertificateBatch.Job job = batch.start(commune.getValue().getId(), getLocale());
        jobId = job.id();
        offeredJobId = null;
        followingElsewhere = false;
        start.setEnabled(false);
        download.removeAll();
        progress.setVisible(true);
        progress.setValue(0);
        getUI().ifPresent(ui -> ui.setPollInterval(500));
        refresh();
    }

    /**
     * When the screen opens, and then on each slow poll while that print is on another node: where
     * the admin's latest print is. A node killed a moment ago still looks alive for a few seconds
     * (AppNode.GONE_AFTER), so "on another server" turns into "stopped" here once it is known.
     */
    private void showLatest() {
        followingElsewhere = false;
        Optional<CertificateBatch.Latest> found = batch.latest();
        download.removeAll();
        if (found.isPresent() && found.get().where() == CertificateBatch.Where.HERE) {
            resume(found.get()); // polls as its progress or ZIP needs
            return;
        }
        found.ifPresent(latest -> {
            download.add(new PrintAwayNotice(latest.where(), time.format(latest.startedAt())));
            followingElsewhere = latest.where() == CertificateBatch.Where.MAKING_ELSEWHERE
                    || latest.where() == CertificateBatch.Where.WAITING_ELSEWHERE;
        });
        setPolling(followingElsewhere ? WAITING_POLL_MS : -1);
    }

    /** The admin's print on this node: its commune chosen again, its progress or ZIP shown. */
    private void resume(CertificateBatch.Latest latest) {
        communes.stream()
                .filter(p -> p.getId() == latest.communeId())
                .findFirst()
                .ifPresent(place -> {
                    commune.setValue(place);
                    jobId = latest.jobId();
                    start.setEnabled(false);
                    progress.setVisible(true);
                    setPolling(500);
                    refresh();
                });
    }

    /** Called on every poll while a job runs or its ZIP waits (and once at start). */
    void refresh() {
        String running = jobId;
        if (running != null) {
            batch.job(running).ifPresentOrElse(this::showProgress, this::showGone);
        } else if (offeredJobId != null && batch.job(offeredJobId).isEmpty()) {
            showGone();
        } else if (followingElsewhere) {
            showLatest();
        }
    }

    private void showProgress(CertificateBatch.Job job) {
        progress.setValue(job.total() == 0 ? 1 : (double) job.done() / job.total());
        progressText.setText(getTranslation("print.progress", job.done(), job.total()));
        if (!job.finished()) {
            return;
        }
        start.setEnabled(true);
        jobId = null;
        if (job.failed()) {
            setPolling(-1);
            progressText.setText(getTranslation(job.failureKey()));
            return;
        }
        offeredJobId = job.id();
        setPolling(WAITING_POLL_MS);
        String fileName = "giay-chung-nhan-" + commune.getValue().getCode() + ".zip";
        DownloadHandler zipFile = DownloadHandler.fromInputStream(event -> batch.download(job.id())
                        .map(zip -> new DownloadResponse(zip.content(), fileName, "application/zip", zip.size()))
                        .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)))
                .whenComplete(downloaded -> refresh());
        Anchor zip = new Anchor(zipFile, getTranslation("print.download", job.total()));
        zip.setId("print-zip");
        zip.getElement().setAttribute("download", true);
        Paragraph kept = new Paragraph(
                getTranslation("print.kept", job.deletedAt().map(time::format).orElse("")));
        kept.setId("print-kept");
        kept.addClassName("kns-muted");
        download.add(zip, kept);
    }

    private void showGone() {
        jobId = null;
        offeredJobId = null;
        setPolling(-1);
        download.removeAll();
        Paragraph gone = new Paragraph(getTranslation("print.gone"));
        gone.setId("print-gone");
        download.add(gone);
        start.setEnabled(true);
    }

    private void setPolling(int interval) {
        getUI().ifPresent(ui -> ui.setPollInterval(interval));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        pollListener = ui.addPollListener(e -> refresh());
        if (!latestShown) {
            latestShown = true;
            showLatest();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (pollListener != null) {
            pollListener.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("print.title") + " · " + getTranslation("app.name");
    }
}
