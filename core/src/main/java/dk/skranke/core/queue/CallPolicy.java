package dk.skranke.core.queue;

import dk.skranke.core.error.ConflictException;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/** Guards recalls and no-shows with the configured recall delay and minimum number of calls. */
public final class CallPolicy {
    private final QueueRules rules;
    private final ZoneId zone;

    /** The zone is the branch's, for the times in error details. */
    public CallPolicy(QueueRules rules, ZoneId zone) {
        this.rules = rules;
        this.zone = zone;
    }

    public void requireRecallAllowed(Ticket ticket, Instant now) {
        requireCalled(ticket, "recalled");
        requireDelayPassed(ticket, now, "recall-too-soon", "recalled");
    }

    public void requireNoShowAllowed(Ticket ticket, Instant now) {
        requireCalled(ticket, "marked no-show");
        if (ticket.callCount() < rules.minCallsBeforeNoShow()) {
            throw new ConflictException("too-few-calls",
                    "a ticket must be called " + rules.minCallsBeforeNoShow() + " times before it is a no-show; "
                            + "it has been called " + ticket.callCount() + " time(s)",
                    Map.of("calls", ticket.callCount(), "minCalls", rules.minCallsBeforeNoShow()));
        }
        requireDelayPassed(ticket, now, "no-show-too-soon", "marked no-show");
    }

    private static void requireCalled(Ticket ticket, String verb) {
        if (ticket.status() != TicketStatus.CALLED) {
            throw new ConflictException("invalid-transition",
                    "only a called ticket can be " + verb + "; this one is " + ticket.status().wire(),
                    Map.of("status", ticket.status().wire()));
        }
    }

    private void requireDelayPassed(Ticket ticket, Instant now, String code, String verb) {
        Instant allowedAt = ticket.calledAt().plus(rules.recallDelay());
        if (now.isBefore(allowedAt)) {
            LocalTime local = allowedAt.atZone(zone).toLocalTime().withNano(0);
            throw new ConflictException(code,
                    "the ticket was called less than " + rules.recallDelay().toSeconds() + " s ago; it can be "
                            + verb + " from " + local,
                    Map.of("allowedAt", allowedAt.atZone(zone).toOffsetDateTime()));
        }
    }
}
