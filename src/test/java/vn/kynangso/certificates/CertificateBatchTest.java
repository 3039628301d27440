package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.AppNode;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;

/** Print ZIPs hold names and birth years: they live until downloaded, an hour at most. */
class CertificateBatchTest extends KaribuTest {

    @Autowired
    CertificateBatch batch;

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    CertificateRepository certificates;

    @Autowired
    CertificateRenderer renderer;

    @Autowired
    CertificateAccess access;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock appClock;

    @Autowired
    PrintJobRecords records;

    @Autowired
    AppNode node;

    private long commune;

    @BeforeEach
    void a_commune_admin() {
        commune = TestArea.ensure(places, accounts).commune();
        login(TestArea.ADMIN);
    }

    private static CertificateBatch.Job finished(CertificateBatch.Job job) throws InterruptedException {
        for (int i = 0; i < 200 && !job.finished(); i++) {
            Thread.sleep(50);
        }
        assertThat(job.finished()).isTrue();
        assertThat(job.failed()).isFalse();
        return job;
    }

    @Test
    void the_zip_is_private_to_the_app_and_deleted_once_downloaded() throws Exception {
        CertificateBatch.Job job = finished(batch.start(commune, Locale.ROOT));
        Path zip = job.file().orElseThrow();
        assertThat(Files.getPosixFilePermissions(zip)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(zip.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));

        CertificateBatch.Download download = batch.download(job.id()).orElseThrow();
        int entries = 0;
        try (InputStream content = download.content();
                ZipInputStream archive = new ZipInputStream(content)) {
            while (archive.getNextEntry() != null) {
                entries++;
            }
            content.transferTo(OutputStream.nullOutputStream()); // to the end, as the browser reads it
            assertThat(batch.job(job.id()))
                    .as("forgotten as soon as it is read to the end")
                    .isEmpty();
        }
        assertThat(entries).isEqualTo(job.total());
        assertThat(zip).doesNotExist();
        assertThat(batch.download(job.id())).isEmpty();
    }

    @Test
    void a_download_broken_off_halfway_leaves_the_zip_for_another_try() throws Exception {
        CertificateBatch.Job job = finished(batch.start(commune, Locale.ROOT));
        try (InputStream content = batch.download(job.id()).orElseThrow().content()) {
            assertThat(content.readNBytes(2)).containsExactly('P', 'K');
        }
        assertThat(job.file().orElseThrow()).exists();
        assertThat(batch.job(job.id())).isPresent();
    }

    @Test
    void a_zip_nobody_downloads_is_deleted_after_an_hour_and_its_job_forgotten() throws Exception {
        CertificateBatch.Job job = finished(batch.start(commune, Locale.ROOT));
        Path zip = job.file().orElseThrow();
        assertThat(job.deletedAt()).isPresent();

        clock.advance(Duration.ofMinutes(59));
        batch.deleteExpired();
        assertThat(zip).exists();
        assertThat(batch.job(job.id())).isPresent();

        clock.advance(Duration.ofMinutes(1));
        batch.deleteExpired();
        assertThat(zip).doesNotExist();
        assertThat(batch.job(job.id())).isEmpty();
        assertThat(batch.download(job.id())).isEmpty();
    }

    @Test
    void a_new_print_replaces_the_zip_made_before() throws Exception {
        CertificateBatch.Job first = finished(batch.start(commune, Locale.ROOT));
        Path zip = first.file().orElseThrow();
        CertificateBatch.Job second = finished(batch.start(commune, Locale.ENGLISH));
        assertThat(zip).doesNotExist();
        assertThat(batch.job(first.id())).isEmpty();
        assertThat(second.file().orElseThrow()).exists();
    }

    @Test
    void stopping_the_app_leaves_no_zip_behind() throws Exception {
        // a batch of its own, so that the app's one keeps running for the other tests
        CertificateBatch own =
                new CertificateBatch(certificates, renderer, access, currentUser, appClock, records, node);
        CertificateBatch.Job job = finished(own.start(commune, Locale.ROOT));
        Path folder = job.file().orElseThrow().getParent();
        assertThat(folder).isNotEmptyDirectory();

        own.deleteAll(); // what Spring calls when the app stops

        assertThat(folder).doesNotExist();
    }
}
