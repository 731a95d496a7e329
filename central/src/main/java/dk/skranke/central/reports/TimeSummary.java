package dk.skranke.central.reports;

/**
 * A set of durations in minutes (two decimals): mean, median and 90th percentile by nearest rank, and
 * the longest; the figures are null when {@code count} is 0.
 */
public record TimeSummary(long count, Double meanMinutes, Double medianMinutes, Double p90Minutes,
        Double maxMinutes) {

    static final TimeSummary EMPTY = new TimeSummary(0, null, null, null, null);
}
