package dk.skranke.core.whatif;

/**
 * Citizens who would have come while the proposal is closed to them (closed, or walk-ins on an
 * appointment-only day or after the last walk-in time), and what became of them: shifted to the
 * next opening, lost, or shifted but with no opening left before the period ends.
 */
public record ClosedArrivals(long total, long shifted, long lost, long shiftedPastPeriodEnd) {
}
