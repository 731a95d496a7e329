package dk.skranke.core.appointment;

import dk.skranke.core.error.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/** How long before and after its start an appointment can be checked in at the kiosk. */
public record CheckInWindow(Duration early, Duration late) {

    public static final CheckInWindow DEFAULT = new CheckInWindow(Duration.ofMinutes(30), Duration.ofMinutes(10));

    public CheckInWindow {
        Objects.requireNonNull(early, "early");
        Objects.requireNonNull(late, "late");
        if (early.isNegative() || late.isNegative()) {
            throw new IllegalArgumentException("check-in window durations must not be negative");
        }
    }

    public Instant opensFor(Appointment appointment) {
        return appointment.start().minus(early);
    }

    public Instant closesFor(Appointment appointment) {
        return appointment.start().plus(late);
    }

    /** Throws {@code too-early} or {@code too-late} (with the window in the branch's time) when now is outside it. */
    public void requireOpen(Appointment appointment, Instant now, ZoneId zone) {
        Instant opens = opensFor(appointment);
        Instant closes = closesFor(appointment);
        Map<String, Object> window = Map.of("opensAt", local(opens, zone), "closesAt", local(closes, zone),
                "start", local(appointment.start(), zone));
        if (now.isBefore(opens)) {
            throw new ConflictException("too-early", "check-in opens " + early.toMinutes()
                    + " minutes before the appointment", window);
        }
        if (now.isAfter(closes)) {
            throw new ConflictException("too-late", "check-in closed " + late.toMinutes()
                    + " minutes after the appointment started", window);
        }
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
