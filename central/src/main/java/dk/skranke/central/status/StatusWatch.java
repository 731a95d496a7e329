package dk.skranke.central.status;

import dk.skranke.central.events.EventHub;
import dk.skranke.central.events.EventSink;
import dk.skranke.central.store.EventStore.StoredEvent;
import dk.skranke.central.view.Json;
import dk.skranke.central.view.TicketView;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live status for citizens' phones. An event of a branch only marks the branch as changed; at most
 * once per interval the watch computes the views of all the branch's watched tickets in one pass
 * under the branch lock and sends each phone its view if it changed. So a busy queue costs one
 * computation per interval, however many phones follow it, and the display stream never waits.
 */
public final class StatusWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StatusWatch.class);

    private final PublicStatus status;
    private final Map<String, Set<Watcher>> byBranch = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker;
    private final ExecutorService senders;
    private volatile boolean closed;

    public StatusWatch(PublicStatus status, EventHub hub, Duration interval, Duration ping) {
        this.status = status;
        AtomicInteger n = new AtomicInteger();
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "status-watch"));
        this.senders = Executors.newFixedThreadPool(2, r -> daemon(r, "status-send-" + n.incrementAndGet()));
        hub.listen(this::noteChange);
        ticker.scheduleWithFixedDelay(this::refreshChanged, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        ticker.scheduleAtFixedRate(this::pingAll, ping.toMillis(), ping.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Follows the ticket for one phone: its view now at once, then whenever it changes. Returns what
     * to call when the phone goes away.
     */
    public Runnable watch(String token, Ticket current, EventSink sink) {
        if (closed) {
            sink.close(); // shutting down: the phone reconnects and gets its view from the next central
            return () -> { };
        }
        Set<Watcher> watchers = byBranch.computeIfAbsent(current.branch(), b -> ConcurrentHashMap.newKeySet());
        Watcher[] self = new Watcher[1];
        self[0] = new Watcher(token, current.id(), sink, senders, () -> watchers.remove(self[0]));
        // Registered before the first view is computed: a change in between marks the branch again.
        watchers.add(self[0]);
        refresh(self[0], Optional.empty());
        return self[0]::close;
    }

    public int watcherCount() {
        return byBranch.values().stream().mapToInt(Set::size).sum();
    }

    private void noteChange(StoredEvent event) {
        if ((event.type().startsWith("ticket.") || event.type().equals("desk.changed"))
                && !byBranch.getOrDefault(event.branch(), Set.of()).isEmpty()) {
            changed.add(event.branch());
        }
    }

    private void refreshChanged() {
        for (String branch : List.copyOf(changed)) {
            changed.remove(branch);
            try {
                refreshBranch(branch);
            } catch (RuntimeException e) {
                log.warn("status refresh failed branch={}: {}", branch, e.toString());
                changed.add(branch); // try again next interval
            }
        }
    }

    private void refreshBranch(String branch) {
        List<Watcher> live = new ArrayList<>();
        for (Watcher w : byBranch.getOrDefault(branch, Set.of())) {
            if (!w.settled()) {
                live.add(w);
            }
        }
        if (live.isEmpty()) {
            return;
        }
        Map<String, TicketView> views = status.branches().branch(branch).engine()
                .liveViews(live.stream().map(Watcher::ticketId).toList());
        for (Watcher w : live) {
            refresh(w, Optional.ofNullable(views.get(w.ticketId())));
        }
    }

    /** Sends the watcher its view: the live one if given, else the ticket as stored (ended, or transferred). */
    private void refresh(Watcher watcher, Optional<TicketView> live) {
        if (live.isPresent()) {
            var branch = status.branches().branch(live.get().branch()).engine().branch();
            watcher.offer(Json.write(PublicStatus.body(branch, live.get())));
            return;
        }
        Optional<Ticket> current = status.find(watcher.token());
        if (current.isEmpty()) {
            watcher.close(); // cannot happen while tickets are kept; nothing sensible to show
            return;
        }
        watcher.follow(current.get().id(), current.get().status().isFinal()
                && current.get().status() != TicketStatus.TRANSFERRED);
        watcher.offer(Json.write(status.view(current.get())));
    }

    private void pingAll() {
        byBranch.values().forEach(set -> set.forEach(Watcher::ping));
    }

    @Override
    public void close() {
        closed = true;
        ticker.shutdownNow();
        byBranch.values().forEach(set -> List.copyOf(set).forEach(Watcher::close));
        senders.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
