package vn.kynangso.certificates.ui;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.AppNode;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.certificates.CertificateBatch;
import vn.kynangso.certificates.OtherNodes;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;

class PrintCertificatesViewTest extends KaribuTest {

    @Autowired
    CertificateBatch batch;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_commune_admin_prints_the_communes_certificates_in_the_background_with_progress() throws Exception {
        long commune = TestArea.ensure(places, accounts).commune();
        login(TestArea.ADMIN);
        long before = batch.countPrintable(commune);
        login(Learners.newResident(places, people, accounts));
        Learners.passCourse(learning, catalog, "thanh-toan-truc-tuyen");

        login(TestArea.ADMIN);
        long valid = batch.countPrintable(commune);
        assertThat(valid).as("the new learner's certificate is one more").isEqualTo(before + 1);
        UI.getCurrent().navigate("certificates/print");
        assertThat(_get(Paragraph.class, spec -> spec.withId("print-count")).getText())
                .isEqualTo("Có " + valid + " giấy chứng nhận còn hiệu lực.");
        _click(_get(Button.class, spec -> spec.withId("print-start")));
        assertThat(UI.getCurrent().getPollInterval())
                .as("the screen polls for progress")
                .isPositive();
        PrintCertificatesView view = _get(PrintCertificatesView.class);
        for (int i = 0;
                i < 100 && _find(Anchor.class, spec -> spec.withId("print-zip")).isEmpty();
                i++) {
            Thread.sleep(100);
            view.refresh();
        }
        assertThat(_get(Paragraph.class, spec -> spec.withId("print-progress-text"))
                        .getText())
                .isEqualTo("Đã tạo " + valid + "/" + valid + " giấy chứng nhận");
        assertThat(_get(Anchor.class, spec -> spec.withId("print-zip")).getText())
                .isEqualTo("Tải tệp ZIP (" + valid + " giấy chứng nhận)");
        assertThat(UI.getCurrent().getPollInterval())
                .as("done: the screen only checks, slowly, that the ZIP is still there")
                .isEqualTo(PrintCertificatesView.WAITING_POLL_MS);

        CertificateBatch.Job job = batch.start(commune, Locale.ENGLISH);
        for (int i = 0; i < 100 && !job.finished(); i++) {
            Thread.sleep(100);
        }
        int entries = 0;
        try (ZipInputStream zip =
                new ZipInputStream(batch.download(job.id()).orElseThrow().content())) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getName()).endsWith(".pdf");
                assertThat(new String(zip.readNBytes(5))).isEqualTo("%PDF-");
                entries++;
            }
        }
        assertThat(entries).isEqualTo(valid);
    }

    /** Starts a print on the screen and waits for its ZIP to be offered. */
    private PrintCertificatesView printed() throws InterruptedException {
        UI.getCurrent().navigate("certificates/print");
        _click(_get(Button.class, spec -> spec.withId("print-start")));
        PrintCertificatesView view = _get(PrintCertificatesView.class);
        for (int i = 0;
                i < 100 && _find(Anchor.class, spec -> spec.withId("print-zip")).isEmpty();
                i++) {
            Thread.sleep(100);
            view.refresh();
        }
        assertThat(_find(Anchor.class, spec -> spec.withId("print-zip"))).hasSize(1);
        return view;
    }

    private void the_screen_says_the_zip_is_gone() {
        assertThat(_get(Paragraph.class, spec -> spec.withId("print-gone")).getText())
                .isEqualTo("Tệp ZIP đã được xoá vì đã tải về hoặc đã quá một giờ."
                        + " Cần lại thì bấm “Bắt đầu tạo tệp” để tạo tệp mới.");
        assertThat(_find(Anchor.class, spec -> spec.withId("print-zip"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("print-start")).isEnabled())
                .isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }

    @Test
    void the_screen_says_when_the_zip_is_deleted_after_download_and_offers_to_make_it_again() throws Exception {
        TestArea.ensure(places, accounts);
        login(TestArea.ADMIN);
        printed();
        assertThat(_get(Paragraph.class, spec -> spec.withId("print-kept")).getText())
                .startsWith("Tệp có họ tên và năm sinh nên chỉ được giữ đến khi bạn tải về, lâu nhất đến ")
                .endsWith(" (một giờ sau khi tạo xong).");
        assertThat(UI.getCurrent().getPollInterval())
                .as("the screen keeps checking, slowly, while the ZIP waits")
                .isEqualTo(PrintCertificatesView.WAITING_POLL_MS);

        byte[] zip = _download(_get(Anchor.class, spec -> spec.withId("print-zip")));
        assertThat(zip).startsWith('P', 'K');
        MockVaadin.clientRoundtrip(false);

        the_screen_says_the_zip_is_gone();
    }

    @Test
    void the_screen_says_when_the_zip_is_deleted_after_an_hour() throws Exception {
        TestArea.ensure(places, accounts);
        login(TestArea.ADMIN);
        PrintCertificatesView view = printed();

        clock.advance(Duration.ofHours(1));
        batch.deleteExpired();
        view.refresh(); // the next poll

        the_screen_says_the_zip_is_gone();
    }

    @Test
    void another_communes_certificates_are_not_printable() {
        long commune = TestArea.ensure(places, accounts).commune();
        login("quantrixa");
        assertThatThrownBy(() -> batch.start(commune, Locale.ROOT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> batch.countPrintable(commune)).isInstanceOf(AccessDeniedException.class);
    }

    /** The test admin, with no print anywhere yet; the other nodes' rows to add theirs to. */
    private OtherNodes noPrintYet() {
        TestArea.ensure(places, accounts);
        login(TestArea.ADMIN);
        OtherNodes others = new OtherNodes(jdbc);
        others.noJobsOf(currentUser.require().getAccountId());
        return others;
    }

    private String shown(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy")
                .withZone(clock.getZone())
                .format(at);
    }

    private void the_start_button_is_offered() {
        assertThat(_find(Anchor.class, spec -> spec.withId("print-zip"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("print-start")).isEnabled())
                .isTrue();
    }

    @Test
    void the_screen_says_the_latest_print_stopped_because_its_server_stopped() {
        OtherNodes others = noPrintYet();
        long admin = currentUser.require().getAccountId();
        long commune = TestArea.ensure(places, accounts).commune();
        Instant now = clock.instant();
        String gone = others.node(OtherNodes.newName(), now.minus(Duration.ofHours(2)), now.minusSeconds(20));
        Instant started = now.minus(Duration.ofMinutes(4));
        others.job(admin, commune, gone, started, "RUNNING");

        UI.getCurrent().navigate("certificates/print");

        assertThat(_get(Paragraph.class, spec -> spec.withId("print-stopped")).getText())
                .isEqualTo("Lần tạo tệp bắt đầu lúc " + shown(started)
                        + " đã dừng vì máy chủ chạy nó đã ngừng hoạt động. Bấm “Bắt đầu tạo tệp” để tạo lại.");
        the_start_button_is_offered();

        others.noJobsOf(admin);
        others.job(admin, commune, gone, started, "DONE");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("certificates/print");
        assertThat(_get(Paragraph.class, spec -> spec.withId("print-stopped")).getText())
                .isEqualTo("Tệp ZIP bắt đầu tạo lúc " + shown(started)
                        + " nằm trên một máy chủ đã ngừng hoạt động nên không còn tải về được."
                        + " Bấm “Bắt đầu tạo tệp” để tạo lại.");
        the_start_button_is_offered();
    }

    @Test
    void the_screen_says_the_latest_print_is_on_another_server_and_makes_a_new_one_here() throws Exception {
        OtherNodes others = noPrintYet();
        long admin = currentUser.require().getAccountId();
        long commune = TestArea.ensure(places, accounts).commune();
        Instant now = clock.instant();
        String alive = others.node(OtherNodes.newName(), now.minus(Duration.ofHours(2)), now);
        Instant started = now.minus(Duration.ofMinutes(1));
        others.job(admin, commune, alive, started, "RUNNING");

        UI.getCurrent().navigate("certificates/print");

        assertThat(_get(Paragraph.class, spec -> spec.withId("print-elsewhere")).getText())
                .isEqualTo("Lần tạo tệp bắt đầu lúc " + shown(started)
                        + " đang chạy trên một máy chủ khác nên không theo dõi hay tải về được ở đây."
                        + " Bạn có thể bấm “Bắt đầu tạo tệp” để tạo tệp mới ở đây.");
        the_start_button_is_offered();
        assertThat(UI.getCurrent().getPollInterval())
                .as("asked again now and then")
                .isEqualTo(PrintCertificatesView.WAITING_POLL_MS);

        printed(); // a new one, here
        assertThat(_find(Paragraph.class, spec -> spec.withId("print-elsewhere")))
                .isEmpty();
    }

    @Test
    void a_print_on_a_server_killed_a_moment_ago_is_shown_stopped_once_that_is_known() throws Exception {
        OtherNodes others = noPrintYet();
        long admin = currentUser.require().getAccountId();
        long commune = TestArea.ensure(places, accounts).commune();
        Instant now = clock.instant();
        String killed = others.node(OtherNodes.newName(), now.minus(Duration.ofHours(2)), now);
        Instant started = now.minus(Duration.ofMinutes(1));
        others.job(admin, commune, killed, started, "RUNNING");

        UI.getCurrent().navigate("certificates/print");
        assertThat(_find(Paragraph.class, spec -> spec.withId("print-elsewhere")))
                .hasSize(1);

        clock.advance(AppNode.GONE_AFTER.plusSeconds(1)); // its heartbeat stopped with it
        _get(PrintCertificatesView.class).refresh(); // the next slow poll
        assertThat(_find(Paragraph.class, spec -> spec.withId("print-elsewhere")))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("print-stopped")).getText())
                .startsWith("Lần tạo tệp bắt đầu lúc " + shown(started));
        assertThat(UI.getCurrent().getPollInterval())
                .as("nothing more to follow")
                .isEqualTo(-1);
        the_start_button_is_offered();
    }

    @Test
    void the_screen_opened_again_shows_the_zip_made_here() throws Exception {
        noPrintYet();
        printed();

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("certificates/print");

        assertThat(_get(Anchor.class, spec -> spec.withId("print-zip")).getText())
                .startsWith("Tải tệp ZIP (");
        assertThat(_find(Paragraph.class, spec -> spec.withId("print-stopped"))).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(PrintCertificatesView.WAITING_POLL_MS);
    }

    @Test
    void another_admin_is_not_told_of_someone_elses_print() {
        OtherNodes others = noPrintYet();
        long admin = currentUser.require().getAccountId();
        Instant now = clock.instant();
        String gone = others.node(OtherNodes.newName(), now.minus(Duration.ofHours(2)), now.minusSeconds(60));
        others.job(admin, TestArea.ensure(places, accounts).commune(), gone, now, "RUNNING");

        login("quantrixa");
        UI.getCurrent().navigate("certificates/print");

        assertThat(_find(Paragraph.class, spec -> spec.withId("print-stopped"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("print-elsewhere")))
                .isEmpty();
    }
}
