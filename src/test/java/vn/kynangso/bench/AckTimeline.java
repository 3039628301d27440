package vn.kynangso.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a fault did to answering, read from the load client's acknowledged answers ({@link AckLog})
 * around the moment of the fault: the rate before it, the lowest rate after it (over 5-second
 * windows), when the rate was back to 80 % of the rate before, and the longest stretch with no
 * answer acknowledged at all. Run by {@code bench/cluster/run-all.sh}:
 * {@code AckTimeline --acks=file --at=<epoch ms> [--name=…]}; prints {@code name_…=value} lines.
 */
final class AckTimeline {

    /** The seconds before the fault over which the normal rate is taken. */
    static final int BEFORE_SECONDS = 20;

    /** The window over which the rate after the fault is taken. */
    static final int WINDOW_SECONDS = 5;

    /** How far after the fault the dip is looked for. */
    static final int DIP_SECONDS = 40;

    /**
     * The figures.
     *
     * @param before answers a second over {@link #BEFORE_SECONDS} before the fault
     * @param lowest the lowest rate over a {@link #WINDOW_SECONDS} window starting in the {@link
     *     #DIP_SECONDS} after the fault
     * @param recoveredMillis from the fault to the start of the first window after the lowest one
     *     whose rate is at least 80 % of {@code before}; -1 if it never was
     * @param longestGapMillis the longest time without any acknowledged answer, from 5 s before the
     *     fault to the last answer
     * @param resumedMillis from the fault to the end of that longest gap (the first answer after it)
     * @param after answers acknowledged after the fault
     */
    record Figures(
            double before,
            double lowest,
            long recoveredMillis,
            long longestGapMillis,
            long resumedMillis,
            long after) {}

    private AckTimeline() {}

    /** Reads the file and prints the figures for the fault at {@code --at}. */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = LoadClient.arguments(args);
        List<AckLog.Ack> acks = AckLog.read(Path.of(a.getOrDefault("acks", "target/load/acks.jsonl")));
        Instant at = Instant.ofEpochMilli(Long.parseLong(a.get("at")));
        String name = a.getOrDefault("name", "fault");
        Figures f = figures(acks.stream().map(AckLog.Ack::verdictAt).toList(), at);
        System.out.println(String.format(
                Locale.ROOT,
                "%1$s_rate_before=%2$.1f/s%n%1$s_lowest_rate=%3$.1f/s%n%1$s_back_to_80pct_after_ms=%4$d%n"
                        + "%1$s_longest_gap_ms=%5$d%n%1$s_first_answer_after_that_gap_ms=%6$d%n"
                        + "%1$s_acknowledged_after=%7$d",
                name,
                f.before(),
                f.lowest(),
                f.recoveredMillis(),
                f.longestGapMillis(),
                f.resumedMillis(),
                f.after()));
    }

    /** The figures for a fault at {@code at}, from the moments answers were acknowledged. */
    static Figures figures(List<Instant> verdicts, Instant at) {
        long t0 = at.toEpochMilli();
        long[] times =
                verdicts.stream().mapToLong(Instant::toEpochMilli).sorted().toArray();
        double before = count(times, t0 - BEFORE_SECONDS * 1000L, t0) / (double) BEFORE_SECONDS;
        long last = times.length == 0 ? t0 : times[times.length - 1];
        // the lowest window, stepping by 250 ms; only windows that end before the last answer count
        double lowest = Double.MAX_VALUE;
        long lowestAt = t0;
        for (long s = t0; s <= t0 + DIP_SECONDS * 1000L && s + WINDOW_SECONDS * 1000L <= last; s += 250) {
            double rate = count(times, s, s + WINDOW_SECONDS * 1000L) / (double) WINDOW_SECONDS;
            if (rate < lowest) {
                lowest = rate;
                lowestAt = s;
            }
        }
        if (lowest == Double.MAX_VALUE) {
            lowest = 0;
        }
        long recovered = -1;
        for (long s = lowestAt; s + WINDOW_SECONDS * 1000L <= last; s += 250) {
            if (count(times, s, s + WINDOW_SECONDS * 1000L) / (double) WINDOW_SECONDS >= 0.8 * before) {
                recovered = s - t0;
                break;
            }
        }
        long gap = 0;
        long gapEnd = t0;
        long previous = t0 - 5000;
        for (long t : times) {
            if (t >= previous) {
                if (t - previous > gap) {
                    gap = t - previous;
                    gapEnd = t;
                }
                previous = t;
            }
        }
        return new Figures(before, lowest, recovered, gap, gapEnd - t0, count(times, t0, Long.MAX_VALUE));
    }

    /** How many moments fall in [from, to). */
    private static long count(long[] sorted, long from, long to) {
        return java.util.Arrays.stream(sorted).filter(t -> t >= from && t < to).count();
    }
}
