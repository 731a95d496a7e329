package dk.skranke.central.status;

import dk.skranke.central.events.EventSink;
import dk.skranke.central.events.Frame;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One phone following one ticket. Only the newest view is kept: a phone that is slow to read skips
 * views it has not had time for, instead of piling them up, and an unchanged view is not sent again.
 */
final class Watcher {
    private static final Logger log = LoggerFactory.getLogger(Watcher.class);

    private final String token;
    private final EventSink sink;
    private final Executor executor;
    private final Runnable onClose;
    private final AtomicReference<String> pending = new AtomicReference<>();
    private final AtomicBoolean pingWanted = new AtomicBoolean();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String ticketId;
    private volatile boolean settled;
    private String lastSent;

    Watcher(String token, String ticketId, EventSink sink, Executor executor, Runnable onClose) {
        this.token = token;
        this.ticketId = ticketId;
        this.sink = sink;
        this.executor = executor;
        this.onClose = onClose;
    }

    String token() {
        return token;
    }

    String ticketId() {
        return ticketId;
    }

    /** True once the ticket has ended for good: nothing about it changes any more. */
    boolean settled() {
        return settled;
    }

    /** The ticket the token leads to now (a transfer successor has a new id). */
    void follow(String currentTicketId, boolean ended) {
        this.ticketId = currentTicketId;
        this.settled = ended;
    }

    void offer(String json) {
        pending.set(json);
        schedule();
    }

    void ping() {
        pingWanted.set(true);
        schedule();
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            sink.close();
            onClose.run();
        }
    }

    private void schedule() {
        if (!closed.get() && scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                close();
            }
        }
    }

    private void drain() {
        try {
            String json = pending.getAndSet(null);
            if (json != null && !json.equals(lastSent)) {
                sink.write(List.of(frame(json)));
                lastSent = json;
                pingWanted.set(false); // the stream just carried data: no keep-alive needed
            } else if (pingWanted.getAndSet(false)) {
                sink.ping();
            }
        } catch (Exception e) {
            log.debug("status watcher gone: {}", e.toString());
            close();
        } finally {
            scheduled.set(false);
            if (!closed.get() && (pending.get() != null || pingWanted.get())) {
                schedule();
            }
        }
    }

    private static Frame frame(String json) {
        return new Frame(0, ("event: status\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
}
