package vn.kynangso.certificates;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;

/**
 * Prints every valid certificate of a commune at once, in the background: the PDFs are drawn on
 * all cores and packed into one ZIP file, while the screen shows how far it has got. A commune's
 * 20,000 certificates take about half a minute on two cores.
 */
@Service
public class CertificateBatch {

    private static final Logger log = LoggerFactory.getLogger(CertificateBatch.class);

    private final JdbcClient jdbc;
    private final CertificateService certificates;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final ExecutorService runner = Executors.newFixedThreadPool(
            1, Thread.ofPlatform().name("certificate-batch-", 0).daemon(true).factory());
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    CertificateBatch(JdbcClient jdbc, CertificateService certificates, PlaceService places, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.certificates = certificates;
        this.places = places;
        this.currentUser = currentUser;
    }

    /** A print job: how many certificates, how many drawn, and the ZIP file once done. */
    public static final class Job {
        private final String id;
        private final long accountId;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private volatile @Nullable Path file;
        private volatile boolean failed;

        Job(String id, long accountId, int total) {
            this.id = id;
            this.accountId = accountId;
            this.total = total;
        }

        public String id() {
            return id;
        }

        public int total() {
            return total;
        }

        public int done() {
            return done.get();
        }

        public boolean finished() {
            return file != null || failed;
        }

        public boolean failed() {
            return failed;
        }

        public Optional<Path> file() {
            return Optional.ofNullable(file);
        }
    }

    /** Starts printing a commune's valid certificates in the given language; returns at once. */
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Job start(long communeId, Locale locale) {
        if (!places.isWithin(communeId, currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("commune outside the area");
        }
        List<Long> ids = jdbc.sql("SELECT id FROM certificate WHERE commune_id = ? AND revoked_at IS NULL"
                        + " AND holder_erased_at IS NULL ORDER BY id")
                .param(communeId)
                .query(Long.class)
                .list();
        Job job = new Job(UUID.randomUUID().toString(), currentUser.require().getAccountId(), ids.size());
        jobs.put(job.id, job);
        runner.submit(() -> run(job, ids, locale));
        return job;
    }

    /** A job of the signed-in admin's. */
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<Job> job(String id) {
        long me = currentUser.require().getAccountId();
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.accountId == me);
    }

    private void run(Job job, List<Long> ids, Locale locale) {
        try {
            Path zip = Files.createTempFile("giay-chung-nhan-", ".zip");
            zip.toFile().deleteOnExit();
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            try (ExecutorService drawers = Executors.newFixedThreadPool(threads);
                    OutputStream out = Files.newOutputStream(zip);
                    ZipOutputStream archive = new ZipOutputStream(out)) {
                archive.setLevel(1); // PDFs are compressed already
                int chunk = 64;
                for (int from = 0; from < ids.size(); from += chunk) {
                    List<Long> slice = ids.subList(from, Math.min(ids.size(), from + chunk));
                    List<Future<Drawn>> drawn = certificates.byIds(slice).stream()
                            .map(certificate -> drawers.submit(() -> certificates.drawForBatch(certificate, locale)))
                            .toList();
                    for (Future<Drawn> future : drawn) {
                        Drawn pdf = future.get();
                        archive.putNextEntry(new ZipEntry(pdf.fileName()));
                        archive.write(pdf.bytes());
                        archive.closeEntry();
                        job.done.incrementAndGet();
                    }
                }
            }
            job.file = zip;
        } catch (IOException e) {
            job.failed = true;
            log.error("certificate batch {} failed", job.id, new UncheckedIOException(e));
        } catch (Exception e) {
            job.failed = true;
            log.error("certificate batch {} failed", job.id, e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One drawn certificate and the name it has in the ZIP. */
    record Drawn(String fileName, byte[] bytes) {}
}
