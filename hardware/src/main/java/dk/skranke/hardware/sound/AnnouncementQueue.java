package dk.skranke.hardware.sound;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The announcer: one worker thread takes calls in arrival order and hands each to a {@link ClipPlayer},
 * waiting for it to finish before the next, which is what guarantees announcements never overlap.
 *
 * <p>At most {@code capacity} calls wait; when a further call arrives the oldest waiting one is dropped
 * (logged WARN), because a call that has waited that long is stale and the citizen sees the display anyway.
 */
public final class AnnouncementQueue implements Announcer {

    /** Waiting calls kept by {@link #start(ClipPlayer)}: about half a minute of speech. */
    public static final int DEFAULT_CAPACITY = 8;

    private static final Logger LOG = LoggerFactory.getLogger(AnnouncementQueue.class);

    private final ClipPlayer player;
    private final int capacity;
    private final Deque<Call> waiting = new ArrayDeque<>();
    private final Object lock = new Object();
    private final Thread worker;
    private boolean closed;
    private boolean playing;

    private AnnouncementQueue(ClipPlayer player, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("announcement queue capacity must be at least 1, was " + capacity);
        }
        this.player = Objects.requireNonNull(player, "player");
        this.capacity = capacity;
        this.worker = new Thread(this::work, "skranke-announcer");
        this.worker.setDaemon(true);
    }

    /** Starts an announcer over the player with the default capacity. */
    public static AnnouncementQueue start(ClipPlayer player) {
        return start(player, DEFAULT_CAPACITY);
    }

    /** Starts an announcer over the player keeping at most {@code capacity} waiting calls. */
    public static AnnouncementQueue start(ClipPlayer player, int capacity) {
        AnnouncementQueue queue = new AnnouncementQueue(player, capacity);
        queue.worker.start();
        String playerKind = player.getClass().getSimpleName();
        LOG.info("Announcer started ({}, up to {} waiting calls)", playerKind, capacity);
        return queue;
    }

    @Override
    public void announce(Call call) {
        Objects.requireNonNull(call, "call");
        synchronized (lock) {
            if (closed) {
                LOG.debug("Announcer closed; ignoring call {}", call.spokenNumber());
                return;
            }
            if (waiting.size() >= capacity) {
                Call dropped = waiting.pollFirst();
                LOG.warn("More than {} calls waiting to be announced; dropping the oldest ({} to desk {})",
                        capacity, dropped.spokenNumber(), dropped.spokenDesk());
            }
            waiting.addLast(call);
            lock.notifyAll();
        }
    }

    /** Calls waiting to be announced, not counting the one being played. */
    public int waiting() {
        synchronized (lock) {
            return waiting.size();
        }
    }

    /**
     * Waits until every queued call has been played (or the announcer is closed), at most {@code timeout};
     * for command-line diagnostics that must not exit mid-sentence. Returns whether it became idle.
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while ((playing || !waiting.isEmpty()) && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    @Override
    public SoundStatus status() {
        synchronized (lock) {
            if (closed) {
                return SoundStatus.closed();
            }
        }
        return player.status();
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            waiting.clear();
            lock.notifyAll();
        }
        worker.interrupt();
        try {
            worker.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        player.close();
        LOG.info("Announcer closed");
    }

    private void work() {
        Call next;
        while ((next = take()) != null) {
            try {
                player.play(CallPhrase.of(next));
            } catch (RuntimeException e) {
                // A broken player must not end the worker: the next call deserves its chance.
                LOG.warn("Announcing {} to desk {} failed: {}", next.spokenNumber(), next.spokenDesk(), e.toString());
            } finally {
                synchronized (lock) {
                    playing = false;
                    lock.notifyAll();
                }
            }
        }
    }

    private Call take() {
        synchronized (lock) {
            while (waiting.isEmpty() && !closed) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    if (closed) {
                        return null;
                    }
                }
            }
            if (closed) {
                return null;
            }
            playing = true;
            return waiting.pollFirst();
        }
    }
}
