package dk.skranke.core.hours;

import dk.skranke.core.error.ConflictException;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a walk-in ticket may be issued now.
 *
 * @param accepted whether a ticket may be issued
 * @param refusal why not; null when accepted
 * @param opensAt the next time walk-ins are possible; null when accepted or none within 400 days
 * @param lastTicketAt the latest issue time in the current interval given the wait; null when
 *     not inside an interval (or the day is appointment-only)
 */
public record WalkInDecision(boolean accepted, WalkInRefusal refusal, ZonedDateTime opensAt,
        ZonedDateTime lastTicketAt) {

    public WalkInDecision {
        if (accepted && (refusal != null || opensAt != null)) {
            throw new IllegalArgumentException("an accepted walk-in has neither refusal nor opensAt");
        }
        if (!accepted) {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    public static WalkInDecision accept(ZonedDateTime lastTicketAt) {
        return new WalkInDecision(true, null, null, lastTicketAt);
    }

    public static WalkInDecision refuse(WalkInRefusal refusal, ZonedDateTime opensAt, ZonedDateTime lastTicketAt) {
        return new WalkInDecision(false, refusal, opensAt, lastTicketAt);
    }

    /**
     * Returns if accepted; otherwise throws the conflict a refused walk-in is answered with: code
     * {@code closed}, the {@code reason} in wire form ({@code last-ticket-passed}) and {@code opensAt} when known.
     */
    public void requireAccepted() {
        if (accepted) {
            return;
        }
        Map<String, Object> details = new HashMap<>();
        details.put("reason", refusal.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (opensAt != null) {
            details.put("opensAt", opensAt.toOffsetDateTime());
        }
        throw new ConflictException("closed", "the branch does not take walk-in tickets now", details);
    }

    /** {@link #opensAt()} when known. */
    public Optional<ZonedDateTime> nextWalkIn() {
        return Optional.ofNullable(opensAt);
    }
}
