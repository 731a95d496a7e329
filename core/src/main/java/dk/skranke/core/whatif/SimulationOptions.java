package dk.skranke.core.whatif;

import dk.skranke.core.error.InvalidInputException;
import java.time.Duration;

/**
 * How a what-if run is made: the random seed (same seed, same inputs, same result), what citizens
 * do who would come while closed, over how long shifted citizens spread after the opening, and how
 * long a warm-up at the start of the period is simulated but left out of every figure.
 */
public record SimulationOptions(long seed, ClosedArrivalPolicy closedPolicy, Duration shiftSpread, Duration warmUp) {

    /** Shifted citizens spread evenly over the first hour of the next opening. */
    public static final Duration DEFAULT_SHIFT_SPREAD = Duration.ofHours(1);

    public SimulationOptions {
        if (closedPolicy == null) {
            throw new InvalidInputException("closedPolicy", "must be SHIFT or LOSE");
        }
        requireNotNegative(shiftSpread, "shiftSpread");
        requireNotNegative(warmUp, "warmUp");
    }

    /** Shift closed-time citizens over the first hour, no warm-up. */
    public static SimulationOptions defaults(long seed) {
        return new SimulationOptions(seed, ClosedArrivalPolicy.SHIFT, DEFAULT_SHIFT_SPREAD, Duration.ZERO);
    }

    public SimulationOptions withClosedPolicy(ClosedArrivalPolicy policy) {
        return new SimulationOptions(seed, policy, shiftSpread, warmUp);
    }

    public SimulationOptions withShiftSpread(Duration spread) {
        return new SimulationOptions(seed, closedPolicy, spread, warmUp);
    }

    public SimulationOptions withWarmUp(Duration duration) {
        return new SimulationOptions(seed, closedPolicy, shiftSpread, duration);
    }

    public SimulationOptions withSeed(long newSeed) {
        return new SimulationOptions(newSeed, closedPolicy, shiftSpread, warmUp);
    }

    private static void requireNotNegative(Duration duration, String field) {
        if (duration == null || duration.isNegative()) {
            throw new InvalidInputException(field, "must be zero or more (got " + duration + ")");
        }
    }
}
