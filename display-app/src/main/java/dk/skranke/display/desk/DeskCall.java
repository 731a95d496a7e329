package dk.skranke.display.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One call a desk display may show: which ticket, its number, and when central called it ({@code calledAt}, null
 * when unknown, as in a queue snapshot). Central's call time orders calls at a desk: a recall is a new, later call.
 */
public record DeskCall(String ticketId, String number, Instant calledAt) {

    public DeskCall {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(number, "number");
    }

    /** The call in a ticket as central answers it ({@code next}); empty without id or number. */
    public static Optional<DeskCall> fromTicket(JsonNode ticket) {
        String id = ticket.path("id").asText(null);
        String number = ticket.path("number").asText(null);
        if (id == null || number == null) {
            return Optional.empty();
        }
        Instant calledAt = null;
        try {
            calledAt = ticket.path("calledAt").isTextual() ? OffsetDateTime.parse(ticket.path("calledAt").asText())
                    .toInstant() : null;
        } catch (DateTimeParseException e) {
            // unknown time: the call is still shown, ordered as "not known to be older"
        }
        return Optional.of(new DeskCall(id, number, calledAt));
    }

    /** True when both times are known and this call was made before {@code other}. */
    boolean olderThan(DeskCall other) {
        return calledAt != null && other.calledAt != null && calledAt.isBefore(other.calledAt);
    }

    /** The same call again (the event of a call whose answer was already shown): nothing to write. */
    boolean sameAs(DeskCall other) {
        return ticketId.equals(other.ticketId) && number.equals(other.number)
                && (calledAt == null || calledAt.equals(other.calledAt));
    }
}
