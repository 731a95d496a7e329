package dk.skranke.core.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A booked appointment. Keeps the minimum: the booking code the citizen brings and an optional
 * opaque reference from the booking system (both personal, purged after the retention period).
 */
public record Appointment(
        String id,
        String branch,
        String service,
        Instant start,
        Duration duration,
        String code,
        String reference,
        Instant checkedInAt,
        String ticketId) {

    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(code, "code");
    }

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }

    public Appointment checkIn(Instant now, String ticket) {
        return new Appointment(id, branch, service, start, duration, code, reference, now, ticket);
    }
}
