package dk.skranke.core.whatif;

import java.util.List;

/** Two proposals run on the same citizens (same seed), side by side. */
public record Comparison(WhatIfResult first, WhatIfResult second) {

    /** The headline measures as rows, for a table on the admin page or the command line. */
    public List<ComparisonRow> rows() {
        return List.of(
                row("arrivals", first.arrivals(), second.arrivals()),
                row("closed.total", first.closed().total(), second.closed().total()),
                row("closed.shifted", first.closed().shifted(), second.closed().shifted()),
                row("closed.lost", first.closed().lost(), second.closed().lost()),
                row("served", first.served(), second.served()),
                row("walkInWait.meanMinutes", first.walkInWait().meanMinutes(), second.walkInWait().meanMinutes()),
                row("walkInWait.medianMinutes", first.walkInWait().medianMinutes(),
                        second.walkInWait().medianMinutes()),
                row("walkInWait.p90Minutes", first.walkInWait().p90Minutes(), second.walkInWait().p90Minutes()),
                row("appointmentWait.p90Minutes", first.appointmentWait().p90Minutes(),
                        second.appointmentWait().p90Minutes()),
                row("desks.staffedHours", first.desks().staffedHours(), second.desks().staffedHours()),
                row("desks.utilisation", first.desks().utilisation(), second.desks().utilisation()),
                row("desks.overtimeMinutes", first.desks().overtimeMinutes(), second.desks().overtimeMinutes()));
    }

    private static ComparisonRow row(String measure, double first, double second) {
        return new ComparisonRow(measure, first, second);
    }
}
