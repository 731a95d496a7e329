package dk.skranke.tools.bench;

import java.util.Arrays;

/** A set of latency samples summarised as nearest-rank percentiles, in milliseconds. */
public record LatencySummary(int count, double p50Millis, double p99Millis, double maxMillis, double meanMillis) {

    /** Summarises the first {@code count} samples (nanoseconds); the array is not changed. */
    public static LatencySummary of(long[] nanos, int count) {
        if (count < 0 || count > nanos.length) {
            throw new IllegalArgumentException("count " + count + " outside 0.." + nanos.length);
        }
        if (count == 0) {
            return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new LatencySummary(count, millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
                millis(sorted[count - 1]), millis(sum / count));
    }

    /** Summarises all samples. */
    public static LatencySummary of(long[] nanos) {
        return of(nanos, nanos.length);
    }

    /**
     * The nearest-rank percentile of sorted samples: the smallest sample such that at least
     * {@code p} percent of all samples are at or below it (so p99 of 100 samples is the 99th).
     */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0 || p <= 0 || p > 100) {
            throw new IllegalArgumentException("need samples and 0 < p <= 100, got p=" + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double millis(double nanos) {
        return nanos / 1_000_000.0;
    }
}
