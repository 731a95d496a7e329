package dk.skranke.central.reports;

import dk.skranke.central.config.ChannelCosts;
import dk.skranke.central.store.Database;
import dk.skranke.central.store.ReportSource;
import dk.skranke.core.branch.Branch;
import java.time.Instant;
import java.time.ZoneId;

/** Computes a branch's report from the stored tickets, events and appointments. */
public final class Reports {
    private final Database database;
    private final ChannelCosts costs;

    public Reports(Database database, ChannelCosts costs) {
        this.database = database;
        this.costs = costs;
    }

    public Report report(Branch branch, ReportQuery query) {
        ZoneId zone = branch.hours().zone();
        Instant start = query.from().atStartOfDay(zone).toInstant();
        Instant end = query.to().plusDays(1).atStartOfDay(zone).toInstant();
        Slices slices = new Slices(branch, query);
        ReportSource source = new ReportSource(database.dialect());
        database.read(c -> {
            source.tickets(c, branch.id(), query.from(), query.to(), slices::add);
            source.nudges(c, branch.id(), start, end, slices::nudge);
            source.bookings(c, branch.id(), start, end, slices::booking);
            return null;
        });
        slices.sweepQueue();
        return new Report(branch.id(), zone.getId(), query.from(), query.to(), query.groupBy().wire(),
                slices.total().figures(), slices.periodFigures(), slices.serviceFigures(), slices.deskFigures(),
                slices.hourFigures(), slices.heatmap(), ChannelCosting.of(costs, query.shiftShare(),
                slices.services()), slices.waitEstimates());
    }
}
