package dk.skranke.display.room;

import dk.skranke.display.room.RoomEvent.TicketData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the waiting room shows, as an immutable value with pure transitions: the tickets called now (one per
 * desk, newest call first), the last calls (newest first, a recall moves a ticket to the top), waiting counts per
 * service, desk and service names, and the connection to central. Events are applied once each, by id.
 *
 * <p>A ticket leaves "now serving" (and its desk's LED display goes blank) when it ends: finished, no-show,
 * cancelled or transferred. It stays in the history.
 */
public record RoomState(BranchInfo branch, Map<String, Integer> waiting, List<CalledTicket> nowServing,
        List<CalledTicket> history, Connection connection, Instant connectionSince, long lastEventId) {

    /** Rules for applying events: how many past calls to keep, and how old a call may be to still be said aloud. */
    public record Rules(int historySize, Duration announceWithin) {
    }

    public RoomState {
        Objects.requireNonNull(branch, "branch");
        waiting = Collections.unmodifiableMap(new LinkedHashMap<>(waiting));
        nowServing = List.copyOf(nowServing);
        history = List.copyOf(history);
        Objects.requireNonNull(connection, "connection");
    }

    /** An empty room of this branch, before the first contact with central; no event applied yet ({@code -1}). */
    public static RoomState initial(String branchId, Instant now, long lastEventId) {
        return new RoomState(BranchInfo.unknown(branchId), Map.of(), List.of(), List.of(), Connection.CONNECTING, now,
                lastEventId);
    }

    /** The desk's name as shown ("Skranke 1"), or its id when central has not named it. */
    public String deskName(String desk) {
        return branch.desks().stream().filter(d -> d.id().equals(desk)).map(BranchInfo.DeskName::name)
                .findFirst().orElse(desk);
    }

    /** The ticket called or served at this desk now, if any. */
    public Optional<CalledTicket> currentAt(String desk) {
        return nowServing.stream().filter(t -> t.desk().equals(desk)).findFirst();
    }

    /** The connection changed; nothing else does. */
    public RoomState withConnection(Connection newConnection, Instant at) {
        if (newConnection == connection) {
            return this;
        }
        return new RoomState(branch, waiting, nowServing, history, newConnection, at, lastEventId);
    }

    /**
     * Rebuilds names, waiting counts and the desks' current tickets from central's branch and queue (after a
     * (re)connect). Keeps what the room knew about a ticket still current (its call time and language); the
     * effects bring every desk display in line. Nothing is announced.
     */
    public Transition rebuild(BranchInfo info, QueueSnapshot queue) {
        List<CalledTicket> serving = new ArrayList<>();
        List<Effect> effects = new ArrayList<>();
        for (QueueSnapshot.DeskNow desk : queue.desks()) {
            QueueSnapshot.Current c = desk.current();
            if (c == null || !isAtDesk(c.status())) {
                effects.add(new Effect.ClearDesk(desk.desk(), null));
                continue;
            }
            CalledTicket known = nowServing.stream().filter(t -> t.ticketId().equals(c.ticketId())).findFirst()
                    .orElse(null);
            CalledTicket current = new CalledTicket(c.ticketId(), c.number(), desk.desk(), c.service(), c.status(),
                    c.callCount(), known == null ? null : known.calledAt(), known == null ? null : known.language());
            serving.add(current);
            effects.add(new Effect.ShowNumber(desk.desk(), c.ticketId(), c.number(), current.calledAt()));
        }
        serving.sort((a, b) -> compareNewestFirst(a, b, nowServing));
        RoomState next = new RoomState(info, queue.waiting(), serving, history, connection, connectionSince,
                lastEventId);
        return new Transition(next, effects);
    }

    /** The same room, counting event ids anew: the next event applied must be above {@code id}. */
    public RoomState withLastEventId(long id) {
        return new RoomState(branch, waiting, nowServing, history, connection, connectionSince, id);
    }

    /** Applies one event of the stream; an event at or below the last applied id changes nothing. */
    public Transition apply(RoomEvent event, Instant now, Rules rules) {
        if (event.id() != null && event.id() <= lastEventId) {
            return Transition.unchanged(this);
        }
        long id = event.id() == null ? lastEventId : event.id();
        Map<String, Integer> counts = event.waiting() == null ? waiting : mergeWaiting(event.waiting());
        RoomState base = new RoomState(withDeskName(event.desk()), counts, nowServing, history, connection,
                connectionSince, id);
        TicketData ticket = event.ticket();
        if (ticket == null || ticket.id() == null) {
            return Transition.unchanged(base);
        }
        return switch (event.type()) {
            case "ticket.called", "ticket.recalled" -> base.called(ticket, now, rules);
            case "ticket.started" -> base.started(ticket);
            case "ticket.finished", "ticket.no-show", "ticket.cancelled" -> base.ended(ticket.id());
            case "ticket.transferred" -> event.from() == null ? Transition.unchanged(base)
                    : base.ended(event.from().id());
            default -> Transition.unchanged(base);
        };
    }

    private Transition called(TicketData t, Instant now, Rules rules) {
        if (t.desk() == null || t.number() == null) {
            return Transition.unchanged(this);
        }
        CalledTicket call = new CalledTicket(t.id(), t.number(), t.desk(), t.service(),
                t.status() == null ? "called" : t.status(), Math.max(1, t.callCount()), t.calledAt(), t.language());
        List<CalledTicket> serving = new ArrayList<>();
        serving.add(call);
        nowServing.stream().filter(c -> !c.desk().equals(t.desk()) && !c.ticketId().equals(t.id()))
                .forEach(serving::add);
        List<CalledTicket> past = new ArrayList<>();
        past.add(call);
        history.stream().filter(c -> !c.ticketId().equals(t.id())).limit(Math.max(0, rules.historySize() - 1))
                .forEach(past::add);
        if (rules.historySize() == 0) {
            past.clear();
        }
        List<Effect> effects = new ArrayList<>();
        nowServing.stream().filter(c -> c.ticketId().equals(t.id()) && !c.desk().equals(t.desk()))
                .forEach(c -> effects.add(new Effect.ClearDesk(c.desk(), c.ticketId())));
        effects.add(new Effect.ShowNumber(t.desk(), t.id(), t.number(), t.calledAt()));
        if (fresh(t.calledAt(), now, rules.announceWithin())) {
            effects.add(new Effect.Announce(t.number(), t.desk(), call.language()));
        }
        return new Transition(new RoomState(branch, waiting, serving, past, connection, connectionSince,
                lastEventId), effects);
    }

    private Transition started(TicketData t) {
        List<CalledTicket> serving = nowServing.stream()
                .map(c -> c.ticketId().equals(t.id()) ? c.withStatus("serving") : c).toList();
        return Transition.unchanged(new RoomState(branch, waiting, serving, history, connection, connectionSince,
                lastEventId));
    }

    private Transition ended(String ticketId) {
        Optional<CalledTicket> gone = nowServing.stream().filter(c -> c.ticketId().equals(ticketId)).findFirst();
        if (gone.isEmpty()) {
            return Transition.unchanged(this);
        }
        List<CalledTicket> serving = nowServing.stream().filter(c -> !c.ticketId().equals(ticketId)).toList();
        return new Transition(new RoomState(branch, waiting, serving, history, connection, connectionSince,
                lastEventId), List.of(new Effect.ClearDesk(gone.get().desk(), ticketId)));
    }

    private Map<String, Integer> mergeWaiting(Map<String, Integer> update) {
        Map<String, Integer> merged = new LinkedHashMap<>(waiting);
        merged.putAll(update);
        return merged;
    }

    private BranchInfo withDeskName(RoomEvent.DeskData desk) {
        if (desk == null || desk.id() == null || desk.name() == null || desk.name().equals(deskName(desk.id()))) {
            return branch;
        }
        List<BranchInfo.DeskName> desks = new ArrayList<>(branch.desks().stream()
                .filter(d -> !d.id().equals(desk.id())).toList());
        desks.add(new BranchInfo.DeskName(desk.id(), desk.name()));
        return new BranchInfo(branch.id(), branch.name(), branch.services(), desks);
    }

    private static boolean isAtDesk(String status) {
        return "called".equals(status) || "serving".equals(status);
    }

    /** A call without a time is said; a call older than the window (replayed after an outage) is only shown. */
    private static boolean fresh(Instant calledAt, Instant now, Duration window) {
        return calledAt == null || !calledAt.isBefore(now.minus(window));
    }

    /** Known tickets keep their order; by call time where both have one; unknown ones go last. */
    private static int compareNewestFirst(CalledTicket a, CalledTicket b, List<CalledTicket> before) {
        int ia = indexOf(before, a);
        int ib = indexOf(before, b);
        if (ia >= 0 && ib >= 0) {
            return Integer.compare(ia, ib);
        }
        if (a.calledAt() != null && b.calledAt() != null) {
            return b.calledAt().compareTo(a.calledAt());
        }
        return Integer.compare(ia < 0 ? Integer.MAX_VALUE : ia, ib < 0 ? Integer.MAX_VALUE : ib);
    }

    private static int indexOf(List<CalledTicket> list, CalledTicket t) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).ticketId().equals(t.ticketId())) {
                return i;
            }
        }
        return -1;
    }
}
