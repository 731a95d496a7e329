package dk.skranke.central.engine;

import dk.skranke.central.view.TicketView;
import dk.skranke.core.appointment.Appointment;
import dk.skranke.core.appointment.BookingCodes;
import dk.skranke.core.error.ConflictException;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.error.NotFoundException;
import dk.skranke.core.event.EventType;
import dk.skranke.core.i18n.Language;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Booking appointments (from a booking system) and checking citizens in for them at the kiosk. */
public final class CheckIns {
    private final BranchEngine engine;
    private final Stores stores;
    private final Clock clock;
    private final Ids ids;

    public CheckIns(BranchEngine engine, Stores stores, Clock clock, Ids ids) {
        this.engine = engine;
        this.stores = stores;
        this.clock = clock;
        this.ids = ids;
    }

    /** Books an appointment; a code is generated unless the booking system brings its own. */
    public Appointment book(String service, OffsetDateTime start, int durationMinutes, String code,
            String reference, String actor) {
        engine.branch().findService(service).orElseThrow(() -> new InvalidInputException("service",
                "unknown service '" + service + "'"));
        String normalised = code == null ? null : BookingCodes.normalise(code);
        if (normalised != null && !BookingCodes.isWellFormed(normalised)) {
            throw new InvalidInputException("code", "must be 4-16 letters or digits");
        }
        return engine.locked(() -> engine.mutate(actor, clock.instant(), change -> {
            String finalCode = normalised != null ? normalised : freshCode(change);
            if (stores.appointments().codeExists(change.connection(), engine.branch().id(), finalCode)) {
                throw new ConflictException("code-taken", "an appointment with this code already exists");
            }
            Appointment appointment = new Appointment(ids.next("a_"), engine.branch().id(), service,
                    start.toInstant(), Duration.ofMinutes(durationMinutes), finalCode, reference, null, null);
            stores.appointments().insert(change.connection(), appointment, change.now());
            change.record(EventType.APPOINTMENT_BOOKED, null, null, service, publicFields(appointment));
            return appointment;
        }));
    }

    /** Checks in with a booking code and returns the appointment's ticket (the same one on a repeat). */
    public CheckedIn checkIn(String typedCode, Language language, String actor) {
        String code = BookingCodes.normalise(typedCode);
        if (!BookingCodes.isWellFormed(code)) {
            throw new InvalidInputException("code", "must be 4-16 letters or digits");
        }
        return engine.locked(() -> {
            Instant now = clock.instant();
            Appointment appointment = stores.db().read(c -> stores.appointments().findByCode(c,
                    engine.branch().id(), code)).orElseThrow(() -> new NotFoundException("unknown-code",
                    "appointment", "no appointment has this booking code"));
            if (appointment.isCheckedIn()) {
                return new CheckedIn(engine.publicView(engine.current(appointment.ticketId()), now), false);
            }
            engine.branch().checkInWindow().requireOpen(appointment, now, engine.branch().hours().zone());
            Ticket ticket = engine.mutate(actor, now, change -> {
                Ticket issued = engine.insertNew(change, appointment.service(), TicketKind.APPOINTMENT, language,
                        appointment.start(), appointment.id(), null);
                stores.appointments().markCheckedIn(change.connection(), appointment.checkIn(now, issued.id()));
                change.ticketEvent(EventType.TICKET_ISSUED, issued, Map.of());
                return issued;
            });
            return new CheckedIn(engine.publicView(ticket, now), true);
        });
    }

    /** The day's appointments (branch-local date), with their personal fields for staff and integrators. */
    public List<Appointment> on(LocalDate date) {
        var zone = engine.branch().hours().zone();
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        return stores.db().read(c -> stores.appointments().between(c, engine.branch().id(), from, to));
    }

    private String freshCode(Change change) throws java.sql.SQLException {
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = ids.bookingCode();
            if (!stores.appointments().codeExists(change.connection(), engine.branch().id(), candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free booking code after 20 attempts");
    }

    private Map<String, Object> publicFields(Appointment a) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", a.id());
        data.put("service", a.service());
        data.put("start", TicketView.at(a.start(), engine.branch().hours().zone()));
        data.put("durationMinutes", a.duration().toMinutes());
        return Map.of("appointment", data);
    }

    /** The appointment's ticket, and whether this check-in created it. */
    public record CheckedIn(TicketView ticket, boolean created) {
    }
}
