package dk.skranke.display.room;

import dk.skranke.core.i18n.Language;
import java.time.Instant;

/** Something the room asks the devices to do after a change: an LED display to update, a call to say. */
public sealed interface Effect {

    /**
     * A ticket is called (or, after a reconnect, known to be) at the desk: its LED display shows the number.
     * {@code calledAt} (null when unknown) lets the display ignore a call older than the one it shows.
     */
    record ShowNumber(String desk, String ticketId, String number, Instant calledAt) implements Effect {
    }

    /**
     * Ticket {@code ticketId} left the desk, so its LED display goes blank if it still shows that ticket;
     * {@code ticketId} null: central says nobody is at the desk (a snapshot), blank in any case.
     */
    record ClearDesk(String desk, String ticketId) implements Effect {
    }

    /** Say "number ... desk ..." in the ticket's language. */
    record Announce(String number, String desk, Language language) implements Effect {
    }
}
