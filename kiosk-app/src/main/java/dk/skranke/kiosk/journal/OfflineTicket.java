package dk.skranke.kiosk.journal;

import java.time.OffsetDateTime;

/** A ticket issued from a number block while central was unreachable, as committed to the journal. */
public record OfflineTicket(long outboxId, String clientRequestId, String service, String number, long sequence,
        String language, OffsetDateTime issuedAt, String publicToken) {

    @Override
    public String toString() {
        return "OfflineTicket[service=" + service + ", number=" + number + ", issuedAt=" + issuedAt + "]";
    }
}
