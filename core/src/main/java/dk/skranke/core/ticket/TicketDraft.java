package dk.skranke.core.ticket;

import dk.skranke.core.i18n.Language;
import java.time.Instant;

/** Everything needed to issue a ticket, decided before it exists. */
public record TicketDraft(
        String id,
        String number,
        String branch,
        String service,
        TicketKind kind,
        Language language,
        Instant issuedAt,
        Instant dueAt,
        String appointmentId,
        String publicToken,
        boolean issuedOffline) {
}
