package dk.skranke.central.events;

import dk.skranke.central.store.Database;
import dk.skranke.central.store.EventStore;
import dk.skranke.central.store.EventStore.StoredEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans each branch's events out to its live subscribers, with replay from the event store on connect. */
public final class EventHub implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventHub.class);
    private static final int REPLAY_BATCH = 500;

    private final Database database;
    private final EventStore store;
    private final Map<String, Set<Subscriber>> byBranch = new ConcurrentHashMap<>();
    private final ExecutorService senders;
    /** One thread hands events to subscribers in publish order, so a command need not wait for the fan-out. */
    private final ExecutorService dispatcher;
    private final ScheduledExecutorService pinger;
    private final List<Consumer<StoredEvent>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    public EventHub(Database database, EventStore store, int senderThreads, long pingSeconds) {
        this.database = database;
        this.store = store;
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(senderThreads, r -> daemon(r, "sse-send-" + n.incrementAndGet()));
        this.dispatcher = Executors.newSingleThreadExecutor(r -> daemon(r, "sse-dispatch"));
        this.pinger = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sse-ping"));
        pinger.scheduleAtFixedRate(this::pingAll, pingSeconds, pingSeconds, TimeUnit.SECONDS);
    }

    /**
     * Adds a subscriber. With a last event id the stored events after it are sent first; without
     * one (null) the client gets events from now on.
     */
    public Runnable subscribe(String branch, Long lastEventId, EventSink sink) {
        if (closed) {
            sink.close(); // shutting down: the client reconnects to the next central and resumes there
            return () -> { };
        }
        Set<Subscriber> subscribers = byBranch.computeIfAbsent(branch, b -> ConcurrentHashMap.newKeySet());
        long newest = database.read(c -> store.lastId(c, branch));
        long from = lastEventId == null || lastEventId > newest ? newest : Math.max(0, lastEventId);
        Subscriber[] self = new Subscriber[1];
        self[0] = new Subscriber(sink, senders, from, after -> storedAfter(branch, after),
                () -> subscribers.remove(self[0]));
        subscribers.add(self[0]);
        self[0].start();
        return self[0]::close;
    }

    /**
     * Also hands every event to the listener, on the dispatcher thread after the stream subscribers
     * have it: the listener must return at once (e.g. only note that something changed).
     */
    public void listen(Consumer<StoredEvent> listener) {
        listeners.add(listener);
    }

    /**
     * Called in event-id order for each branch, after the event is committed; returns at once and
     * never throws, since the command that made the event has already succeeded. After close the
     * event is not sent live: it is stored, and every client gets it when it resumes.
     */
    public void publish(StoredEvent event) {
        if (closed) {
            return;
        }
        try {
            dispatcher.execute(() -> fanOut(event));
        } catch (RejectedExecutionException closedMeanwhile) {
            log.debug("event hub closed; event {} left to the clients' resume", event.id());
        }
    }

    private void fanOut(StoredEvent event) {
        Set<Subscriber> subscribers = byBranch.get(event.branch());
        if (subscribers != null && !subscribers.isEmpty()) {
            Frame frame = Frame.of(event);
            for (Subscriber subscriber : subscribers) {
                subscriber.offer(frame);
            }
        }
        for (Consumer<StoredEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("event listener failed: {}", e.toString());
            }
        }
    }

    public int subscriberCount() {
        return byBranch.values().stream().mapToInt(Set::size).sum();
    }

    /** Subscribers with events their client has not read yet: a lasting count means stalled clients. */
    public int subscribersBehind() {
        return byBranch.values().stream().mapToInt(set -> (int) set.stream().filter(Subscriber::isBehind).count())
                .sum();
    }

    private List<Frame> storedAfter(String branch, long afterId) {
        return database.read(c -> store.after(c, branch, afterId, REPLAY_BATCH)).stream().map(Frame::of).toList();
    }

    private void pingAll() {
        byBranch.values().forEach(set -> set.forEach(Subscriber::ping));
    }

    @Override
    public void close() {
        closed = true;
        pinger.shutdownNow();
        dispatcher.shutdownNow();
        byBranch.values().forEach(set -> List.copyOf(set).forEach(Subscriber::close));
        senders.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
