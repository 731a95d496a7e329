package dk.skranke.tools.demodata;

import dk.skranke.core.branch.Desk;
import dk.skranke.core.branch.Service;
import dk.skranke.core.event.EventType;
import dk.skranke.core.ticket.Outcome;
import dk.skranke.core.ticket.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What happens to one ticket from its call on: recall, no-show, start, transfer, finish with outcome tags. */
final class DeskVisit {
    private final DaySimulation day;
    private final TrafficModel model;
    private final DayLog log;

    DeskVisit(DaySimulation day, TrafficModel model, DayLog log) {
        this.day = day;
        this.model = model;
        this.log = log;
    }

    /** Plays the ticket to its end and returns its last version (a transfer's successor is recorded too). */
    Ticket attend(Ticket ticket, long eligible) {
        Desk desk = day.freeDesk(ticket.service());
        long callAt = Math.max(eligible, day.freeAt(desk));
        if (ticket.transferredFrom() == null) {
            day.leftQueue(ticket.service(), callAt);
        }
        if (ticket.kind() == dk.skranke.core.ticket.TicketKind.WALK_IN && callAt - eligible > 15 * 60_000 && model.chance(0.02)) {
            Ticket cancelled = ticket.cancel(at(eligible + model.between(5 * 60_000, 15 * 60_000)));
            log.ticket(EventType.TICKET_CANCELLED, cancelled, "demo-desk-" + desk.id(), -1, 0, 0, null);
            return cancelled;
        }
        String actor = "demo-desk-" + desk.id();
        Ticket called = ticket.call(desk.id(), at(callAt));
        log.ticket(EventType.TICKET_CALLED, called, actor, -1, 0, 0, null);
        if (model.chance(0.03)) {
            return noShow(desk, called, callAt, actor);
        }
        if (model.chance(0.04)) {
            called = called.recall(at(callAt + 45_000));
            log.ticket(EventType.TICKET_RECALLED, called, actor, 0, 0, 0, null);
        }
        return serve(desk, called, actor);
    }

    private Ticket noShow(Desk desk, Ticket called, long callAt, String actor) {
        Ticket recalled = called.recall(at(callAt + 60_000));
        log.ticket(EventType.TICKET_RECALLED, recalled, actor, 0, 0, 0, null);
        Ticket missed = recalled.noShow(at(callAt + 120_000));
        log.ticket(EventType.TICKET_NO_SHOW, missed, actor, 0, 0, 0, null);
        day.busyUntil(desk, callAt + 120_000);
        return missed;
    }

    private Ticket serve(Desk desk, Ticket called, String actor) {
        long begin = called.calledAt().toEpochMilli();
        Ticket current = called;
        if (model.chance(0.9)) {
            begin += model.between(10_000, 40_000);
            current = called.start(at(begin));
            log.ticket(EventType.TICKET_STARTED, current, actor, 0, 0, 0, null);
        }
        Service service = day.serviceOf(called.service());
        long end = begin + model.serviceMillis(service);
        Service other = called.transferredFrom() == null && model.chance(0.03)
                ? model.otherService(service.id()) : null;
        if (other != null) {
            return transfer(desk, current, other, Math.min(end, begin + 180_000), actor);
        }
        Ticket done = current.finish(at(end), outcomes(service));
        log.ticket(EventType.TICKET_FINISHED, done, actor, 0, 0, 0, null);
        day.busyUntil(desk, end);
        return done;
    }

    private Ticket transfer(Desk desk, Ticket current, Service to, long at, String actor) {
        Ticket ended = current.markTransferred(at(at));
        day.busyUntil(desk, at);
        Ticket successor = current.successorIn(day.id("t_"), to.id());
        log.ticket(EventType.TICKET_TRANSFERRED, successor, actor, 1, 0, 0, ended);
        day.record(new DeskVisit(day, model, log).attend(successor, at));
        return ended;
    }

    private List<Outcome> outcomes(Service service) {
        List<Outcome> tags = new ArrayList<>();
        boolean couldBeDigital = model.chance(service.hasDigitalAlternative() ? 0.35 : 0.05);
        if (couldBeDigital) {
            tags.add(Outcome.COULD_HAVE_BEEN_DIGITAL);
        }
        if (model.chance(couldBeDigital ? 0.6 : 0.03)) {
            tags.add(Outcome.HELPED_TO_SELF_SERVICE);
        }
        if (model.chance(0.05)) {
            tags.add(Outcome.NEEDS_FOLLOW_UP);
        }
        if (model.chance(0.02)) {
            tags.add(Outcome.REFERRED_ELSEWHERE);
        }
        return tags;
    }

    private static Instant at(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis);
    }
}
