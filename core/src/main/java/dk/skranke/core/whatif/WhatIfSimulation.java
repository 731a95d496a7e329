package dk.skranke.core.whatif;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.whatif.internal.ArrivalTable;
import dk.skranke.core.whatif.internal.Citizens;
import dk.skranke.core.whatif.internal.EventLoop;
import dk.skranke.core.whatif.internal.Placement;
import dk.skranke.core.whatif.internal.Seconds;
import dk.skranke.core.whatif.internal.Tally;
import dk.skranke.core.whatif.internal.Timeline;
import dk.skranke.core.whatif.internal.TimelineBuilder;
import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The what-if engine: replays a period's demand against opening-hour proposals and tells what
 * citizens and desks would have seen. One instance holds the demand (arrivals, service times,
 * options); {@link #run} tries one proposal, {@link #compare} two on the very same citizens. The
 * same inputs and seed always give the same result. Stateless between runs, so safe to share.
 */
public final class WhatIfSimulation {

    private final Arrivals arrivals;
    private final ServiceTimeModel serviceTimes;
    private final SimulationOptions options;

    public WhatIfSimulation(Arrivals arrivals, ServiceTimeModel serviceTimes, SimulationOptions options) {
        this.arrivals = require(arrivals, "arrivals");
        this.serviceTimes = require(serviceTimes, "serviceTimes");
        this.options = require(options, "options");
        if (options.warmUp().compareTo(Duration.between(arrivals.from(), arrivals.to())) >= 0) {
            throw new InvalidInputException("warmUp", "must be shorter than the period (got " + options.warmUp()
                    + " for " + arrivals.from() + " to " + arrivals.to() + ")");
        }
    }

    public WhatIfResult run(Proposal proposal) {
        return run(proposal, RunControl.NONE);
    }

    /** Runs {@code proposal}, reporting progress to and checking cancellation with {@code control}. */
    public WhatIfResult run(Proposal proposal, RunControl control) {
        require(proposal, "proposal");
        Objects.requireNonNull(control, "control");
        if (control.cancelled().getAsBoolean()) {
            throw new SimulationCancelledException();
        }
        SplittableRandom root = new SplittableRandom(options.seed());
        SplittableRandom arrivalRandom = root.split();
        SplittableRandom citizenRandom = root.split();
        ArrivalTable table = arrivals.table(arrivalRandom);
        requireServiceTimes(table);
        Timeline timeline = new TimelineBuilder(proposal.hours(), proposal.desks(), arrivals.from(), arrivals.to())
                .build();
        double warmUp = Seconds.of(options.warmUp());
        Citizens citizens = new Placement(timeline, proposal.appointmentShare(), options.closedPolicy(),
                Seconds.of(options.shiftSpread()), warmUp).place(table, serviceTimes, citizenRandom);
        Tally tally = new EventLoop(citizens, timeline, warmUp, control).run();
        return ResultAssembler.assemble(proposal.name(), citizens, tally);
    }

    /** Runs both proposals on the same citizens; progress goes from 0 to 0.5 for the first, then to 1. */
    public Comparison compare(Proposal first, Proposal second, RunControl control) {
        Objects.requireNonNull(control, "control");
        WhatIfResult a = run(first, control.part(0, 0.5));
        WhatIfResult b = run(second, control.part(0.5, 0.5));
        return new Comparison(a, b);
    }

    public Arrivals arrivals() {
        return arrivals;
    }

    public ServiceTimeModel serviceTimes() {
        return serviceTimes;
    }

    public SimulationOptions options() {
        return options;
    }

    private void requireServiceTimes(ArrivalTable table) {
        for (String service : table.serviceIds()) {
            if (!serviceTimes.covers(service)) {
                throw new InvalidInputException("serviceTimes", "no service time is known for service '"
                        + service + "'");
            }
        }
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "must be given");
        }
        return value;
    }
}
