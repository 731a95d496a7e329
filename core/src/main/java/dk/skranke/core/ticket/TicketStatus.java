package dk.skranke.core.ticket;

import dk.skranke.core.error.ConflictException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where a ticket is in its life; the allowed transitions are listed here and nowhere else. */
public enum TicketStatus {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, TRANSFERRED, CANCELLED;

    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = Map.of(
            WAITING, EnumSet.of(CALLED, CANCELLED, TRANSFERRED),
            CALLED, EnumSet.of(CALLED, SERVING, DONE, NO_SHOW, CANCELLED, TRANSFERRED),
            SERVING, EnumSet.of(DONE, TRANSFERRED),
            DONE, EnumSet.noneOf(TicketStatus.class),
            NO_SHOW, EnumSet.noneOf(TicketStatus.class),
            TRANSFERRED, EnumSet.noneOf(TicketStatus.class),
            CANCELLED, EnumSet.noneOf(TicketStatus.class));

    /** The name used on the wire and in storage: {@code no-show}, {@code waiting}, ... */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<TicketStatus> fromWire(String value) {
        for (TicketStatus status : values()) {
            if (status.wire().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** True while the ticket is at a desk (called or being served). */
    public boolean isAtDesk() {
        return this == CALLED || this == SERVING;
    }

    public boolean canBecome(TicketStatus next) {
        return NEXT.get(this).contains(next);
    }

    void requireCanBecome(TicketStatus next) {
        if (!canBecome(next)) {
            throw refusal(next);
        }
    }

    ConflictException refusal(TicketStatus requested) {
        return new ConflictException("invalid-transition",
                "a ticket that is " + wire() + " cannot become " + requested.wire(),
                Map.of("status", wire(), "requested", requested.wire()));
    }
}
