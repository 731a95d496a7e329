package dk.skranke.central.reports;

import java.util.Arrays;

/** A growing list of durations in milliseconds, summarised once at the end. */
final class Samples {
    private long[] values = new long[16];
    private int size;

    void add(long millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    TimeSummary summary() {
        if (size == 0) {
            return TimeSummary.EMPTY;
        }
        long[] sorted = values.length == size ? values : Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        double sum = 0;
        for (long value : sorted) {
            sum += value;
        }
        return new TimeSummary(size, Round.minutes(sum / size), Round.minutes(nearestRank(sorted, 0.5)),
                Round.minutes(nearestRank(sorted, 0.9)), Round.minutes(sorted[size - 1]));
    }

    /** The value at rank ceil(fraction x n): at least that fraction of the values are at most it. */
    static long nearestRank(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
