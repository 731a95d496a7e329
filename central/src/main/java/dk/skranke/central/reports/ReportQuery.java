package dk.skranke.central.reports;

import java.time.LocalDate;

/**
 * What to report on: the branch-local days {@code from} to {@code to} (both included), cut into slices
 * by {@code groupBy}, and the share of "could have been digital" visits the channel-cost saving assumes
 * move to self-service (0 to 1).
 */
public record ReportQuery(LocalDate from, LocalDate to, Grouping groupBy, double shiftShare) {
}
