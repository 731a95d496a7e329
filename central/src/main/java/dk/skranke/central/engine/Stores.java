package dk.skranke.central.engine;

import dk.skranke.central.store.AppointmentStore;
import dk.skranke.central.store.Database;
import dk.skranke.central.store.DeskStateStore;
import dk.skranke.central.store.DeviceStore;
import dk.skranke.central.store.EventStore;
import dk.skranke.central.store.IdempotencyStore;
import dk.skranke.central.store.NumberStore;
import dk.skranke.central.store.TicketStore;

/** The database and its stores, handed to the engines as one dependency. */
public record Stores(Database db, TicketStore tickets, NumberStore numbers, EventStore events,
        IdempotencyStore idempotency, AppointmentStore appointments, DeskStateStore desks, DeviceStore devices) {

    public static Stores on(Database db) {
        return new Stores(db, new TicketStore(), new NumberStore(), new EventStore(), new IdempotencyStore(),
                new AppointmentStore(), new DeskStateStore(), new DeviceStore());
    }
}
