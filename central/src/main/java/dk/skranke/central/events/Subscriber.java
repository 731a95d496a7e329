package dk.skranke.central.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live client of a branch stream. Sends are serialised per subscriber on a shared pool:
 * first the replay of stored events after the client's Last-Event-ID, then live events, skipping
 * any id already sent, so the client sees every event once and in order.
 */
final class Subscriber {
    private static final Logger log = LoggerFactory.getLogger(Subscriber.class);
    private static final int MAX_BACKLOG = 20_000;
    private static final int BATCH = 256;

    private final EventSink sink;
    private final Executor executor;
    private final LongFunction<List<Frame>> storedAfter;
    private final Runnable onClose;
    private final Queue<Frame> backlog = new ConcurrentLinkedQueue<>();
    private final AtomicInteger backlogSize = new AtomicInteger();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean pingWanted = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private boolean replayDone;
    private long lastSent;

    Subscriber(EventSink sink, Executor executor, long lastEventId, LongFunction<List<Frame>> storedAfter,
            Runnable onClose) {
        this.sink = sink;
        this.executor = executor;
        this.lastSent = lastEventId;
        this.storedAfter = storedAfter;
        this.onClose = onClose;
    }

    /** Starts the replay; a comment goes out first so the client sees the stream open at once. */
    void start() {
        pingWanted.set(true);
        schedule();
    }

    void offer(Frame event) {
        if (closed.get()) {
            return;
        }
        if (backlogSize.incrementAndGet() > MAX_BACKLOG) {
            // A client this far behind reconnects and catches up from the store; nothing is lost.
            log.warn("sse subscriber too slow, closing backlog={}", MAX_BACKLOG);
            close();
            return;
        }
        backlog.add(event);
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

    /** Its connection holds bytes the client has not taken (events still on their way here do not count). */
    boolean isBehind() {
        return !closed.get() && sink.behind();
    }

    boolean isClosed() {
        return closed.get();
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
            if (!replayDone) {
                sink.ping();
                pingWanted.set(false);
                replay();
                replayDone = true;
            }
            List<Frame> batch = new ArrayList<>();
            Frame event;
            while (!closed.get() && (event = backlog.poll()) != null) {
                backlogSize.decrementAndGet();
                batch.add(event);
                if (batch.size() == BATCH) {
                    sendNew(batch);
                    batch.clear();
                }
            }
            sendNew(batch);
            if (pingWanted.getAndSet(false) && !closed.get()) {
                sink.ping();
            }
        } catch (Exception e) {
            log.debug("sse subscriber gone: {}", e.toString());
            close();
        } finally {
            scheduled.set(false);
            if (!closed.get() && (!backlog.isEmpty() || pingWanted.get())) {
                schedule();
            }
        }
    }

    private void replay() throws Exception {
        List<Frame> batch;
        do {
            batch = storedAfter.apply(lastSent);
            sendNew(batch);
        } while (!batch.isEmpty() && !closed.get());
    }

    /** Writes the frames this client has not had yet (replay and live traffic may overlap), in one flush. */
    private void sendNew(List<Frame> frames) throws Exception {
        List<Frame> fresh = new ArrayList<>(frames.size());
        for (Frame frame : frames) {
            if (frame.id() > lastSent) {
                fresh.add(frame);
                lastSent = frame.id();
            }
        }
        if (!fresh.isEmpty()) {
            sink.write(fresh);
        }
    }
}
