package dk.skranke.central.whatif;

import dk.skranke.central.store.Database;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.branch.Service;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.whatif.Arrival;
import dk.skranke.core.whatif.Arrivals;
import dk.skranke.core.whatif.Comparison;
import dk.skranke.core.whatif.RunControl;
import dk.skranke.core.whatif.ServiceTimeModel;
import dk.skranke.core.whatif.SimulationOptions;
import dk.skranke.core.whatif.WhatIfSimulation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds core's what-if engine from the database: the period's real arrivals (the first ticket of every
 * visit, at its place in time) and the service times measured on the tickets done in the period.
 */
public final class WhatIfRunner {
    private static final String ARRIVALS = "SELECT queued_at, service FROM tickets WHERE branch = ? AND day >= ?"
            + " AND day <= ? AND transferred_from IS NULL AND queued_at >= ? AND queued_at < ?";
    private static final String SERVICE_TIMES = "SELECT service, finished_at - COALESCE(started_at, called_at)"
            + " FROM tickets WHERE branch = ? AND day >= ? AND day <= ? AND status = 'done'"
            + " AND finished_at IS NOT NULL AND COALESCE(started_at, called_at) IS NOT NULL";

    private final Database database;

    public WhatIfRunner(Database database) {
        this.database = database;
    }

    public Comparison run(Branch branch, WhatIfRequest request, RunControl control) {
        ZoneId zone = branch.hours().zone();
        Instant start = request.from().atStartOfDay(zone).toInstant();
        Instant end = request.to().plusDays(1).atStartOfDay(zone).toInstant();
        Arrivals demand = request.profile() != null ? Arrivals.synthetic(start, end, zone, request.profile())
                : Arrivals.replay(start, end, database.read(c -> arrivals(c, branch, request, start, end)));
        ServiceTimeModel times = ServiceTimeModel.empirical(database.read(c -> serviceTimes(c, branch, request)));
        SimulationOptions options = SimulationOptions.defaults(request.seed())
                .withClosedPolicy(request.closedPolicy());
        return new WhatIfSimulation(demand, times, options).compare(request.first(), request.second(), control);
    }

    private static List<Arrival> arrivals(Connection c, Branch branch, WhatIfRequest request, Instant start,
            Instant end) throws SQLException {
        List<Arrival> arrivals = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ARRIVALS)) {
            bindPeriod(s, branch, request);
            s.setLong(4, start.toEpochMilli());
            s.setLong(5, end.toEpochMilli());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    arrivals.add(new Arrival(Instant.ofEpochMilli(r.getLong(1)), r.getString(2)));
                }
            }
        }
        if (arrivals.isEmpty()) {
            throw new InvalidInputException("from", "no tickets were issued from " + request.from() + " to "
                    + request.to() + "; choose a period with traffic or give a synthetic demand");
        }
        return arrivals;
    }

    /** Measured times per service; a service without any gets its configured default time. */
    private static Map<String, List<Duration>> serviceTimes(Connection c, Branch branch, WhatIfRequest request)
            throws SQLException {
        Map<String, List<Duration>> measured = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(SERVICE_TIMES)) {
            bindPeriod(s, branch, request);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    measured.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(Duration.ofMillis(Math.max(0, r.getLong(2))));
                }
            }
        }
        for (Service service : branch.services()) {
            measured.computeIfAbsent(service.id(), k -> List.of(service.defaultServiceTime()));
        }
        return measured;
    }

    private static void bindPeriod(PreparedStatement s, Branch branch, WhatIfRequest request) throws SQLException {
        s.setString(1, branch.id());
        s.setString(2, request.from().toString());
        s.setString(3, request.to().toString());
    }
}
