package dk.skranke.core.whatif.internal;

import dk.skranke.core.whatif.ClosedArrivalPolicy;
import dk.skranke.core.whatif.ClosedArrivals;
import dk.skranke.core.whatif.ServiceTimeModel;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Decides for each arrival whether the citizen books, how long they take, and when they come under
 * a proposal: at their own time when it is open to them, else at the next opening (spread over its
 * first part) or not at all. Every arrival takes three random draws in arrival order whatever the
 * proposal, so two proposals run with one seed see the same citizens.
 */
public final class Placement {

    private final Timeline timeline;
    private final double appointmentShare;
    private final ClosedArrivalPolicy policy;
    private final double spreadSeconds;
    private final double warmUpSeconds;

    public Placement(Timeline timeline, double appointmentShare, ClosedArrivalPolicy policy, double spreadSeconds,
            double warmUpSeconds) {
        this.timeline = timeline;
        this.appointmentShare = appointmentShare;
        this.policy = policy;
        this.spreadSeconds = spreadSeconds;
        this.warmUpSeconds = warmUpSeconds;
    }

    public Citizens place(ArrivalTable table, ServiceTimeModel serviceTimes, RandomGenerator random) {
        int n = table.size();
        Builder out = new Builder(n);
        for (int i = 0; i < n; i++) {
            boolean appointment = random.nextDouble() < appointmentShare;
            double service = serviceTimes.sampleSeconds(table.serviceIds().get(table.services()[i]), random);
            double spreadDraw = random.nextDouble();
            double time = table.times()[i];
            boolean measured = time >= warmUpSeconds;
            double comes = whenComes(time, appointment, spreadDraw, measured ? out : null);
            if (comes >= 0) {
                out.add(comes, service, appointment, timeline.weekHourAt(comes), measured);
            }
            if (measured) {
                out.counted(appointment);
            }
        }
        return out.sorted();
    }

    /** When the citizen comes, or -1 when they do not; counts closed-time arrivals in {@code counts} if given. */
    private double whenComes(double time, boolean appointment, double spreadDraw, Builder counts) {
        Timeline.Interval open = timeline.intervalAt(time);
        if (open != null && (appointment || time < open.walkInUntil())) {
            return time;
        }
        if (policy == ClosedArrivalPolicy.LOSE) {
            count(counts, 0, 1, 0);
            return -1;
        }
        Timeline.Interval next = timeline.nextOpening(time, !appointment);
        if (next == null) {
            count(counts, 0, 0, 1);
            return -1;
        }
        count(counts, 1, 0, 0);
        double usable = (appointment ? next.end() : next.walkInUntil()) - next.start();
        return next.start() + spreadDraw * Math.min(spreadSeconds, usable);
    }

    private static void count(Builder counts, int shifted, int lost, int pastEnd) {
        if (counts != null) {
            counts.shifted += shifted;
            counts.lost += lost;
            counts.pastEnd += pastEnd;
        }
    }

    /** Collects the citizens who come, then sorts them by time. */
    private static final class Builder {
        private final double[] arrival;
        private final double[] service;
        private final boolean[] appointment;
        private final int[] weekHour;
        private final boolean[] measured;
        private int size;
        private long arrivals;
        private long walkIns;
        private long shifted;
        private long lost;
        private long pastEnd;

        Builder(int capacity) {
            arrival = new double[capacity];
            service = new double[capacity];
            appointment = new boolean[capacity];
            weekHour = new int[capacity];
            measured = new boolean[capacity];
        }

        void add(double time, double seconds, boolean booked, int hour, boolean counts) {
            arrival[size] = time;
            service[size] = seconds;
            appointment[size] = booked;
            weekHour[size] = hour;
            measured[size++] = counts;
        }

        void counted(boolean booked) {
            arrivals++;
            walkIns += booked ? 0 : 1;
        }

        Citizens sorted() {
            double[] times = Arrays.copyOf(arrival, size);
            int[] order = IndexSort.byKey(times);
            double[] seconds = new double[size];
            boolean[] booked = new boolean[size];
            int[] hours = new int[size];
            boolean[] counts = new boolean[size];
            for (int k = 0; k < size; k++) {
                int i = order[k];
                times[k] = arrival[i];
                seconds[k] = service[i];
                booked[k] = appointment[i];
                hours[k] = weekHour[i];
                counts[k] = measured[i];
            }
            ClosedArrivals closed = new ClosedArrivals(shifted + lost + pastEnd, shifted, lost, pastEnd);
            return new Citizens(times, seconds, booked, hours, counts, arrivals, walkIns, closed);
        }
    }
}
