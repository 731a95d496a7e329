package dk.skranke.tools.demodata;

import dk.skranke.central.store.Database;
import dk.skranke.central.store.HistoryWriter;
import dk.skranke.central.store.TicketStore;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.branch.Service;
import dk.skranke.core.error.ConflictException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

/**
 * Fills a database with generated traffic of one branch, day by day, in bulk (one transaction per day):
 * tickets, their events, appointments, nudge answers and the day's number counters, in the tables and
 * formats the live engine writes, so every report and the what-if can run on it.
 */
public final class DemoDataGenerator {
    private final Database database;
    private final Branch branch;
    private final TrafficModel model;
    private final DaySimulation.Codes codes;
    private final boolean allEvents;

    /**
     * @param perDay walk-ins on an ordinary open day before the weekday pattern (Monday busier, Friday quieter)
     * @param allEvents every event as the engine records it; false: only those the reports read (ticket.called,
     *     nudge.answered, appointment.booked), for very large benchmark databases
     */
    public DemoDataGenerator(Database database, Branch branch, long seed, double perDay, boolean allEvents) {
        this.database = database;
        this.branch = branch;
        this.model = new TrafficModel(branch, seed, perDay);
        this.codes = new DaySimulation.Codes(model);
        this.allEvents = allEvents;
    }

    /** Generates the local days {@code first} to {@code last}; refuses if the branch already has tickets then. */
    public Summary generate(LocalDate first, LocalDate last) {
        requireEmpty(first, last);
        Summary total = new Summary(0, 0, 0);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            total = total.plus(generate(day));
        }
        return total;
    }

    private Summary generate(LocalDate day) {
        DayLog log = new DayLog(branch.id(), branch.hours().zone(),
                branch.services().stream().map(Service::id).toList(), allEvents);
        DaySimulation simulation = new DaySimulation(branch, model, day, log, codes);
        simulation.run();
        if (simulation.tickets.isEmpty() && simulation.appointments.isEmpty()) {
            return new Summary(0, 0, 0);
        }
        database.inTransaction(c -> {
            write(c, day, simulation, log);
            return null;
        });
        return new Summary(1, simulation.tickets.size(), simulation.appointments.size());
    }

    private void write(Connection c, LocalDate day, DaySimulation simulation, DayLog log) throws SQLException {
        try (HistoryWriter writer = new HistoryWriter(c, database.dialect())) {
            for (DaySimulation.StoredTicket t : simulation.tickets) {
                writer.ticket(t.ticket(), day, t.seq(), t.estimate());
            }
            for (int i = 0; i < simulation.appointments.size(); i++) {
                writer.appointment(simulation.appointments.get(i), simulation.bookedAt.get(i));
            }
            for (Map.Entry<String, Long> counter : simulation.sequences().entrySet()) {
                writer.counter(branch.id(), counter.getKey(), day, counter.getValue());
            }
            log.write(writer);
            writer.flush();
        }
    }

    private void requireEmpty(LocalDate first, LocalDate last) {
        boolean taken = database.read(c -> new TicketStore().anyOn(c, branch.id(), first, last));
        if (taken) {
            throw new ConflictException("not-empty", "branch " + branch.id() + " already has tickets from " + first
                    + " to " + last + "; generate into an empty data directory");
        }
    }

    /** What was generated: open days, tickets (transfer successors included) and appointments. */
    public record Summary(int openDays, long tickets, long appointments) {
        Summary plus(Summary other) {
            return new Summary(openDays + other.openDays, tickets + other.tickets, appointments + other.appointments);
        }
    }
}
