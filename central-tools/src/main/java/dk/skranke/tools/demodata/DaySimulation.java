package dk.skranke.tools.demodata;

import dk.skranke.core.appointment.Appointment;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.branch.Desk;
import dk.skranke.core.branch.Service;
import dk.skranke.core.event.EventType;
import dk.skranke.core.hours.DaySchedule;
import dk.skranke.core.hours.TimeInterval;
import dk.skranke.core.i18n.Language;
import dk.skranke.core.numbering.TicketNumbers;
import dk.skranke.core.queue.WaitEstimate;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketDraft;
import dk.skranke.core.ticket.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated day of a branch: walk-ins (some deflected by the kiosk's nudge), booked appointments
 * (some never checked in), and desks calling them first come first served, with recalls, no-shows,
 * transfers and outcome tags. The result is what the live engine would have stored.
 */
final class DaySimulation {
    static final String ID_CHARS = "abcdefghijkmnpqrstuvwxyz23456789";

    private final Branch branch;
    private final TrafficModel model;
    private final ZoneId zone;
    private final LocalDate day;
    private final DayLog log;
    private final Codes codes;
    private final Map<String, Long> deskFree = new HashMap<>();
    private final Map<String, Long> sequences = new LinkedHashMap<>();
    private final Map<String, java.util.PriorityQueue<Long>> queues = new HashMap<>();
    final List<StoredTicket> tickets = new ArrayList<>();
    final List<Appointment> appointments = new ArrayList<>();
    final List<Instant> bookedAt = new ArrayList<>();

    DaySimulation(Branch branch, TrafficModel model, LocalDate day, DayLog log, Codes codes) {
        this.branch = branch;
        this.model = model;
        this.zone = branch.hours().zone();
        this.day = day;
        this.log = log;
        this.codes = codes;
    }

    /** A ticket as it ends the day, with its sequence and printed estimate (null for none). */
    record StoredTicket(Ticket ticket, long seq, Integer estimate) {
    }

    /** A citizen about to join the queue. */
    private record Arrival(long at, Service service, Appointment appointment) {
    }

    Map<String, Long> sequences() {
        return sequences;
    }

    void run() {
        DaySchedule schedule = branch.hours().scheduleFor(day);
        if (schedule.intervals().isEmpty()) {
            return;
        }
        List<Arrival> arrivals = new ArrayList<>();
        for (TimeInterval interval : schedule.intervals()) {
            if (!schedule.appointmentOnly()) {
                walkIns(interval, schedule, arrivals);
            }
            appointments(interval, schedule.appointmentOnly() ? 0.8 : 0.3, arrivals);
        }
        arrivals.sort(Comparator.comparingLong(Arrival::at));
        long open = millis(schedule.intervals().get(0).from());
        branch.desks().forEach(d -> deskFree.put(d.id(), open));
        arrivals.forEach(this::serve);
    }

    private void walkIns(TimeInterval interval, DaySchedule schedule, List<Arrival> arrivals) {
        double openHours = 0;
        for (TimeInterval open : schedule.intervals()) {
            openHours += minutes(open) / 60.0;
        }
        long from = millis(interval.from());
        long last = millis(interval.to()) - branch.hours().lastWalkInBeforeClose().toMillis();
        for (long hourStart = from; hourStart < last; hourStart += 3_600_000) {
            long hourEnd = Math.min(last, hourStart + 3_600_000);
            double hour = Instant.ofEpochMilli(hourStart).atZone(zone).getHour() + 0.5;
            double expected = model.walkInsPerHour(day.getDayOfWeek(), hour, openHours) * (hourEnd - hourStart)
                    / 3_600_000.0;
            for (int i = model.poisson(expected); i > 0; i--) {
                walkIn(model.between(hourStart, hourEnd), arrivals);
            }
        }
    }

    private void walkIn(long at, List<Arrival> arrivals) {
        Service service = model.service();
        if (service.hasDigitalAlternative() && model.chance(0.6)) {
            double r = model.fraction();
            String outcome = r < 0.18 ? "deflected" : r < 0.92 ? "declined" : "abandoned";
            Map<String, Object> nudge = new LinkedHashMap<>();
            nudge.put("service", service.id());
            nudge.put("outcome", outcome);
            nudge.put("language", "da");
            log.other(EventType.NUDGE_ANSWERED, Instant.ofEpochMilli(at - 20_000), "demo-kiosk", service.id(),
                    Map.of("nudge", nudge));
            if (!outcome.equals("declined")) {
                return;
            }
        }
        arrivals.add(new Arrival(at, service, null));
    }

    private void appointments(TimeInterval interval, double bookedShare, List<Arrival> arrivals) {
        for (long slot = millis(interval.from()); slot + 900_000 <= millis(interval.to()); slot += 900_000) {
            if (!model.chance(bookedShare)) {
                continue;
            }
            Service service = model.service();
            Instant start = Instant.ofEpochMilli(slot);
            Appointment booked = new Appointment(id("a_"), branch.id(), service.id(), start, Duration.ofMinutes(15),
                    codes.next(), "demo-" + model.text("0123456789", 8), null, null);
            Instant bookedOn = start.minus(Duration.ofMinutes(model.between(60, 14 * 24 * 60)));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", booked.id());
            data.put("service", service.id());
            data.put("start", start.atZone(zone).toOffsetDateTime());
            data.put("durationMinutes", 15);
            log.other(EventType.APPOINTMENT_BOOKED, bookedOn, "demo-booking", service.id(), Map.of("appointment",
                    data));
            appointments.add(booked);
            bookedAt.add(bookedOn);
            if (model.chance(0.92)) {
                arrivals.add(new Arrival(slot - model.between(2 * 60_000, 20 * 60_000), service, booked));
            }
        }
    }

    private void serve(Arrival arrival) {
        Service service = arrival.service();
        boolean appointment = arrival.appointment() != null;
        long seq = sequences.merge(service.id(), 1L, Long::sum);
        Ticket ticket = Ticket.issue(new TicketDraft(id("t_"), TicketNumbers.format(service.prefix(), seq),
                branch.id(), service.id(), appointment ? TicketKind.APPOINTMENT : TicketKind.WALK_IN,
                model.chance(0.15) ? Language.EN : Language.DA, Instant.ofEpochMilli(arrival.at()),
                appointment ? arrival.appointment().start() : null,
                appointment ? arrival.appointment().id() : null, model.text(ID_CHARS, 32), false));
        int ahead = waitingAhead(service.id(), arrival.at());
        Integer estimate = appointment ? null : WaitEstimate.of(ahead, desksServing(service.id()),
                service.defaultServiceTime()).minutes();
        log.ticket(EventType.TICKET_ISSUED, ticket, "demo-kiosk", 1, ahead, estimate == null ? 0 : estimate, null);
        if (appointment) {
            int index = appointments.indexOf(arrival.appointment());
            appointments.set(index, arrival.appointment().checkIn(ticket.issuedAt(), ticket.id()));
        }
        long eligible = appointment ? Math.max(arrival.at(), arrival.appointment().start().toEpochMilli() - 300_000)
                : arrival.at();
        Ticket last = new DeskVisit(this, model, log).attend(ticket, eligible);
        tickets.add(new StoredTicket(last, seq, estimate));
    }

    /** The desk serving {@code service} that is free first. */
    Desk freeDesk(String service) {
        Desk best = null;
        for (Desk desk : branch.desks()) {
            if (desk.serves(service) && (best == null || deskFree.get(desk.id()) < deskFree.get(best.id()))) {
                best = desk;
            }
        }
        return best;
    }

    long freeAt(Desk desk) {
        return deskFree.get(desk.id());
    }

    void busyUntil(Desk desk, long until) {
        deskFree.put(desk.id(), until);
    }

    /** Remembers when a ticket of the service stopped waiting, for the estimates of those who come later. */
    void leftQueue(String service, long left) {
        queues.computeIfAbsent(service, s -> new java.util.PriorityQueue<>()).add(left);
    }

    void record(Ticket ticket) {
        tickets.add(new StoredTicket(ticket, 0, null));
    }

    Service serviceOf(String id) {
        return branch.service(id);
    }

    /** Arrivals come in time order, so those who left before {@code at} can be forgotten. */
    private int waitingAhead(String service, long at) {
        java.util.PriorityQueue<Long> leaving = queues.computeIfAbsent(service, s -> new java.util.PriorityQueue<>());
        while (!leaving.isEmpty() && leaving.peek() <= at) {
            leaving.poll();
        }
        return leaving.size();
    }

    private int desksServing(String service) {
        return (int) branch.desks().stream().filter(d -> d.serves(service)).count();
    }

    String id(String prefix) {
        return prefix + model.text(ID_CHARS, 16);
    }

    private long millis(java.time.LocalTime time) {
        return time.equals(java.time.LocalTime.MAX) ? day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()
                : day.atTime(time).atZone(zone).toInstant().toEpochMilli();
    }

    private static long minutes(TimeInterval interval) {
        return Duration.between(interval.from(), interval.to()).toMinutes();
    }

    /** Booking codes unique in the branch, from the same alphabet as real ones. */
    static final class Codes {
        private final TrafficModel model;
        private final java.util.Set<String> used = new java.util.HashSet<>();

        Codes(TrafficModel model) {
            this.model = model;
        }

        String next() {
            String code;
            do {
                code = model.text("ACDEFGHJKMNPQRTUVWXY34679", 8);
            } while (!used.add(code));
            return code;
        }
    }
}
