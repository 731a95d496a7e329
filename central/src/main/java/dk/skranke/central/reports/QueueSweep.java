package dk.skranke.central.reports;

import dk.skranke.central.store.TicketRow;
import dk.skranke.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The longest queue: every ticket waits from joining the queue to its first call (or its end, if it
 * ended while waiting). Sweeping these intervals in time order gives the number waiting at every moment;
 * the maximum is taken when someone joins, for the branch, per service and per period slice.
 */
final class QueueSweep {
    private static final int INDEX_BITS = 23;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private final Tally total;
    private long[] from = new long[1024];
    private long[] until = new long[1024];
    private final List<Tally> services = new ArrayList<>();
    private final List<Tally> periods = new ArrayList<>();

    QueueSweep(Tally total) {
        this.total = total;
    }

    void add(TicketRow row, Tally service, Tally period) {
        long start = row.waitingFrom();
        long end = row.waitingUntil();
        if (end <= start) {
            return; // called the moment it joined: never counted as waiting
        }
        int i = services.size();
        if (i == INDEX_MASK) {
            throw new InvalidInputException("to", "the period holds more than " + INDEX_MASK
                    + " tickets; choose a shorter period");
        }
        if (i == from.length) {
            from = Arrays.copyOf(from, i * 2);
            until = Arrays.copyOf(until, i * 2);
        }
        from[i] = start;
        until[i] = end;
        services.add(service);
        periods.add(period);
    }

    /** Replays joins and leaves in time order; at equal times leaves go first. */
    void sweep() {
        int n = services.size();
        if (n == 0) {
            return;
        }
        long base = Arrays.stream(from, 0, n).min().orElse(0);
        long[] moments = new long[2 * n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            moments[count++] = ((from[i] - base) << (INDEX_BITS + 1)) | (1L << INDEX_BITS) | i;
            if (until[i] != Long.MAX_VALUE) {
                moments[count++] = ((until[i] - base) << (INDEX_BITS + 1)) | i;
            }
        }
        Arrays.sort(moments, 0, count);
        for (int m = 0; m < count; m++) {
            int i = (int) (moments[m] & INDEX_MASK);
            if ((moments[m] & (1L << INDEX_BITS)) != 0) {
                services.get(i).joinQueue();
                periods.get(i).queueLength(total.joinQueue());
            } else {
                services.get(i).leaveQueue();
                total.leaveQueue();
            }
        }
    }
}
