package dk.skranke.core.event;

import java.util.Optional;

/** Every kind of state change central records and streams; the wire names are part of API v1. */
public enum EventType {
    TICKET_ISSUED("ticket.issued"),
    TICKET_CALLED("ticket.called"),
    TICKET_RECALLED("ticket.recalled"),
    TICKET_STARTED("ticket.started"),
    TICKET_FINISHED("ticket.finished"),
    TICKET_NO_SHOW("ticket.no-show"),
    TICKET_TRANSFERRED("ticket.transferred"),
    TICKET_CANCELLED("ticket.cancelled"),
    DESK_CHANGED("desk.changed"),
    QUEUE_CHANGED("queue.changed"),
    DEVICE_CHANGED("device.changed"),
    APPOINTMENT_BOOKED("appointment.booked"),
    NUMBERS_RESERVED("numbers.reserved"),
    NUDGE_ANSWERED("nudge.answered");

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<EventType> fromWire(String value) {
        for (EventType type : values()) {
            if (type.wire.equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
