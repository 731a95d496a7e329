package dk.skranke.core.whatif.internal;

import java.time.Duration;
import java.time.Instant;

/** Simulation time: seconds since the start of the simulated period, as a double. */
public final class Seconds {

    private Seconds() {
    }

    public static double between(Instant start, Instant time) {
        return (time.getEpochSecond() - start.getEpochSecond()) + (time.getNano() - start.getNano()) / 1e9;
    }

    public static double of(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }
}
