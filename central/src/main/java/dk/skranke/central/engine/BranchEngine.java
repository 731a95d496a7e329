package dk.skranke.central.engine;

import dk.skranke.central.events.EventHub;
import dk.skranke.central.store.EventStore.StoredEvent;
import dk.skranke.central.store.IdempotencyStore.Entry;
import dk.skranke.central.view.TicketView;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.branch.Desk;
import dk.skranke.core.error.ConflictException;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.error.NotFoundException;
import dk.skranke.core.event.EventType;
import dk.skranke.core.i18n.Language;
import dk.skranke.core.numbering.TicketNumbers;
import dk.skranke.core.queue.CallPolicy;
import dk.skranke.core.queue.QueueDiscipline;
import dk.skranke.core.queue.WaitEstimate;
import dk.skranke.core.ticket.Outcome;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketDraft;
import dk.skranke.core.ticket.TicketKind;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs one branch's queue. Every command takes the branch lock, changes the live state and the
 * database in one transaction, and publishes the resulting events in id order after the commit.
 */
public final class BranchEngine {
    private final Branch branch;
    private final Stores stores;
    private final EventHub hub;
    private final Clock clock;
    private final Ids ids;
    private final String statusBaseUrl;
    private final BranchState state;
    private final CallPolicy calls;
    private final ReentrantLock lock = new ReentrantLock();
    private LocalDate day;

    public BranchEngine(Branch branch, Stores stores, EventHub hub, Clock clock, Ids ids, String publicBaseUrl) {
        this.branch = branch;
        this.stores = stores;
        this.hub = hub;
        this.clock = clock;
        this.ids = ids;
        this.statusBaseUrl = publicBaseUrl + "/t/";
        this.state = new BranchState(branch, new QueueDiscipline(branch.rules(),
                service -> branch.service(service).weight()));
        this.calls = new CallPolicy(branch.rules(), branch.hours().zone());
        load();
    }

    public Branch branch() {
        return branch;
    }

    /** Where a citizen's status page lives: this plus the ticket's public token. */
    public String statusBaseUrl() {
        return statusBaseUrl;
    }

    private void load() {
        stores.db().read(c -> {
            stores.desks().load(c, branch.id()).forEach(state::setDeskOpen);
            List<Ticket> newestFirst = stores.tickets().recentlyFinished(c, branch.id(), 200);
            for (int i = newestFirst.size() - 1; i >= 0; i--) {
                state.recordServiceTime(newestFirst.get(i)); // oldest first: the window keeps the newest
            }
            return null;
        });
        rollOver(clock.instant());
    }

    /** Issues a walk-in ticket, or returns the first result for a repeated clientRequestId. */
    public Issued issue(String service, Language language, String clientRequestId, String actor) {
        requireService(service);
        return locked(() -> {
            Instant now = clock.instant();
            Optional<Entry> earlier = earlierRequest(clientRequestId, "issue", service);
            if (earlier.isPresent()) {
                return new Issued(publicView(ticket(earlier.get().ticketId()), now), false);
            }
            WaitEstimate estimate = state.estimateForNew(service);
            branch.hours().walkIn(now, estimate.asDuration()).requireAccepted();
            Ticket ticket = mutate(actor, now, change -> {
                Ticket issued = insertNew(change, service, TicketKind.WALK_IN, language, null, null,
                        estimate.minutes());
                rememberRequest(change, clientRequestId, "issue", service, issued.id());
                change.ticketEvent(EventType.TICKET_ISSUED, issued, Map.of());
                return issued;
            });
            return new Issued(publicView(ticket, now), true);
        });
    }

    /** Finishes the desk's current ticket, if any, and calls the next one; empty when nobody waits. */
    public Optional<TicketView> next(String deskId, String clientRequestId, String actor) {
        Desk desk = branch.desk(deskId);
        return locked(() -> {
            Instant now = clock.instant();
            Optional<Entry> earlier = earlierRequest(clientRequestId, "next", deskId);
            if (earlier.isPresent()) {
                return Optional.ofNullable(earlier.get().ticketId()).map(id -> publicView(ticket(id), now));
            }
            Optional<Ticket> called = mutate(actor, now, change -> {
                Optional<Ticket> current = state.atDesk(deskId);
                if (current.isPresent()) {
                    finish(change, current.get(), List.of());
                }
                if (!state.isDeskOpen(deskId)) {
                    setDeskOpen(change, desk, true);
                }
                Optional<Ticket> chosen = state.nextFor(desk, now).map(t -> t.call(deskId, now));
                if (chosen.isPresent()) {
                    change.update(chosen.get());
                    change.ticketEvent(EventType.TICKET_CALLED, chosen.get(), Map.of());
                }
                rememberRequest(change, clientRequestId, "next", deskId, chosen.map(Ticket::id).orElse(null));
                return chosen;
            });
            return called.map(t -> publicView(t, now));
        });
    }

    public TicketView recall(String ticketId, String actor) {
        return transition(ticketId, actor, (change, t) -> {
            calls.requireRecallAllowed(t, change.now());
            Ticket recalled = t.recall(change.now());
            change.update(recalled);
            change.ticketEvent(EventType.TICKET_RECALLED, recalled, Map.of());
            return recalled;
        });
    }

    public TicketView start(String ticketId, String actor) {
        return transition(ticketId, actor, (change, t) -> {
            Ticket started = t.start(change.now());
            change.update(started);
            change.ticketEvent(EventType.TICKET_STARTED, started, Map.of());
            return started;
        });
    }

    public TicketView finish(String ticketId, List<Outcome> outcomes, String actor) {
        return transition(ticketId, actor, (change, t) -> finish(change, t, outcomes));
    }

    public TicketView noShow(String ticketId, String actor) {
        return transition(ticketId, actor, (change, t) -> {
            calls.requireNoShowAllowed(t, change.now());
            Ticket missed = t.noShow(change.now());
            change.update(missed);
            change.ticketEvent(EventType.TICKET_NO_SHOW, missed, Map.of());
            return missed;
        });
    }

    public TicketView cancel(String ticketId, String actor) {
        return transition(ticketId, actor, (change, t) -> {
            Ticket cancelled = t.cancel(change.now());
            change.update(cancelled);
            change.ticketEvent(EventType.TICKET_CANCELLED, cancelled, Map.of());
            return cancelled;
        });
    }

    /** Moves a ticket to another service; the successor keeps number, status link and place in time. */
    public TicketView transfer(String ticketId, String toService, String actor) {
        requireService(toService);
        return transition(ticketId, actor, (change, t) -> {
            if (t.service().equals(toService)) {
                throw new ConflictException("same-service", "the ticket is already in service " + toService);
            }
            Ticket ended = t.markTransferred(change.now());
            change.update(ended);
            Ticket successor = t.successorIn(ids.next("t_"), toService);
            change.insert(successor, localDate(t.issuedAt()), 0, null);
            change.ticketEvent(EventType.TICKET_TRANSFERRED, successor, Map.of("from", state.view(ended,
                    change.now(), null)));
            return successor;
        });
    }

    public void setDeskOpen(String deskId, boolean open, String actor) {
        Desk desk = branch.desk(deskId);
        locked(() -> mutate(actor, clock.instant(), change -> {
            if (state.isDeskOpen(deskId) != open) {
                setDeskOpen(change, desk, open);
            }
            return null;
        }));
    }

    /** The ticket as its owner sees it, with queue position, estimate and status link. */
    public TicketView view(String ticketId) {
        return locked(() -> publicView(ticket(ticketId), clock.instant()));
    }

    /**
     * The views of those tickets that are still waiting or at a desk, computed in one pass under the
     * lock (for the citizens' status streams); ended or unknown ids are left out.
     */
    public Map<String, TicketView> liveViews(Collection<String> ticketIds) {
        return locked(() -> {
            Instant now = clock.instant();
            Map<String, TicketView> views = new HashMap<>();
            for (String id : ticketIds) {
                state.find(id).ifPresent(t -> views.put(id, state.view(t, now, null)));
            }
            return views;
        });
    }

    public QueueSnapshot queue() {
        return locked(() -> {
            Map<String, Integer> estimates = new HashMap<>();
            branch.services().forEach(s -> estimates.put(s.id(), state.estimateForNew(s.id()).minutes()));
            return new QueueSnapshot(state.waitingPerService(), estimates, state.deskViews());
        });
    }

    // ---- package-private building blocks, shared with CheckIns ----

    <T> T locked(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            rollOver(clock.instant());
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    <T> T mutate(String actor, Instant now, Mutation<T> mutation) {
        Change[] change = new Change[1];
        T result;
        try {
            result = stores.db().inTransaction(c -> {
                change[0] = new Change(c, state, stores.tickets(), stores.events(), branch.id(), actor, now);
                return mutation.apply(change[0]);
            });
        } catch (RuntimeException e) {
            if (change[0] != null) {
                change[0].rollBack();
            }
            throw e;
        }
        change[0].recorded().forEach(hub::publish);
        return result;
    }

    Ticket insertNew(Change change, String service, TicketKind kind, Language language, Instant dueAt,
            String appointmentId, Integer estimateMinutes) throws SQLException {
        LocalDate today = localDate(change.now());
        long seq = stores.numbers().take(change.connection(), branch.id(), service, today);
        String number = TicketNumbers.format(branch.service(service).prefix(), seq);
        Ticket ticket = Ticket.issue(new TicketDraft(ids.next("t_"), number, branch.id(), service, kind, language,
                change.now(), dueAt, appointmentId, ids.publicToken(), false));
        change.insert(ticket, today, seq, estimateMinutes);
        return ticket;
    }

    TicketView publicView(Ticket ticket, Instant now) {
        return state.view(ticket, now, statusBaseUrl + ticket.publicToken());
    }

    Ticket ticket(String ticketId) {
        return state.find(ticketId).or(() -> stores.db().read(c -> stores.tickets().find(c, ticketId)))
                .filter(t -> t.branch().equals(branch.id()))
                .orElseThrow(() -> new NotFoundException("ticket", ticketId));
    }

    /** The ticket, or its newest successor if it was transferred (same citizen, same status link). */
    Ticket current(String ticketId) {
        Ticket ticket = ticket(ticketId);
        if (ticket.status() != dk.skranke.core.ticket.TicketStatus.TRANSFERRED) {
            return ticket;
        }
        return stores.db().read(c -> stores.tickets().findByPublicToken(c, ticket.publicToken())).orElse(ticket);
    }

    LocalDate localDate(Instant instant) {
        return instant.atZone(branch.hours().zone()).toLocalDate();
    }

    // ---- private helpers ----

    private TicketView transition(String ticketId, String actor, TicketMutation mutation) {
        return locked(() -> {
            Instant now = clock.instant();
            Ticket current = ticket(ticketId);
            Ticket after = mutate(actor, now, change -> mutation.apply(change, current));
            return publicView(after, now);
        });
    }

    private Ticket finish(Change change, Ticket ticket, List<Outcome> outcomes) throws SQLException {
        Ticket done = ticket.finish(change.now(), outcomes);
        change.update(done);
        state.recordServiceTime(done);
        change.ticketEvent(EventType.TICKET_FINISHED, done, Map.of());
        return done;
    }

    private void setDeskOpen(Change change, Desk desk, boolean open) throws SQLException {
        stores.desks().save(change.connection(), branch.id(), desk.id(), open, change.now());
        change.onRollback(state.setDeskOpen(desk.id(), open));
        change.record(EventType.DESK_CHANGED, null, desk.id(), null, Map.of("desk", state.deskView(desk),
                "waiting", state.waitingPerService()));
    }

    /** What an earlier request with this clientRequestId did; 409 if it was a different request. */
    Optional<Entry> earlierRequest(String clientRequestId, String operation, String fingerprint) {
        if (clientRequestId == null) {
            return Optional.empty();
        }
        Optional<Entry> earlier = stores.db().read(c -> stores.idempotency().find(c, branch.id(), clientRequestId));
        earlier.ifPresent(entry -> {
            if (!entry.operation().equals(operation) || !entry.fingerprint().equals(fingerprint)) {
                throw new ConflictException("client-request-id-reused",
                        "this clientRequestId was already used for a different request");
            }
        });
        return earlier;
    }

    void rememberRequest(Change change, String clientRequestId, String operation, String fingerprint,
            String ticketId) throws SQLException {
        rememberRequest(change, clientRequestId, new Entry(operation, fingerprint, ticketId));
    }

    void rememberRequest(Change change, String clientRequestId, Entry entry) throws SQLException {
        if (clientRequestId != null) {
            stores.idempotency().remember(change.connection(), branch.id(), clientRequestId, entry, change.now());
        }
    }

    void requireService(String service) {
        if (branch.findService(service).isEmpty()) {
            throw new InvalidInputException("service", "unknown service '" + service + "'; this branch has "
                    + branch.services().stream().map(s -> s.id()).toList());
        }
    }

    /** At the first command of a new local day, tickets left from earlier days are cancelled. */
    private void rollOver(Instant now) {
        LocalDate today = localDate(now);
        if (today.equals(day)) {
            return;
        }
        List<Ticket> stale = stores.db().read(c -> stores.tickets().activeBefore(c, branch.id(), today));
        if (!stale.isEmpty()) {
            mutate("system", now, change -> {
                for (Ticket t : stale) {
                    Ticket closed = t.closeForDay(now);
                    change.update(closed);
                    change.ticketEvent(EventType.TICKET_CANCELLED, closed, Map.of("reason", "day-closed"));
                }
                return null;
            });
        }
        state.replaceTickets(stores.db().read(c -> stores.tickets().activeOn(c, branch.id(), today)));
        day = today;
    }

    /** A change to apply inside the transaction. */
    @FunctionalInterface
    interface Mutation<T> {
        T apply(Change change) throws SQLException;
    }

    /** A change to one existing ticket. */
    @FunctionalInterface
    private interface TicketMutation {
        Ticket apply(Change change, Ticket ticket) throws SQLException;
    }

    /** A ticket issued now or earlier (for a repeated clientRequestId). */
    public record Issued(TicketView ticket, boolean created) {
    }
}
