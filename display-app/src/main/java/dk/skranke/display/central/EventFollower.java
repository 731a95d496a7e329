package dk.skranke.display.central;

import dk.skranke.client.CentralAnswer;
import dk.skranke.client.CentralUnreachableException;
import dk.skranke.display.room.BranchInfo;
import dk.skranke.display.room.QueueSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows central's branch event stream on its own thread: connects with {@code Last-Event-ID} of the last
 * event applied, rebuilds the room from {@code GET /branches/{b}} and {@code /queue} on every (re)connect,
 * hands each event to the listener in order, and reconnects with backoff when the stream ends, fails, or stays
 * silent longer than {@code silence} (central pings every 15 s, so silence means a dead connection).
 */
public final class EventFollower implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventFollower.class);

    /** What the follower reports; called on the follower's thread, one call at a time. */
    public interface Listener {
        /** The stream is open and the room can be rebuilt from this branch and queue; events follow. */
        void connected(BranchInfo branch, QueueSnapshot queue);

        /** The next event of the stream. */
        void event(SseEvent event);

        /** The stream is gone; a reconnect follows after a delay. */
        void disconnected(String why);

        /**
         * Central's event ids start lower than the id this display resumed after (a restored or new
         * database): from now on ids count from {@code firstId}, so apply it and what follows.
         */
        default void idsRestarted(long firstId) {
        }
    }

    private final CentralClient central;
    private final WireFormat wire;
    private final LongSupplier lastEventId;
    private final Duration silence;
    private final Listener listener;
    private final Backoff backoff = Backoff.standard();
    private final ScheduledExecutorService watchdog;
    private final Thread thread;
    private final Object lock = new Object();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;
    private volatile InputStream open;
    private volatile long lastByteNanos;
    private boolean quietFailures;

    public EventFollower(CentralClient central, WireFormat wire, LongSupplier lastEventId, Duration silence,
            Listener listener) {
        this.central = Objects.requireNonNull(central, "central");
        this.wire = Objects.requireNonNull(wire, "wire");
        this.lastEventId = Objects.requireNonNull(lastEventId, "lastEventId");
        this.silence = Objects.requireNonNull(silence, "silence");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.thread = new Thread(this::run, "skranke-events");
        this.thread.setDaemon(true);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "skranke-events-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        long period = Math.max(50, silence.toMillis() / 8);
        watchdog.scheduleAtFixedRate(this::checkSilence, period, period, TimeUnit.MILLISECONDS);
        thread.start();
    }

    /** How many times the stream was opened (and the room rebuilt) so far. */
    public int connections() {
        return connections.get();
    }

    private void run() {
        while (!closed) {
            Duration delay;
            try {
                delay = follow();
            } catch (InterruptedException e) {
                if (closed) {
                    return;
                }
                delay = backoff.next();
            } catch (RuntimeException e) {
                log.warn("event stream failed unexpectedly: {}", e.toString());
                delay = backoff.next();
            }
            waitBefore(delay);
        }
    }

    /** One connection from open to end; returns the delay before the next attempt. */
    private Duration follow() throws InterruptedException {
        long resumeAfter = lastEventId.getAsLong();
        HttpResponse<InputStream> response;
        try {
            response = central.openEvents(resumeAfter);
        } catch (IOException e) {
            return failed("central is unreachable (" + e.getClass().getSimpleName() + ")", backoff.next());
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                return refused(response.statusCode());
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                return failed("central answered without an event stream", backoff.next());
            }
            open = body;
            lastByteNanos = System.nanoTime();
            BranchInfo branch = wire.branch(checked(central.branch(), "branch"));
            QueueSnapshot queue = wire.queue(checked(central.queue(), "queue"));
            connections.incrementAndGet();
            log.info("event stream open branch={} resumeAfter={}", branch.id(), resumeAfter < 0 ? "none" : resumeAfter);
            quietFailures = false;
            backoff.reset();
            listener.connected(branch, queue);
            read(body, resumeAfter);
            return failed(closed ? "closed" : "the stream ended", backoff.next());
        } catch (IOException e) {
            return failed(closed ? "closed" : "the stream broke (" + e.getClass().getSimpleName() + ")", backoff.next());
        } catch (CentralUnreachableException e) {
            return failed(e.getMessage(), backoff.next());
        } finally {
            open = null;
        }
    }

    private void read(InputStream body, long resumeAfter) throws IOException {
        SseParser parser = new SseParser();
        byte[] buffer = new byte[8192];
        boolean first = true;
        int n;
        while (!closed && (n = body.read(buffer)) >= 0) {
            lastByteNanos = System.nanoTime();
            List<SseEvent> events = parser.feed(buffer, 0, n);
            for (SseEvent event : events) {
                Long id = WireFormat.eventId(event.id());
                if (first && id != null && id <= resumeAfter) {
                    // central answers "from now" to an id it never had: its log was restored or replaced
                    log.warn("central's event ids restarted: got {} after resuming from {}; following the new ids",
                            id, resumeAfter);
                    listener.idsRestarted(id);
                }
                first = first && id == null;
                listener.event(event);
            }
        }
    }

    private com.fasterxml.jackson.databind.JsonNode checked(CentralAnswer answer, String what) {
        if (!answer.ok()) {
            throw new CentralUnreachableException("central refused GET " + what + ": " + answer.status() + " "
                    + answer.error());
        }
        return answer.body();
    }

    private Duration refused(int status) {
        // A wrong token or branch is not fixed by retrying quickly; keep trying slowly so a config fix at central helps.
        String why = "central refused the event stream with status " + status
                + (status == 401 || status == 403 ? " (check central.token and central.branch)" : "");
        return failed(why, backoff.longest());
    }

    private Duration failed(String why, Duration delay) {
        if (!closed) {
            if (quietFailures) {
                log.debug("event stream still down: {}; retry in {} ms", why, delay.toMillis());
            } else {
                log.warn("event stream lost: {}; reconnecting in {} ms", why, delay.toMillis());
                quietFailures = true;
            }
            listener.disconnected(why);
        }
        return delay;
    }

    private void checkSilence() {
        InputStream stream = open;
        if (stream != null && System.nanoTime() - lastByteNanos > silence.toNanos()) {
            log.warn("event stream silent for more than {} ms; reconnecting", silence.toMillis());
            open = null;
            try {
                stream.close();
            } catch (IOException | RuntimeException e) {
                log.debug("closing a silent stream: {}", e.toString());
            }
        }
    }

    private void waitBefore(Duration delay) {
        long deadline = System.nanoTime() + delay.toNanos();
        synchronized (lock) {
            long left;
            while (!closed && (left = deadline - System.nanoTime()) > 0) {
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            // set under the lock the waiter checks it under, so its wake-up cannot be missed
            closed = true;
            lock.notifyAll();
        }
        watchdog.shutdownNow();
        InputStream stream = open;
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException | RuntimeException e) {
                log.debug("closing the stream: {}", e.toString());
            }
        }
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
