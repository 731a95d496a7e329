package dk.skranke.central.whatif;

import dk.skranke.central.store.Database;
import dk.skranke.central.store.WhatIfHistory;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Feeds core's what-if engine from the database: the period's real arrivals (the first ticket of every
 * visit, at its place in time) and the service times measured on the tickets done in the period.
 */
public final class WhatIfRunner {
    private final WhatIfHistory history = new WhatIfHistory();
    private final Database database;

    public WhatIfRunner(Database database) {
        this.database = database;
    }

    public Comparison run(Branch branch, WhatIfRequest request, RunControl control) {
        ZoneId zone = branch.hours().zone();
        Instant start = request.from().atStartOfDay(zone).toInstant();
        Instant end = request.to().plusDays(1).atStartOfDay(zone).toInstant();
        Arrivals demand = request.profile() != null ? Arrivals.synthetic(start, end, zone, request.profile())
                : Arrivals.replay(start, end, arrivals(branch, request, start, end));
        ServiceTimeModel times = ServiceTimeModel.empirical(serviceTimes(branch, request));
        SimulationOptions options = SimulationOptions.defaults(request.seed())
                .withClosedPolicy(request.closedPolicy());
        return new WhatIfSimulation(demand, times, options).compare(request.first(), request.second(), control);
    }

    private List<Arrival> arrivals(Branch branch, WhatIfRequest request, Instant start, Instant end) {
        List<Arrival> arrivals = database.read(c -> history.arrivals(c, branch.id(), request.from(), request.to(),
                start, end));
        if (arrivals.isEmpty()) {
            throw new InvalidInputException("from", "no tickets were issued from " + request.from() + " to "
                    + request.to() + "; choose a period with traffic or give a synthetic demand");
        }
        return arrivals;
    }

    /** Measured times per service; a service without any gets its configured default time. */
    private Map<String, List<Duration>> serviceTimes(Branch branch, WhatIfRequest request) {
        Map<String, List<Duration>> measured = database.read(c -> history.serviceTimes(c, branch.id(),
                request.from(), request.to()));
        for (Service service : branch.services()) {
            measured.computeIfAbsent(service.id(), k -> List.of(service.defaultServiceTime()));
        }
        return measured;
    }
}
