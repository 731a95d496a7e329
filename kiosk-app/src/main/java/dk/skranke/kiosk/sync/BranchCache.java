package dk.skranke.kiosk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.client.CentralAnswer;
import dk.skranke.client.CentralUnreachableException;
import dk.skranke.kiosk.central.CentralClient;
import dk.skranke.kiosk.journal.CachedJson;
import dk.skranke.kiosk.journal.Journal;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The branch configuration and queue counts last read from central, kept in memory and in the journal so
 * the kiosk can issue offline after a restart. {@link #refresh()} reads both again.
 */
public final class BranchCache {
    static final String BRANCH = "branch";
    static final String QUEUE = "queue";
    private static final Logger log = LoggerFactory.getLogger(BranchCache.class);

    private final CentralClient central;
    private final Journal journal;
    private final Clock clock;
    private final ObjectMapper json;
    private final AtomicReference<BranchInfo> branch = new AtomicReference<>();
    private final AtomicReference<QueueCounts> queue = new AtomicReference<>();
    private volatile int lastRefusal;

    public BranchCache(CentralClient central, Journal journal, Clock clock, ObjectMapper json) {
        this.central = central;
        this.journal = journal;
        this.clock = clock;
        this.json = json;
        journal.cache(BRANCH).flatMap(this::read).map(BranchInfo::parse).ifPresent(branch::set);
        journal.cache(QUEUE).flatMap(c -> read(c).map(n -> QueueCounts.parse(n, c.fetchedAt()))).ifPresent(queue::set);
    }

    public Optional<BranchInfo> branch() {
        return Optional.ofNullable(branch.get());
    }

    public Optional<QueueCounts> queue() {
        return Optional.ofNullable(queue.get());
    }

    /** Reads branch and queue from central; false if central was unreachable or refused. Never throws. */
    public boolean refresh() {
        try {
            CentralAnswer b = central.branch();
            if (!accepted(b, "branch")) {
                return false;
            }
            var readAt = clock.instant();
            journal.saveCache(BRANCH, b.body().toString(), readAt);
            branch.set(BranchInfo.parse(b.body()));
            CentralAnswer q = central.queue();
            if (!accepted(q, "queue")) {
                return false;
            }
            readAt = clock.instant();
            journal.saveCache(QUEUE, q.body().toString(), readAt);
            queue.set(QueueCounts.parse(q.body(), readAt));
            lastRefusal = 0;
            return true;
        } catch (CentralUnreachableException e) {
            return false;
        } catch (RuntimeException e) {
            log.warn("branch refresh failed: {}", e.getMessage());
            return false;
        }
    }

    private boolean accepted(CentralAnswer answer, String what) {
        if (answer.ok() && answer.body().isObject()) {
            return true;
        }
        if (lastRefusal != answer.status()) {
            log.warn("central refused the {} read status={} error={}", what, answer.status(), answer.error());
            lastRefusal = answer.status();
        }
        return false;
    }

    private Optional<JsonNode> read(CachedJson cached) {
        try {
            return Optional.of(json.readTree(cached.json()));
        } catch (JsonProcessingException e) {
            log.warn("cached central answer is unreadable; ignored");
            return Optional.empty();
        }
    }
}
