package dk.skranke.core.ticket;

import java.util.Locale;

/** Whether the citizen walked in or checked in for a booked appointment. */
public enum TicketKind {
    WALK_IN, APPOINTMENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TicketKind fromWire(String value) {
        for (TicketKind kind : values()) {
            if (kind.wire().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown ticket kind " + value);
    }
}
