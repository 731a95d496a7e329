package dk.skranke.central.engine;

import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.events.EventHub;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.error.NotFoundException;
import dk.skranke.core.ticket.Ticket;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The engines of every configured branch, and lookups that cross branches (ticket id, public token). */
public final class BranchRegistry {
    private final Map<String, BranchUnit> units = new LinkedHashMap<>();
    private final Stores stores;

    public BranchRegistry(CentralConfig config, Stores stores, EventHub hub, Clock clock) {
        this.stores = stores;
        Ids ids = new Ids();
        for (Branch branch : config.branches()) {
            BranchEngine engine = new BranchEngine(branch, stores, hub, clock, ids, config.publicBaseUrl());
            units.put(branch.id(), new BranchUnit(engine, new CheckIns(engine, stores, clock, ids),
                    new Devices(engine, stores, clock, ids), new Nudges(engine, clock),
                    new OfflineTickets(engine, stores, clock, ids)));
        }
    }

    public BranchUnit branch(String id) {
        BranchUnit unit = units.get(id);
        if (unit == null) {
            throw new NotFoundException("branch", id);
        }
        return unit;
    }

    /** The branch a ticket belongs to; 404 for an unknown id. */
    public String branchOfTicket(String ticketId) {
        return stores.db().read(c -> stores.tickets().find(c, ticketId)).map(Ticket::branch)
                .orElseThrow(() -> new NotFoundException("ticket", ticketId));
    }

    /** The current ticket behind a public status token. */
    public Optional<Ticket> byPublicToken(String token) {
        return stores.db().read(c -> stores.tickets().findByPublicToken(c, token));
    }

    /** One branch's engine and the services built on it. */
    public record BranchUnit(BranchEngine engine, CheckIns checkIns, Devices devices, Nudges nudges,
            OfflineTickets offlineTickets) {
    }
}
