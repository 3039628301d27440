package vn.kynangso.bench;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.security.SharedBuckets;

/**
 * What the throttles cost now that their buckets live in the database (DD016): one count (a
 * failed sign-in, a certificate check: lock the row, read, write, commit), one look that finds no
 * bucket (every sign-in asks before the password is checked), and many addresses counting at once
 * from 16 threads, against the same counts kept in memory as before. Prints p50/p95/p99 and counts
 * per second. Tagged "benchmark": {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=ThrottleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class ThrottleBenchmark extends KaribuTest {

    private static final String KIND = "bench-throttle";
    private static final BucketConfiguration LIMIT = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder()
                    .capacity(1_000_000)
                    .refillGreedy(1_000_000, Duration.ofMinutes(1))
                    .build())
            .build();

    @Autowired
    SharedBuckets buckets;

    @Test
    void counts_in_the_database() throws Exception {
        buckets.forgetAll(KIND);
        for (int i = 0; i < 500; i++) { // warm-up
            buckets.bucket(KIND, "warm " + i % 20, LIMIT).tryConsume(1);
            buckets.existing(KIND, "none " + i, LIMIT);
        }

        Latencies count = new Latencies();
        Latencies look = new Latencies();
        Latencies memory = new Latencies();
        Bucket inMemory = Bucket.builder().addLimit(LIMIT.getBandwidths()[0]).build();
        for (int i = 0; i < 2_000; i++) {
            long start = System.nanoTime();
            buckets.bucket(KIND, "address " + i % 200, LIMIT).tryConsume(1);
            count.add(System.nanoTime() - start);
            start = System.nanoTime();
            buckets.existing(KIND, "never counted " + i, LIMIT);
            look.add(System.nanoTime() - start);
            start = System.nanoTime();
            inMemory.tryConsume(1);
            memory.add(System.nanoTime() - start);
        }
        System.out.println("THROTTLE one count (row lock, read, write, commit): " + count.summary());
        System.out.println("THROTTLE one look at a bucket never made:         " + look.summary());
        System.out.println("THROTTLE the same count in memory (before):        " + memory.summary());

        for (int threads : new int[] {4, 16}) {
            Latencies together = new Latencies();
            int each = 500;
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(() -> {
                    for (int i = 0; i < each; i++) {
                        // 1,000 addresses, a few of them busy: some counts meet on one row
                        String address = "crowd "
                                + (ThreadLocalRandom.current().nextInt(10) == 0
                                        ? ThreadLocalRandom.current().nextInt(5)
                                        : ThreadLocalRandom.current().nextInt(1_000));
                        long start = System.nanoTime();
                        buckets.bucket(KIND, address, LIMIT).tryConsume(1);
                        together.add(System.nanoTime() - start);
                    }
                    return null;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long started = System.nanoTime();
            try {
                for (var done : pool.invokeAll(work)) {
                    done.get();
                }
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "THROTTLE %d threads at once: %.0f counts/s, %s%n",
                    threads, threads * each / seconds, together.summary());
        }
        buckets.forgetAll(KIND);
    }
}
