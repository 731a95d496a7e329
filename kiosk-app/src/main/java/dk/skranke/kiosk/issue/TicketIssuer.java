package dk.skranke.kiosk.issue;

import dk.skranke.client.CentralAnswer;
import dk.skranke.client.CentralUnreachableException;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.i18n.Language;
import dk.skranke.kiosk.central.CentralClient;
import dk.skranke.kiosk.journal.Journal;
import dk.skranke.kiosk.journal.OfflineTicket;
import dk.skranke.kiosk.sync.BranchCache;
import dk.skranke.kiosk.sync.BranchInfo;
import dk.skranke.kiosk.sync.QueueCounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues walk-in tickets: from central when it answers within the timeout, else from this kiosk's number block
 * for the service, committed to the journal before it is printed or shown. Then prints it.
 */
public final class TicketIssuer {
    private static final Logger log = LoggerFactory.getLogger(TicketIssuer.class);

    private final CentralClient central;
    private final Journal journal;
    private final BranchCache cache;
    private final WalkInHours hours;
    private final TicketOutput output;
    private final ClientRequestIds ids;
    private final PublicTokens tokens = new PublicTokens();
    private final Clock clock;
    private final String fallbackStatusBase;
    private final Runnable afterIssue;

    /**
     * @param fallbackStatusBase status page base ({@code http://central/t/}) if central's branch answer has none
     * @param afterIssue runs after every issued ticket (refresh the cache, top up the number blocks)
     */
    public TicketIssuer(CentralClient central, Journal journal, BranchCache cache, WalkInHours hours,
            TicketPrinting printing, ClientRequestIds ids, Clock clock, String branchId, String fallbackStatusBase,
            Runnable afterIssue) {
        this.central = central;
        this.journal = journal;
        this.cache = cache;
        this.hours = hours;
        this.output = new TicketOutput(cache, printing, branchId, clock);
        this.ids = ids;
        this.clock = clock;
        this.fallbackStatusBase = fallbackStatusBase;
        this.afterIssue = afterIssue;
    }

    public KioskTicket issue(String service, Language language) {
        BranchInfo branch = cache.branch().orElse(null);
        if (branch != null && branch.service(service).isEmpty()) {
            throw new InvalidInputException("service", "unknown service '" + service + "'; this branch has "
                    + branch.services().stream().map(BranchInfo.ServiceInfo::id).toList());
        }
        CentralAnswer answer;
        try {
            answer = central.issueTicket(service, language.code(), ids.next("t"));
        } catch (CentralUnreachableException e) {
            return issueOffline(branch, service, language);
        }
        if (answer.ok()) {
            hours.accepted();
            afterIssue.run();
            return output.fromCentral(answer.body(), language);
        }
        if (answer.status() == 409 && "closed".equals(answer.error())) {
            hours.refused(answer.body().path("reason").asText(null), answer.body().path("opensAt").asText(null),
                    ZonedDateTime.now(clock));
            throw KioskError.passThrough(answer);
        }
        if (answer.status() == 400) {
            throw KioskError.passThrough(answer);
        }
        log.warn("central refused a ticket status={} error={}", answer.status(), answer.error());
        throw KioskError.unavailable("central refused the ticket (" + answer.status() + " " + answer.error() + ")");
    }

    private KioskTicket issueOffline(BranchInfo branch, String service, Language language) {
        if (branch == null) {
            throw KioskError.unavailable("central is unreachable and this kiosk has no branch configuration yet");
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        HoursView walkIns = hours.at(now, branch.today());
        if (!walkIns.walkInsNow()) {
            throw closed(walkIns);
        }
        BranchInfo.ServiceInfo info = branch.service(service).orElseThrow();
        LocalDate day = now.toLocalDate();
        int ahead = waitingNow(branch, service, day);
        String token = tokens.next();
        OffsetDateTime issuedAt = now.toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS);
        OfflineTicket ticket = journal.issueOffline(service, info.prefix(), day, language.code(), issuedAt, token,
                ids.next("o")).orElseThrow(() -> {
                    log.warn("no offline number left service={} day={}", service, day);
                    afterIssue.run();
                    return KioskError.unavailable("central is unreachable and no reserved number is left for "
                            + service);
                });
        log.info("ticket issued offline number={} service={}", ticket.number(), service);
        afterIssue.run();
        QueueCounts.ServiceQueue cached = cache.queue().filter(q -> LocalDate.ofInstant(q.readAt(), clock.getZone())
                .equals(day)).map(q -> q.of(service)).orElse(QueueCounts.EMPTY);
        int estimate = Estimates.minutes(ahead, cached.waiting(), cached.estimatedWaitMinutes(),
                info.defaultServiceMinutes(), branch.desksServing(service));
        return output.fromJournal(ticket, language, ahead, estimate, statusBase(branch) + token);
    }

    /** Waiting for the service now: central's last count plus offline tickets it cannot know yet. */
    public int waitingNow(BranchInfo branch, String service, LocalDate day) {
        // counts from an earlier day say nothing about today's line
        QueueCounts queue = cache.queue().filter(q -> LocalDate.ofInstant(q.readAt(), clock.getZone()).equals(day))
                .orElse(null);
        int cached = queue == null ? 0 : queue.of(service).waiting();
        Map<String, Integer> since = journal.offlineTicketsSince(day, queue == null ? null : queue.readAt());
        return cached + since.getOrDefault(service, 0);
    }

    private String statusBase(BranchInfo branch) {
        String base = branch.statusBaseUrl() == null ? fallbackStatusBase : branch.statusBaseUrl();
        return base.endsWith("/") ? base : base + "/";
    }

    private static KioskError closed(HoursView walkIns) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", walkIns.reason());
        if (walkIns.opensAt() != null) {
            details.put("opensAt", walkIns.opensAt());
        }
        return new KioskError(409, "closed", "the branch does not take walk-in tickets now", details);
    }
}
