package dk.skranke.kiosk.web;

import dk.skranke.kiosk.central.Connectivity;
import dk.skranke.kiosk.config.KioskConfig;
import dk.skranke.kiosk.issue.Estimates;
import dk.skranke.kiosk.issue.TicketIssuer;
import dk.skranke.kiosk.issue.TicketPrinting;
import dk.skranke.kiosk.issue.WalkInHours;
import dk.skranke.kiosk.journal.Journal;
import dk.skranke.kiosk.sync.BranchCache;
import dk.skranke.kiosk.sync.BranchInfo;
import dk.skranke.kiosk.sync.QueueCounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code GET /api/state} and {@code GET /api/health} (docs/kiosk.md) from the cache, journal and printer. */
public final class KioskState {
    private final KioskConfig config;
    private final BranchCache cache;
    private final Connectivity connectivity;
    private final TicketPrinting printing;
    private final WalkInHours hours;
    private final TicketIssuer issuer;
    private final Journal journal;
    private final Clock clock;

    public KioskState(KioskConfig config, BranchCache cache, Connectivity connectivity, TicketPrinting printing,
            WalkInHours hours, TicketIssuer issuer, Journal journal, Clock clock) {
        this.config = config;
        this.cache = cache;
        this.connectivity = connectivity;
        this.printing = printing;
        this.hours = hours;
        this.issuer = issuer;
        this.journal = journal;
        this.clock = clock;
    }

    public Map<String, Object> state() {
        BranchInfo branch = cache.branch().orElse(null);
        ZonedDateTime now = ZonedDateTime.now(clock);
        Map<String, Object> state = new LinkedHashMap<>();
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("id", config.central().branch());
        id.put("name", branch == null ? null : branch.name());
        state.put("branch", id);
        state.put("zone", config.zone().getId());
        state.put("languages", List.of("da", "en"));
        state.put("idleSeconds", config.idleSeconds());
        state.put("online", connectivity.online());
        state.put("printer", printing.status().wire());
        state.put("hours", hours.at(now, branch == null ? null : branch.today()));
        state.put("services", branch == null ? List.of() : services(branch, now.toLocalDate()));
        state.put("digitalChannels", config.digitalChannels());
        return state;
    }

    public Map<String, Object> health() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("online", connectivity.online());
        health.put("printer", printing.status().wire());
        health.put("pending", journal.pendingCount());
        return health;
    }

    private List<Map<String, Object>> services(BranchInfo branch, LocalDate today) {
        QueueCounts queue = cache.queue().filter(q -> LocalDate.ofInstant(q.readAt(), clock.getZone()).equals(today))
                .orElse(null);
        return branch.services().stream().map(s -> {
            QueueCounts.ServiceQueue cached = queue == null ? QueueCounts.EMPTY : queue.of(s.id());
            int waiting = issuer.waitingNow(branch, s.id(), today);
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("id", s.id());
            service.put("name", s.name());
            service.put("category", s.category());
            service.put("selfServiceUrl", s.selfServiceUrl());
            service.put("nudge", s.nudge());
            service.put("waiting", waiting);
            service.put("estimatedWaitMinutes", Estimates.minutes(waiting, cached.waiting(),
                    cached.estimatedWaitMinutes(), s.defaultServiceMinutes(), branch.desksServing(s.id())));
            return service;
        }).toList();
    }
}
