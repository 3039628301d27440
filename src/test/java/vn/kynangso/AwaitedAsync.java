package vn.kynangso;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Runs the app's {@code @Async} work (after-commit listeners such as certificate issuing) as the app
 * does, on a thread of its own (no signed-in person, no UI, a transaction of its own), but makes the
 * thread that handed it over wait until it is done. A test therefore sees what a listener did as
 * soon as the transaction that published the event has committed: nothing sleeps or polls, and a
 * listener's failure is handled (logged, its publication left incomplete) as in the app.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AwaitedAsync implements AsyncConfigurer {

    private final ExecutorService threads = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("awaited-async-", 0).daemon(true).factory());

    @Override
    public Executor getAsyncExecutor() {
        return task -> {
            try {
                threads.submit(task).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        };
    }
}
