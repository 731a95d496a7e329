package dk.skranke.kiosk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock tests move by hand; shared by the kiosk and the fake central. */
public final class MutableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(ZonedDateTime start) {
        this.now = start.toInstant();
        this.zone = start.getZone();
    }

    /** Monday 2026-11-23 10:15 in Copenhagen, a normal opening day. */
    public static MutableClock mondayMorning() {
        return new MutableClock(ZonedDateTime.of(2026, 11, 23, 10, 15, 0, 0, ZoneId.of("Europe/Copenhagen")));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
