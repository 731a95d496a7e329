package dk.skranke.display.room;

import dk.skranke.core.i18n.Language;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One event of central's branch stream, reduced to what the room uses. {@code id} is central's event id
 * (null if the frame had none); {@code ticket}, {@code from}, {@code desk} and {@code waiting} are null when
 * the event does not carry them.
 */
public record RoomEvent(Long id, String type, TicketData ticket, TicketData from, DeskData desk,
        Map<String, Integer> waiting) {

    public RoomEvent {
        Objects.requireNonNull(type, "type");
        waiting = waiting == null ? null : Map.copyOf(waiting);
    }

    /** The ticket fields the room shows or needs to follow a ticket. */
    public record TicketData(String id, String number, String service, String status, String desk,
            Language language, Instant calledAt, int callCount) {
    }

    /** A desk's id and name from {@code desk.changed}. */
    public record DeskData(String id, String name) {
    }
}
