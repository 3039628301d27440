package vn.kynangso.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Durations of one kind of request, kept as recorded (thread-safe) and summarised as nearest-rank
 * percentiles in milliseconds. A few thousand samples a minute stay small: 8 bytes each.
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    /** Records one duration, in nanoseconds. */
    synchronized void add(long duration) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = duration;
    }

    synchronized int count() {
        return size;
    }

    /** Forgets every sample (after a warm-up). */
    synchronized void clear() {
        size = 0;
    }

    /** The nearest-rank percentile {@code p} (0 < p ≤ 100) in milliseconds; 0 without samples. */
    double percentileMillis(double p) {
        long[] sorted = sorted();
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
    }

    /** "n=… p50 … p95 … p99 … max … ms". */
    String summary() {
        if (count() == 0) {
            return "n=0";
        }
        return String.format(
                Locale.ROOT,
                "n=%d  p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms",
                count(),
                percentileMillis(50),
                percentileMillis(95),
                percentileMillis(99),
                percentileMillis(100));
    }

    private synchronized long[] sorted() {
        long[] copy = Arrays.copyOf(nanos, size);
        Arrays.sort(copy);
        return copy;
    }
}
