package dk.skranke.central.engine;

import dk.skranke.central.view.TicketView;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketStatus;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The waiting tickets of a branch per service, for the staff console's queue overview. */
public final class WaitingTickets {
    private static final Comparator<TicketView> BY_PLACE = Comparator.comparingInt(TicketView::waitingAhead)
            .thenComparing(TicketView::issuedAt);

    private final BranchRegistry registry;
    private final Stores stores;
    private final Clock clock;

    public WaitingTickets(BranchRegistry registry, Stores stores, Clock clock) {
        this.registry = registry;
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * Per service in configured order, its waiting tickets by place (people ahead, then time);
     * the views carry no status link.
     */
    public Map<String, List<TicketView>> of(String branch) {
        BranchEngine engine = registry.branch(branch).engine();
        List<String> ids = stores.db().read(c -> stores.tickets().activeOn(c, branch,
                engine.localDate(clock.instant()))).stream()
                .filter(t -> t.status() == TicketStatus.WAITING).map(Ticket::id).toList();
        Map<String, TicketView> live = engine.liveViews(ids);
        Map<String, List<TicketView>> byService = new LinkedHashMap<>();
        engine.branch().services().forEach(s -> byService.put(s.id(), live.values().stream()
                .filter(v -> v.service().equals(s.id()) && "waiting".equals(v.status())).sorted(BY_PLACE).toList()));
        return byService;
    }
}
