package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared PDF drawers: a bounded number, each used by one thread at a time, kept for the next. */
class CertificateDrawersTest {

    private final AtomicInteger made = new AtomicInteger();

    private CertificateDrawers drawers(int size) {
        return new CertificateDrawers(size, () -> {
            made.incrementAndGet();
            return new CertificatePdf();
        });
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_third_drawing_waits_for_one_of_two_drawers_and_then_reuses_it() throws Exception {
        CertificateDrawers drawers = drawers(2);
        CountDownLatch entered = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
            for (int i = 0; i < 2; i++) {
                threads.submit(() -> drawers.withDrawer(drawer -> {
                    entered.countDown();
                    awaitUninterruptibly(release);
                    return drawer;
                }));
            }
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            Future<CertificatePdf> third = threads.submit(() -> drawers.withDrawer(drawer -> drawer));
            assertThatThrownBy(() -> third.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

            release.countDown();
            assertThat(third.get(10, TimeUnit.SECONDS)).isNotNull();
        }
        assertThat(made).hasValue(2);
        assertThat(drawers.idle()).isEqualTo(2);
    }

    @Test
    void one_thread_drawing_again_and_again_uses_one_drawer() {
        CertificateDrawers drawers = drawers(4);
        CertificatePdf first = drawers.withDrawer(drawer -> drawer);
        for (int i = 0; i < 5; i++) {
            CertificatePdf again = drawers.withDrawer(drawer -> drawer);
            assertThat(again).isSameAs(first);
        }
        assertThat(made).hasValue(1);
    }

    @Test
    void a_drawing_that_fails_gives_its_drawer_back() {
        CertificateDrawers drawers = drawers(1);
        assertThatThrownBy(() -> drawers.withDrawer(drawer -> {
                    throw new IllegalStateException("broken page");
                }))
                .hasMessage("broken page");
        String drawn = drawers.withDrawer(drawer -> "drawn");
        assertThat(drawn).isEqualTo("drawn");
        assertThat(made).hasValue(1);
        assertThat(drawers.idle()).isEqualTo(1);
    }
}
