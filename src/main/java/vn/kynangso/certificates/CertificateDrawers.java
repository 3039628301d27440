package vn.kynangso.certificates;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A few PDF drawers shared by every thread that draws certificates. A drawer holds the embedded
 * font, which keeps state while a document is written, so one thread at a time uses it; loading the
 * font costs milliseconds, so drawers are kept rather than made per certificate. At most {@code
 * size} draw at once (as many as the cores can run, twice over), each on a drawer nobody else holds.
 *
 * <p>A queue and a semaphore are enough here: drawers never break, never go stale and cost little
 * memory, so a pool library's validation, eviction and idle limits would have nothing to do
 * (measured in docs/decisions/DD005-certificates-after-commit.md).
 */
final class CertificateDrawers {

    private final BlockingQueue<CertificatePdf> idle = new LinkedBlockingQueue<>();
    private final Semaphore slots;
    private final Supplier<CertificatePdf> factory;

    CertificateDrawers(int size, Supplier<CertificatePdf> factory) {
        this.slots = new Semaphore(size);
        this.factory = factory;
    }

    /** Runs {@code work} with a drawer of its own, waiting while {@code size} are in use. */
    <T> T withDrawer(Function<CertificatePdf, T> work) {
        slots.acquireUninterruptibly();
        CertificatePdf drawer = idle.poll();
        try {
            if (drawer == null) {
                drawer = factory.get();
            }
            return work.apply(drawer);
        } finally {
            if (drawer != null) {
                idle.offer(drawer);
            }
            slots.release();
        }
    }

    /** Drawers made so far and waiting for work. */
    int idle() {
        return idle.size();
    }
}
