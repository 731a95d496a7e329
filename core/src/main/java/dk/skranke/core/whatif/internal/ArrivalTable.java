package dk.skranke.core.whatif.internal;

import java.util.List;

/**
 * Arrivals of a period as arrays, sorted by time: {@code times[i]} in seconds since the period start,
 * {@code services[i]} an index into {@code serviceIds}. Internal: arrays are shared, not copied.
 */
public record ArrivalTable(double[] times, int[] services, List<String> serviceIds) {

    public int size() {
        return times.length;
    }
}
