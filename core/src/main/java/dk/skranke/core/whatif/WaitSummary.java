package dk.skranke.core.whatif;

/**
 * The waits of a group of citizens in minutes, from coming in to being called: mean, median and
 * 90th percentile (nearest rank) and the longest; all 0 when {@code citizens} is 0.
 */
public record WaitSummary(long citizens, double meanMinutes, double medianMinutes, double p90Minutes,
        double maxMinutes) {

    public static final WaitSummary NONE = new WaitSummary(0, 0, 0, 0, 0);
}
