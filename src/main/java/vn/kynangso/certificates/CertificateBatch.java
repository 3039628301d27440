package vn.kynangso.certificates;

import jakarta.annotation.PreDestroy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.AppNode;
import vn.kynangso.security.CurrentUser;

/**
 * Prints every valid certificate of a commune at once, in the background: the PDFs are drawn on
 * all cores and packed into one ZIP file, while the screen shows how far it has got. A commune's
 * 20,000 certificates take about half a minute on two cores.
 *
 * <p>The ZIP holds names and birth years, so it is kept only until it is downloaded, and never more
 * than {@link #KEEP} after it was made: then it is deleted and its job forgotten. It is written to
 * a folder only the app's own system user can open, which is emptied when the app stops.
 *
 * <p>With several app nodes, a job runs on the node that started it and its ZIP stays on that
 * node's disk; the database records each job's node ({@code print_job}), so that the admin is told,
 * on whichever node they are, when the job is on another node or stopped with its node ({@link
 * #latest()}).
 */
@Service
public class CertificateBatch {

    /** How long a finished ZIP waits to be downloaded. */
    public static final Duration KEEP = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(CertificateBatch.class);

    private final CertificateRepository certificates;
    private final CertificateRenderer renderer;
    private final CertificateAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PrintFolder folder;
    private final PrintJobRecords records;
    private final AppNode node;
    private final ExecutorService runner = Executors.newFixedThreadPool(
            1, Thread.ofPlatform().name("certificate-batch-", 0).daemon(true).factory());
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    /** Files of jobs still being drawn, which the cleanup must leave alone (guarded by itself). */
    private final Set<Path> runningFiles = new HashSet<>();

    @Autowired
    CertificateBatch(
            CertificateRepository certificates,
            CertificateRenderer renderer,
            CertificateAccess access,
            CurrentUser currentUser,
            Clock clock,
            PrintJobRecords records,
            AppNode node) {
        this(
                certificates,
                renderer,
                access,
                currentUser,
                clock,
                records,
                node,
                PrintFolder.create(Path.of(System.getProperty("java.io.tmpdir"))));
    }

    CertificateBatch(
            CertificateRepository certificates,
            CertificateRenderer renderer,
            CertificateAccess access,
            CurrentUser currentUser,
            Clock clock,
            PrintJobRecords records,
            AppNode node,
            PrintFolder folder) {
        this.records = records;
        this.node = node;
        this.certificates = certificates;
        this.renderer = renderer;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.folder = folder;
    }

    /** A print job: how many certificates, how many drawn, and the ZIP file once done. */
    public static final class Job {
        private final String id;
        private final long accountId;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private volatile @Nullable Path file;
        private volatile @Nullable Instant finishedAt;
        private volatile boolean failed;
        private volatile boolean diskFull;

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
            return finishedAt != null;
        }

        public boolean failed() {
            return failed;
        }

        /**
         * The translation key of why a failed job failed: the server's disk was full, or something
         * else went wrong (the log says what).
         */
        public String failureKey() {
            return diskFull ? "print.failed.disk-full" : "print.failed";
        }

        /** When the ZIP is deleted if nobody downloads it first (empty while the job runs). */
        public Optional<Instant> deletedAt() {
            Instant at = finishedAt;
            return at == null || failed ? Optional.empty() : Optional.of(at.plus(KEEP));
        }

        Optional<Path> file() {
            return Optional.ofNullable(file);
        }
    }

    /** A finished ZIP being downloaded: read it to the end and it is deleted. */
    public record Download(InputStream content, long size) {}

    /** Where an admin's latest print is, seen from the node they are on. */
    public enum Where {
        /** On this node: {@link #job(String)} tells how far it has got. */
        HERE,
        /** Still being made on another node that is running. */
        MAKING_ELSEWHERE,
        /** Made, its ZIP waiting on another node that is running: it cannot be downloaded here. */
        WAITING_ELSEWHERE,
        /** Its node stopped before it was made. */
        STOPPED,
        /** Made, but its ZIP was on a node that has stopped since. */
        LOST
    }

    /** An admin's latest print: when it started, for which commune, and where it is. */
    public record Latest(String jobId, long communeId, Instant startedAt, Where where) {}

    /**
     * How many certificates a print of this commune makes: the valid ones that name their holder (a
     * certificate whose holder's data was erased is not printed).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public long countPrintable(long communeId) {
        access.checkCommuneInMyArea(communeId);
        return certificates.countPrintableIn(communeId);
    }

    /** Starts printing a commune's valid certificates in the given language; returns at once. */
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Job start(long communeId, Locale locale) {
        access.checkCommuneInMyArea(communeId);
        List<Long> ids = certificates.printableIdsIn(communeId);
        long me = currentUser.require().getAccountId();
        // one waiting ZIP a person: a new print replaces the ones made before
        jobs.values().removeIf(earlier -> earlier.accountId == me && earlier.finished() && forget(earlier));
        for (PrintJobRecords.Row earlier : records.of(me)) {
            boolean stillRunning = earlier.state() == PrintJobRecords.State.RUNNING
                    && node.of(earlier.nodeId()) != AppNode.Liveness.GONE;
            if (!stillRunning) {
                records.forget(earlier.id());
            }
        }
        Job job = new Job(UUID.randomUUID().toString(), me, ids.size());
        records.started(job.id, me, communeId, job.total, node.id(), clock.instant());
        jobs.put(job.id, job);
        runner.submit(() -> run(job, ids, locale));
        return job;
    }

    /**
     * The signed-in admin's latest print, wherever it runs: on this node, on another node still
     * running (its progress and ZIP are there, not here), or on a node that has gone away since.
     * Empty when there is none, or once it was downloaded, replaced, failed elsewhere or expired.
     */
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<Latest> latest() {
        long me = currentUser.require().getAccountId();
        return records.latestOf(me).flatMap(this::seenFromHere);
    }

    private Optional<Latest> seenFromHere(PrintJobRecords.Row row) {
        AppNode.Liveness where = node.of(row.nodeId());
        @Nullable
        Where seen = switch (row.state()) {
            case STOPPED -> Where.STOPPED;
            case RUNNING ->
                switch (where) {
                    case HERE -> jobs.containsKey(row.id()) ? Where.HERE : null;
                    case ALIVE -> Where.MAKING_ELSEWHERE;
                    case GONE -> Where.STOPPED;
                };
            case DONE ->
                switch (where) {
                    case HERE -> jobs.containsKey(row.id()) ? Where.HERE : null;
                    case ALIVE -> Where.WAITING_ELSEWHERE;
                    case GONE -> Where.LOST;
                };
            case FAILED -> where == AppNode.Liveness.HERE && jobs.containsKey(row.id()) ? Where.HERE : null;
        };
        return Optional.ofNullable(seen).map(w -> new Latest(row.id(), row.communeId(), row.startedAt(), w));
    }

    /** At start: the jobs this node's earlier starts were running stopped with them. */
    @EventListener(ApplicationReadyEvent.class)
    void earlierStartsStopped() {
        records.stoppedWith(node.earlierStarts(), clock.instant());
    }

    /** A job of the signed-in admin's; empty once its ZIP has been downloaded or deleted. */
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<Job> job(String id) {
        long me = currentUser.require().getAccountId();
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.accountId == me);
    }

    /**
     * The ZIP of a finished job of the signed-in admin's. Once it has been read to the end, the job
     * is forgotten and the file deleted (when the stream is closed); a download broken off halfway
     * leaves it for another try, within the hour.
     */
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<Download> download(String id) {
        Optional<Job> mine = job(id);
        if (mine.isEmpty() || mine.get().file == null) {
            return Optional.empty();
        }
        Job job = mine.get();
        Path file = Objects.requireNonNull(job.file);
        try {
            long size = Files.size(file);
            InputStream content = new FilterInputStream(Files.newInputStream(file)) {
                private boolean complete;

                @Override
                public int read() throws IOException {
                    return atEnd(super.read());
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return atEnd(super.read(b, off, len));
                }

                private int atEnd(int read) {
                    if (read < 0 && !complete) {
                        complete = true;
                        jobs.remove(job.id, job); // the screen sees at once that it is gone
                        records.forget(job.id);
                    }
                    return read;
                }

                @Override
                public void close() throws IOException {
                    super.close();
                    if (complete) {
                        folder.delete(file);
                    }
                }
            };
            return Optional.of(new Download(content, size));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes every ZIP that has waited {@link #KEEP} since it was made, and forgets finished jobs
     * from then on (and any file no job knows of). Runs every minute; the schedule is {@code
     * kns.print.cleanup-cron} ({@code -} turns it off, as the tests do: they call it themselves).
     */
    @Scheduled(cron = "${kns.print.cleanup-cron:0 * * * * *}")
    public void deleteExpired() {
        Instant now = clock.instant();
        jobs.values().removeIf(job -> {
            Instant finished = job.finishedAt;
            return finished != null && !now.isBefore(finished.plus(KEEP)) && forget(job);
        });
        // rows of every node's jobs: any node may delete them, and two at once delete the same
        records.forgetEndedBefore(now.minus(KEEP));
        for (PrintJobRecords.Row running : records.runningSince(now.minus(KEEP))) {
            if (node.of(running.nodeId()) == AppNode.Liveness.GONE) {
                records.forget(running.id());
            }
        }
        synchronized (runningFiles) {
            Set<Path> known = new HashSet<>(runningFiles);
            jobs.values().forEach(job -> {
                Path file = job.file;
                if (file != null) {
                    known.add(file);
                }
            });
            folder.deleteAllBut(known);
        }
    }

    /** Deletes a finished job's ZIP; true, so that it can be dropped from the map. */
    private boolean forget(Job job) {
        Path file = job.file;
        if (file != null) {
            folder.delete(file);
        }
        return true;
    }

    /** When the app stops: no job runs on, no ZIP stays behind. */
    @PreDestroy
    void deleteAll() {
        runner.shutdownNow();
        try {
            Instant now = clock.instant();
            jobs.values().stream()
                    .filter(job -> !job.finished())
                    .forEach(job -> records.ended(job.id, PrintJobRecords.State.STOPPED, now));
        } catch (DataAccessException e) {
            log.warn("could not record the print jobs stopped with the app: {}", e.getMessage());
        }
        jobs.clear();
        folder.deleteFolder();
    }

    private void run(Job job, List<Long> ids, Locale locale) {
        Path zip = null;
        try {
            synchronized (runningFiles) {
                zip = folder.newFile();
                runningFiles.add(zip);
            }
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            try (ExecutorService drawers = Executors.newFixedThreadPool(threads);
                    OutputStream out = folder.write(zip);
                    ZipOutputStream archive = new ZipOutputStream(out)) {
                archive.setLevel(1); // PDFs are compressed already
                int chunk = 64;
                for (int from = 0; from < ids.size(); from += chunk) {
                    List<Long> slice = ids.subList(from, Math.min(ids.size(), from + chunk));
                    List<Future<Drawn>> drawn = certificates.byIds(slice).stream()
                            .map(certificate -> drawers.submit(() -> renderer.renderNamed(certificate, locale)))
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
            job.diskFull = PrintFolder.diskFull(e);
            failed(job, zip);
            if (job.diskFull) {
                // the cause is known and says nothing about the code: one line, without a stack trace
                log.error("certificate batch {} failed: no space left in {}", job.id, folder.dir());
            } else {
                log.error("certificate batch {} failed", job.id, new UncheckedIOException(e));
            }
        } catch (Exception e) {
            failed(job, zip);
            log.error("certificate batch {} failed", job.id, e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            Instant finished = clock.instant();
            job.finishedAt = finished;
            synchronized (runningFiles) {
                runningFiles.remove(zip);
            }
            try {
                records.ended(job.id, job.failed ? PrintJobRecords.State.FAILED : PrintJobRecords.State.DONE, finished);
            } catch (DataAccessException e) {
                // the ZIP is here all the same; only other nodes would not know it is done
                log.warn("could not record certificate batch {} as ended: {}", job.id, e.getMessage());
            }
        }
    }

    private void failed(Job job, @Nullable Path zip) {
        job.failed = true;
        if (zip != null) {
            folder.delete(zip);
        }
    }

    /** One drawn certificate and the name it has in the ZIP. */
    record Drawn(String fileName, byte[] bytes) {}
}
