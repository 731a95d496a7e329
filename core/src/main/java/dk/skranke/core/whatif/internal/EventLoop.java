package dk.skranke.core.whatif.internal;

import dk.skranke.core.whatif.RunControl;
import dk.skranke.core.whatif.SimulationCancelledException;
import java.util.Arrays;

/**
 * The discrete-event simulation: citizens come, queue (due appointments before walk-ins, each
 * first come first served), and are served by the desks staffed at the time. When staffing drops a
 * busy desk finishes its citizen first; at closing the busy desks go on until nobody waits (the
 * time beyond the plan is overtime). Events at the same moment: desks free up first, then staffing
 * changes, then arrivals. Allocates nothing per event.
 */
public final class EventLoop {

    private static final int REPORTS = 100;

    private final Citizens citizens;
    private final double[] changeTimes;
    private final int[] changeDesks;
    private final double warmUp;
    private final RunControl control;
    private final DoubleHeap freeAt = new DoubleHeap();
    private final int[] appointmentQueue;
    private final int[] walkInQueue;
    private int appointmentHead;
    private int appointmentTail;
    private int walkInHead;
    private int walkInTail;
    private final double[] walkInWaits;
    private final double[] appointmentWaits;
    private int walkInsCalled;
    private int appointmentsCalled;
    private final double[] waitSum = new double[168];
    private final long[] waitCount = new long[168];
    private int staffed;
    private int busy;
    private double now;
    private double staffedSeconds;
    private double busyInPlanSeconds;
    private double overtimeSeconds;

    public EventLoop(Citizens citizens, Timeline timeline, double warmUpSeconds, RunControl control) {
        this.citizens = citizens;
        this.changeTimes = timeline.changeTimes();
        this.changeDesks = timeline.changeDesks();
        this.warmUp = warmUpSeconds;
        this.control = control;
        this.appointmentQueue = new int[citizens.size()];
        this.walkInQueue = new int[citizens.size()];
        this.walkInWaits = new double[Math.toIntExact(citizens.walkIns())];
        this.appointmentWaits = new double[Math.toIntExact(citizens.appointments())];
    }

    public Tally run() {
        double[] arrival = citizens.arrival();
        int n = arrival.length;
        int step = Math.max(1, (n + REPORTS - 1) / REPORTS);
        int nextArrival = 0;
        int nextChange = 0;
        while (true) {
            double arrivesAt = nextArrival < n ? arrival[nextArrival] : Double.POSITIVE_INFINITY;
            double freesAt = freeAt.isEmpty() ? Double.POSITIVE_INFINITY : freeAt.peek();
            double changesAt = nextChange < changeTimes.length ? changeTimes[nextChange] : Double.POSITIVE_INFINITY;
            double t = Math.min(arrivesAt, Math.min(freesAt, changesAt));
            if (t == Double.POSITIVE_INFINITY) {
                break;
            }
            advanceTo(t);
            if (freesAt <= t) {
                deskFree();
            } else if (changesAt <= t) {
                staff(changeDesks[nextChange++]);
            } else {
                arrive(nextArrival++);
                if (nextArrival % step == 0) {
                    report(nextArrival, n);
                }
            }
        }
        control.listener().progress(1.0);
        return tally();
    }

    private void deskFree() {
        freeAt.poll();
        busy--;
        // at closing (0 staffed) a desk that frees up goes on while citizens wait
        if (isWaiting() && (busy < staffed || staffed == 0)) {
            callNext();
        }
    }

    private void staff(int desks) {
        staffed = desks;
        while (busy < staffed && isWaiting()) {
            callNext();
        }
    }

    private void arrive(int citizen) {
        if (citizens.appointment()[citizen]) {
            appointmentQueue[appointmentTail++] = citizen;
        } else {
            walkInQueue[walkInTail++] = citizen;
        }
        if (busy < staffed) {
            callNext();
        }
    }

    private boolean isWaiting() {
        return appointmentHead < appointmentTail || walkInHead < walkInTail;
    }

    private void callNext() {
        boolean booked = appointmentHead < appointmentTail;
        int citizen = booked ? appointmentQueue[appointmentHead++] : walkInQueue[walkInHead++];
        busy++;
        freeAt.add(now + citizens.serviceSeconds()[citizen]);
        if (citizens.measured()[citizen]) {
            record(citizen, booked, now - citizens.arrival()[citizen]);
        }
    }

    private void record(int citizen, boolean booked, double wait) {
        if (booked) {
            appointmentWaits[appointmentsCalled++] = wait;
            return;
        }
        walkInWaits[walkInsCalled++] = wait;
        int hour = citizens.weekHour()[citizen];
        if (hour >= 0) {
            waitSum[hour] += wait;
            waitCount[hour]++;
        }
    }

    private void advanceTo(double t) {
        double from = Math.max(now, warmUp);
        if (t > from) {
            double span = t - from;
            int inPlan = Math.min(busy, staffed);
            staffedSeconds += staffed * span;
            busyInPlanSeconds += inPlan * span;
            overtimeSeconds += (busy - inPlan) * span;
        }
        now = t;
    }

    private void report(int done, int n) {
        if (control.cancelled().getAsBoolean()) {
            throw new SimulationCancelledException();
        }
        if (done < n) {
            control.listener().progress((double) done / n);
        }
    }

    private Tally tally() {
        return new Tally(Arrays.copyOf(walkInWaits, walkInsCalled), Arrays.copyOf(appointmentWaits, appointmentsCalled),
                waitSum.clone(), waitCount.clone(), walkInsCalled + appointmentsCalled, staffedSeconds,
                busyInPlanSeconds, overtimeSeconds);
    }
}
