package dk.skranke.kiosk.journal;

/**
 * Something central must still get: an offline ticket or a nudge answer. Ticket fields ({@code day},
 * {@code number}, {@code publicToken}) are null for nudges, {@code outcome} is null for tickets.
 * {@code issuedAt} is ISO-8601 with offset. {@code error} holds central's answer for rejected entries.
 */
public record OutboxEntry(long id, Kind kind, String clientRequestId, String service, String language,
        String day, String number, String issuedAt, String publicToken, String outcome, State state, String error) {

    /** What the entry is. */
    public enum Kind { TICKET, NUDGE }

    /** pending: not yet accepted by central; sent: accepted (new or repeat); rejected: refused, kept for a person to look at. */
    public enum State { PENDING, SENT, REJECTED }

    @Override
    public String toString() {
        // without the public token: it is the key to a citizen's status page
        return "OutboxEntry[id=" + id + ", kind=" + kind + ", service=" + service + ", number=" + number
                + ", state=" + state + "]";
    }
}
