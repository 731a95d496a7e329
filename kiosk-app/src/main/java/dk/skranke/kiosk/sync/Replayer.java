package dk.skranke.kiosk.sync;

import dk.skranke.client.CentralAnswer;
import dk.skranke.client.CentralUnreachableException;
import dk.skranke.kiosk.central.CentralClient;
import dk.skranke.kiosk.journal.Journal;
import dk.skranke.kiosk.journal.OutboxEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the journal's pending outbox entries to central in the order they happened: offline tickets to
 * {@code POST /offline-tickets}, nudge answers to {@code POST /nudges}. Each entry carries its own
 * clientRequestId, so a round cut short by a crash or an outage is simply sent again. 2xx marks an entry
 * sent; 400/409 rejects it (kept, logged once); anything else stops the round and it is retried with backoff.
 */
public final class Replayer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Replayer.class);

    private final Journal journal;
    private final CentralClient central;
    private final Clock clock;
    private final Duration minBackoff;
    private final Duration maxBackoff;
    private final ReentrantLock round = new ReentrantLock();
    private final ScheduledExecutorService worker;
    private ScheduledFuture<?> next;
    private Duration backoff;
    private volatile int lastRefusal;

    public Replayer(Journal journal, CentralClient central, Clock clock, Duration minBackoff, Duration maxBackoff) {
        this.journal = journal;
        this.central = central;
        this.clock = clock;
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
        this.backoff = minBackoff;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kiosk-replay");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs one round now on the calling thread (waits for a round in progress) and returns what it did. */
    public ReplayResult replayNow() {
        round.lock();
        try {
            return runRound();
        } finally {
            round.unlock();
        }
    }

    /** Asks for a round soon on the background thread; cheap, coalesces with a round already scheduled. */
    public synchronized void trigger() {
        schedule(Duration.ZERO);
    }

    private synchronized void schedule(Duration delay) {
        if (worker.isShutdown()) {
            return;
        }
        if (next != null && !next.isDone()) {
            if (next.getDelay(TimeUnit.MILLISECONDS) <= delay.toMillis()) {
                return;
            }
            next.cancel(false);
        }
        next = worker.schedule(this::backgroundRound, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void backgroundRound() {
        synchronized (this) {
            next = null; // this round is running: a trigger or a retry from now on schedules the next one
        }
        try {
            ReplayResult result = replayNow();
            synchronized (this) {
                if (result.reachedCentral() && result.pending() == 0) {
                    backoff = minBackoff;
                    return;
                }
                Duration delay = result.reachedCentral() ? maxBackoff : backoff;
                backoff = min(backoff.multipliedBy(2), maxBackoff);
                schedule(delay);
            }
        } catch (RuntimeException e) {
            log.warn("replay round failed: {}", e.getMessage());
            schedule(maxBackoff);
        }
    }

    private ReplayResult runRound() {
        List<OutboxEntry> pending = journal.pending();
        int sent = 0;
        int rejected = 0;
        boolean reached = pending.isEmpty();
        for (OutboxEntry entry : pending) {
            CentralAnswer answer;
            try {
                answer = send(entry);
            } catch (CentralUnreachableException e) {
                return result(sent, rejected, reached);
            }
            reached = true;
            if (answer.ok()) {
                journal.markSent(entry.id(), clock.instant());
                sent++;
            } else if (answer.status() == 400 || answer.status() == 409 || answer.status() == 422) {
                journal.markRejected(entry.id(), answer.status() + " " + answer.body());
                log.warn("central rejected a replayed {} id={} service={} number={} status={} error={}",
                        entry.kind().name().toLowerCase(), entry.id(), entry.service(), entry.number(),
                        answer.status(), answer.error());
                rejected++;
            } else {
                if (lastRefusal != answer.status()) {
                    log.warn("central refused the replay status={} error={}; will retry", answer.status(),
                            answer.error());
                    lastRefusal = answer.status();
                }
                return result(sent, rejected, true);
            }
        }
        lastRefusal = 0;
        if (sent > 0) {
            log.info("replayed sent={} rejected={}", sent, rejected);
        }
        return result(sent, rejected, reached);
    }

    private ReplayResult result(int sent, int rejected, boolean reached) {
        return new ReplayResult(sent, rejected, journal.pendingCount(), reached);
    }

    private CentralAnswer send(OutboxEntry entry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientRequestId", entry.clientRequestId());
        body.put("service", entry.service());
        if (entry.kind() == OutboxEntry.Kind.TICKET) {
            body.put("number", entry.number());
            body.put("language", entry.language());
            body.put("issuedAt", entry.issuedAt());
            body.put("publicToken", entry.publicToken());
            return central.uploadOfflineTicket(body);
        }
        body.put("outcome", entry.outcome());
        body.put("language", entry.language());
        return central.sendNudge(body);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
