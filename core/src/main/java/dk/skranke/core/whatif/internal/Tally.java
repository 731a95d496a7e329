package dk.skranke.core.whatif.internal;

/**
 * What a run measured (after the warm-up): waits in seconds of walk-ins and appointments in the
 * order they were called, walk-in wait sums and counts per hour of the week, citizens served, and
 * desk time in seconds: staffed by plan, busy within the plan, busy beyond it (overtime).
 * Internal: arrays are shared, not copied.
 */
public record Tally(
        double[] walkInWaits,
        double[] appointmentWaits,
        double[] waitSumByWeekHour,
        long[] walkInsByWeekHour,
        long served,
        double staffedSeconds,
        double busyInPlanSeconds,
        double overtimeSeconds) {
}
