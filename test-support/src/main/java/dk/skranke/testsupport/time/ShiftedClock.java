package dk.skranke.testsupport.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Real time moved to a chosen day and hour, for tests and benchmarks that need time to pass by
 * itself (other processes, timeouts) but must not depend on when the host runs them: the clock
 * shows {@code start} when it is made and then runs at real speed. Give a child process the
 * {@link #offset()} so its clock agrees with this one, also across a restart.
 */
public final class ShiftedClock {
    private final Duration offset;

    private ShiftedClock(Duration offset) {
        this.offset = offset;
    }

    /** A clock that reads {@code isoOffsetDateTime} (e.g. {@code 2026-11-23T10:00:00+01:00}) now. */
    public static ShiftedClock startingAt(String isoOffsetDateTime) {
        Instant start = OffsetDateTime.parse(isoOffsetDateTime).toInstant();
        return new ShiftedClock(Duration.between(Instant.now(), start));
    }

    /** What to add to the real time to get this clock's time. */
    public Duration offset() {
        return offset;
    }

    /** The clock itself, in Copenhagen's zone (the zone only matters to code that asks the clock for one). */
    public Clock clock() {
        return Clock.offset(Clock.system(ZoneId.of("Europe/Copenhagen")), offset);
    }
}
