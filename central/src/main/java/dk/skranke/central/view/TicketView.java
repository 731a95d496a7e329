package dk.skranke.central.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.skranke.core.ticket.Outcome;
import dk.skranke.core.ticket.Ticket;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A ticket as API v1 shows it. {@code statusUrl} carries the public token, so events leave it out. */
public record TicketView(
        String id,
        String number,
        String branch,
        String service,
        String kind,
        String status,
        String language,
        OffsetDateTime issuedAt,
        OffsetDateTime appointmentStart,
        OffsetDateTime calledAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        String desk,
        int callCount,
        List<String> outcomes,
        int waitingAhead,
        int estimatedWaitMinutes,
        String transferredFrom,
        boolean issuedOffline,
        @JsonInclude(JsonInclude.Include.NON_NULL) String statusUrl) {

    public TicketView {
        outcomes = List.copyOf(outcomes);
    }

    /** The ticket with its queue position; statusUrl null to leave it out. */
    public static TicketView of(Ticket t, ZoneId zone, int waitingAhead, int estimatedWaitMinutes, String statusUrl) {
        return new TicketView(t.id(), t.number(), t.branch(), t.service(), t.kind().wire(), t.status().wire(),
                t.language().code(), at(t.issuedAt(), zone), at(t.dueAt(), zone), at(t.calledAt(), zone),
                at(t.startedAt(), zone), at(t.finishedAt(), zone), t.desk(), t.callCount(),
                t.outcomes().stream().map(Outcome::wire).toList(), waitingAhead, estimatedWaitMinutes,
                t.transferredFrom(), t.issuedOffline(), statusUrl);
    }

    public static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
