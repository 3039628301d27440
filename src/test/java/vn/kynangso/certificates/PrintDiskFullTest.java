package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.AppNode;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;

/** A print ZIP on a full disk: the job fails with a message saying so, and leaves no half file. */
class PrintDiskFullTest extends KaribuTest {

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

    @Autowired
    TranslationProvider texts;

    private long commune;
    private CertificateBatch batch;
    private Path folder;

    @BeforeEach
    void a_commune_admin_and_a_disk_that_fills_up() throws IOException {
        commune = TestArea.ensure(places, accounts).commune();
        login(TestArea.ADMIN);
        folder = Files.createTempDirectory("print-disk-full");
        // the first bytes land on disk, then the disk is full, as a real ENOSPC would go
        PrintFolder full = PrintFolder.create(folder, file -> new FilterOutputStream(Files.newOutputStream(file)) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > 8) {
                    throw new FileSystemException(file.toString(), null, "No space left on device");
                }
                written += len;
                out.write(b, off, len);
            }
        });
        batch = new CertificateBatch(certificates, renderer, access, currentUser, appClock, records, node, full);
    }

    @AfterEach
    void stop() {
        batch.deleteAll();
    }

    private static CertificateBatch.Job finished(CertificateBatch.Job job) throws InterruptedException {
        for (int i = 0; i < 200 && !job.finished(); i++) {
            Thread.sleep(50);
        }
        assertThat(job.finished()).isTrue();
        return job;
    }

    @Test
    void a_full_disk_fails_the_job_with_a_translated_message_and_deletes_the_half_written_zip() throws Exception {
        CertificateBatch.Job job = finished(batch.start(commune, Locale.ROOT));

        assertThat(job.failed()).isTrue();
        assertThat(job.failureKey()).isEqualTo("print.failed.disk-full");
        assertThat(texts.getTranslation(job.failureKey(), TranslationProvider.VIETNAMESE))
                .contains("ổ đĩa");
        assertThat(job.file()).isEmpty();
        try (var left = Files.walk(folder)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void a_full_disk_is_told_apart_from_other_write_failures() {
        assertThat(PrintFolder.diskFull(
                        new IOException("wrapped", new FileSystemException("x", null, "No space left on device"))))
                .isTrue();
        assertThat(PrintFolder.diskFull(new IOException("Disk quota exceeded"))).isTrue();
        assertThat(PrintFolder.diskFull(new IOException("Permission denied"))).isFalse();
    }
}
