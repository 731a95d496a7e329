package dk.skranke.core.whatif.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A proposal laid out over the simulated period, in seconds since its start: the opening intervals
 * (with the last moment a walk-in may arrive), the same time cut at every local hour (with the desks
 * staffed and the hour of the week), and the moments the number of staffed desks changes.
 */
public final class Timeline {

    /** An opening interval; walk-ins may arrive in [start, walkInUntil), appointments in [start, end). */
    public record Interval(double start, double end, double walkInUntil) {
    }

    /** A part of an interval within one local hour. */
    public record Segment(double start, double end, int desks, int weekHour) {
    }

    private final List<Interval> intervals;
    private final double[] intervalStarts;
    private final List<Segment> segments;
    private final double[] segmentStarts;
    private final double[] changeTimes;
    private final int[] changeDesks;

    Timeline(List<Interval> intervals, List<Segment> segments, double[] changeTimes, int[] changeDesks) {
        this.intervals = List.copyOf(intervals);
        this.intervalStarts = new double[intervals.size()];
        for (int i = 0; i < intervalStarts.length; i++) {
            intervalStarts[i] = intervals.get(i).start();
        }
        this.segments = List.copyOf(segments);
        this.segmentStarts = new double[segments.size()];
        for (int i = 0; i < segmentStarts.length; i++) {
            segmentStarts[i] = segments.get(i).start();
        }
        this.changeTimes = changeTimes;
        this.changeDesks = changeDesks;
    }

    /** The interval containing {@code t}, or null when closed at {@code t}. */
    public Interval intervalAt(double t) {
        int i = lastStartAtOrBefore(intervalStarts, t);
        return i >= 0 && t < intervals.get(i).end() ? intervals.get(i) : null;
    }

    /** The first interval starting at or after {@code t} (with time for walk-ins if asked), or null. */
    public Interval nextOpening(double t, boolean forWalkIns) {
        int i = lastStartAtOrBefore(intervalStarts, t);
        if (i < 0 || intervalStarts[i] < t) {
            i++;
        }
        for (; i < intervals.size(); i++) {
            Interval interval = intervals.get(i);
            if (!forWalkIns || interval.walkInUntil() > interval.start()) {
                return interval;
            }
        }
        return null;
    }

    /** The hour of the week (0 = Monday 00-01) of open time {@code t}; -1 when closed. */
    public int weekHourAt(double t) {
        int i = lastStartAtOrBefore(segmentStarts, t);
        return i >= 0 && t < segments.get(i).end() ? segments.get(i).weekHour() : -1;
    }

    /** When the number of staffed desks changes, ascending; 0 desks means closed. */
    public double[] changeTimes() {
        return changeTimes.clone();
    }

    /** The number of staffed desks from the matching {@link #changeTimes()} on. */
    public int[] changeDesks() {
        return changeDesks.clone();
    }

    private static int lastStartAtOrBefore(double[] starts, double t) {
        int found = Arrays.binarySearch(starts, t);
        if (found >= 0) {
            while (found + 1 < starts.length && starts[found + 1] == t) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }
}
