package dk.skranke.core.hours;

import java.time.ZonedDateTime;
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

    /** {@link #opensAt()} when known. */
    public Optional<ZonedDateTime> nextWalkIn() {
        return Optional.ofNullable(opensAt);
    }
}
