package dk.skranke.kiosk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.client.CentralAnswer;
import dk.skranke.client.CentralUnreachableException;
import dk.skranke.kiosk.central.CentralClient;
import dk.skranke.kiosk.config.KioskConfig;
import dk.skranke.kiosk.issue.ClientRequestIds;
import dk.skranke.kiosk.journal.Journal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps at least {@code refillBelow} numbers in reserve per service for today: reserves a block from central
 * when fewer remain. A request that got no answer is retried with the same clientRequestId, so central
 * returns the same block instead of a second one.
 */
public final class NumberBlockKeeper {
    private static final Logger log = LoggerFactory.getLogger(NumberBlockKeeper.class);

    private final CentralClient central;
    private final Journal journal;
    private final BranchCache cache;
    private final Clock clock;
    private final KioskConfig.NumberBlocks settings;
    private final ClientRequestIds ids;
    private final Map<String, String> unanswered = new HashMap<>();
    private LocalDate dayWarned;

    public NumberBlockKeeper(CentralClient central, Journal journal, BranchCache cache, Clock clock,
            KioskConfig.NumberBlocks settings, ClientRequestIds ids) {
        this.central = central;
        this.journal = journal;
        this.cache = cache;
        this.clock = clock;
        this.settings = settings;
        this.ids = ids;
    }

    /** Reserves blocks for every service that runs low today; returns how many were added. Never throws. */
    public synchronized int topUp() {
        BranchInfo branch = cache.branch().orElse(null);
        if (branch == null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        if (branch.today() != null && !branch.today().date().equals(today)) {
            if (!today.equals(dayWarned)) {
                log.warn("central's day {} differs from the kiosk's day {}; no number blocks reserved",
                        branch.today().date(), today);
                dayWarned = today;
            }
            return 0;
        }
        int added = 0;
        for (BranchInfo.ServiceInfo service : branch.services()) {
            // refillBelow 0 still keeps one number in reserve: offline issuing needs at least that
            if (journal.remaining(service.id(), today) >= Math.max(1, settings.refillBelow())) {
                continue;
            }
            try {
                added += reserve(service.id(), today) ? 1 : 0;
            } catch (CentralUnreachableException e) {
                return added;
            } catch (RuntimeException e) {
                log.warn("number block for service={} failed: {}", service.id(), e.getMessage());
            }
        }
        return added;
    }

    private boolean reserve(String service, LocalDate today) {
        String key = service + "@" + today;
        String requestId = unanswered.computeIfAbsent(key, k -> ids.next("b"));
        CentralAnswer answer = central.reserveNumbers(service, settings.size(), requestId);
        unanswered.remove(key);
        if (!answer.ok()) {
            log.warn("central refused a number block service={} status={} error={}", service, answer.status(),
                    answer.error());
            return false;
        }
        JsonNode b = answer.body();
        try {
            LocalDate day = LocalDate.parse(b.path("day").asText());
            long first = b.path("first").asLong();
            long last = b.path("last").asLong();
            if (first < 1 || last < first || !service.equals(b.path("service").asText(service))) {
                log.warn("central answered an unusable number block service={}", service);
                return false;
            }
            boolean added = journal.addBlock(service, day, first, last, clock.instant());
            if (added) {
                log.info("number block reserved service={} day={} first={} last={}", service, day, first, last);
            }
            return added;
        } catch (DateTimeParseException e) {
            log.warn("central answered a number block without a day service={}", service);
            return false;
        }
    }
}
