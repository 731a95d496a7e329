package dk.skranke.display.room;

import dk.skranke.core.i18n.Language;
import java.time.Instant;
import java.util.Objects;

/**
 * A ticket called to a desk as the room sees it: number, desk, service, status ({@code called} or
 * {@code serving}), how often it was called, when (null when learnt from a snapshot), and the call language.
 */
public record CalledTicket(String ticketId, String number, String desk, String service, String status,
        int callCount, Instant calledAt, Language language) {

    public CalledTicket {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(desk, "desk");
        language = language == null ? Language.DA : language;
    }

    /** Identifies one call (a recall is a new call of the same ticket): what the page highlights. No ticket id. */
    public String callKey() {
        return number + ":" + desk + ":" + callCount + (calledAt == null ? "" : ":" + calledAt.toEpochMilli());
    }

    CalledTicket withStatus(String newStatus) {
        return new CalledTicket(ticketId, number, desk, service, newStatus, callCount, calledAt, language);
    }
}
