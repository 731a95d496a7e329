package dk.skranke.central.engine;

import dk.skranke.central.store.IdempotencyStore.Entry;
import dk.skranke.central.view.TicketView;
import dk.skranke.core.error.ConflictException;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.event.EventType;
import dk.skranke.core.i18n.Language;
import dk.skranke.core.numbering.TicketNumbers;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketDraft;
import dk.skranke.core.ticket.TicketKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Tickets a kiosk issued from its number blocks while central was unreachable, replayed one by one
 * when it is back. Each takes its place in the waiting line by the time it was really issued.
 */
public final class OfflineTickets {
    /** How far a kiosk's clock may run ahead of central's. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);
    private static final String OPERATION = "offline-ticket";

    private final BranchEngine engine;
    private final Stores stores;
    private final Clock clock;
    private final Ids ids;

    public OfflineTickets(BranchEngine engine, Stores stores, Clock clock, Ids ids) {
        this.engine = engine;
        this.stores = stores;
        this.clock = clock;
        this.ids = ids;
    }

    /** What the kiosk printed: the number from its block, when, in which language, and the status token. */
    public record Upload(String service, String number, Language language, Instant issuedAt, String publicToken,
            String clientRequestId, String holder) {
    }

    /** Stores the ticket (cancelled at once if its day is over), or returns it again for a repeated clientRequestId. */
    public Stored upload(Upload upload, String actor) {
        engine.requireService(upload.service());
        if (upload.issuedAt().isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            throw new InvalidInputException("issuedAt", "must not be in the future (more than "
                    + CLOCK_TOLERANCE.toMinutes() + " minutes ahead of central's clock)");
        }
        String fingerprint = upload.holder() + "/" + upload.service() + "/" + upload.number();
        return engine.locked(() -> {
            Instant now = clock.instant();
            Optional<Entry> earlier = engine.earlierRequest(upload.clientRequestId(), OPERATION, fingerprint);
            if (earlier.isPresent()) {
                return new Stored(engine.publicView(engine.current(earlier.get().ticketId()), now), false);
            }
            Ticket ticket = engine.mutate(actor, now, change -> {
                LocalDate day = engine.localDate(upload.issuedAt());
                long seq = requireReserved(change, upload, day);
                requireFree(change, upload, day);
                Ticket issued = Ticket.issue(new TicketDraft(ids.next("t_"), upload.number(), engine.branch().id(),
                        upload.service(), TicketKind.WALK_IN, upload.language(), upload.issuedAt(), null, null,
                        upload.publicToken(), true));
                change.insert(issued, day, seq, null);
                change.ticketEvent(EventType.TICKET_ISSUED, issued, Map.of("offline", true));
                engine.rememberRequest(change, upload.clientRequestId(), new Entry(OPERATION, fingerprint,
                        issued.id()));
                if (!day.isBefore(engine.localDate(now))) {
                    return issued;
                }
                // The citizen's day is over: keep the ticket for the statistics, as the roll-over would have.
                Ticket closed = issued.closeForDay(now);
                change.update(closed);
                change.ticketEvent(EventType.TICKET_CANCELLED, closed, Map.of("reason", "day-closed"));
                return closed;
            });
            return new Stored(engine.publicView(ticket, now), true);
        });
    }

    private long requireReserved(Change change, Upload upload, LocalDate day) throws java.sql.SQLException {
        String prefix = engine.branch().service(upload.service()).prefix();
        var seq = TicketNumbers.parse(prefix, upload.number());
        if (seq.isEmpty() || !stores.numbers().isReserved(change.connection(), engine.branch().id(),
                upload.service(), day, upload.holder(), seq.getAsLong())) {
            throw new ConflictException("not-reserved", "number " + upload.number() + " is not in a number block "
                    + upload.holder() + " holds for " + upload.service() + " on " + day
                    + (seq.isEmpty() ? " (" + upload.service() + " numbers are written like "
                    + TicketNumbers.format(prefix, 54) + ")" : ""));
        }
        return seq.getAsLong();
    }

    private void requireFree(Change change, Upload upload, LocalDate day) throws java.sql.SQLException {
        if (stores.tickets().numberTaken(change.connection(), engine.branch().id(), day, upload.number())) {
            throw new ConflictException("number-taken", "another ticket already has number " + upload.number()
                    + " on " + day);
        }
        if (stores.tickets().tokenTaken(change.connection(), upload.publicToken())) {
            throw new ConflictException("token-taken", "another ticket already has this publicToken;"
                    + " generate a new random one");
        }
    }

    /** The stored ticket, and whether this request stored it. */
    public record Stored(TicketView ticket, boolean created) {
    }
}
