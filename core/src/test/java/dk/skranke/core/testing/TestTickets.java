package dk.skranke.core.testing;

import dk.skranke.core.i18n.Language;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketDraft;
import dk.skranke.core.ticket.TicketKind;
import java.time.Instant;

/** Builds waiting tickets for tests at fixed instants; no clock, no randomness. */
public final class TestTickets {
    public static final String BRANCH = "dragoer";

    private TestTickets() {
    }

    /** A fixed instant on the test day, "HH:MM" or "HH:MM:SS" in UTC. */
    public static Instant at(String time) {
        String full = time.length() == 5 ? time + ":00" : time;
        return Instant.parse("2026-03-10T" + full + "Z");
    }

    /** A walk-in ticket issued (and queued) at the given time. */
    public static Ticket walkIn(String number, String service, Instant issuedAt) {
        return Ticket.issue(new TicketDraft("t_" + number, number, BRANCH, service, TicketKind.WALK_IN,
                Language.DA, issuedAt, null, null, "token-" + number, false));
    }

    /** An appointment ticket: checked in at {@code checkedInAt}, booked to start at {@code start}. */
    public static Ticket appointment(String number, String service, Instant checkedInAt, Instant start) {
        return Ticket.issue(new TicketDraft("t_" + number, number, BRANCH, service, TicketKind.APPOINTMENT,
                Language.DA, checkedInAt, start, "a_" + number, "token-" + number, false));
    }
}
