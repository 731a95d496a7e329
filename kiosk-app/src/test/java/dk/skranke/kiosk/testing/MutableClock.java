package dk.skranke.kiosk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand; shared by the kiosk and the fake central (also across {@link #withZone}). */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MutableClock(ZonedDateTime start) {
        this(new AtomicReference<>(start.toInstant()), start.getZone());
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Monday 2026-11-23 10:15 in Copenhagen, a normal opening day. */
    public static MutableClock mondayMorning() {
        return new MutableClock(ZonedDateTime.of(2026, 11, 23, 10, 15, 0, 0, ZoneId.of("Europe/Copenhagen")));
    }

    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving time seen from another zone: advancing either moves both. */
    @Override
    public MutableClock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
