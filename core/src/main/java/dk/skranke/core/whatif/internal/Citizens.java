package dk.skranke.core.whatif.internal;

import dk.skranke.core.whatif.ClosedArrivals;

/**
 * The citizens who come under a proposal, sorted by the time they come (seconds since the period
 * start): their service time in seconds, whether they booked, the hour of the week they came in,
 * and whether they count (came after the warm-up). Internal: arrays are shared, not copied.
 */
public record Citizens(
        double[] arrival,
        double[] serviceSeconds,
        boolean[] appointment,
        int[] weekHour,
        boolean[] measured,
        long arrivals,
        long walkIns,
        ClosedArrivals closed) {

    public int size() {
        return arrival.length;
    }

    public long appointments() {
        return arrivals - walkIns;
    }
}
