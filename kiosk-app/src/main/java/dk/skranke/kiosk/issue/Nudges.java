package dk.skranke.kiosk.issue;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.i18n.Language;
import dk.skranke.core.ticket.NudgeOutcome;
import dk.skranke.kiosk.journal.Journal;
import dk.skranke.kiosk.sync.BranchCache;
import dk.skranke.kiosk.sync.BranchInfo;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Records what a citizen did when shown a service's digital alternative: journaled first, sent by the replayer. */
public final class Nudges {
    private final Journal journal;
    private final BranchCache cache;
    private final ClientRequestIds ids;
    private final Clock clock;
    private final Runnable send;

    /** @param send asks the replayer to send pending entries now */
    public Nudges(Journal journal, BranchCache cache, ClientRequestIds ids, Clock clock, Runnable send) {
        this.journal = journal;
        this.cache = cache;
        this.ids = ids;
        this.clock = clock;
        this.send = send;
    }

    public void record(String service, NudgeOutcome outcome, Language language) {
        BranchInfo branch = cache.branch().orElse(null);
        if (branch != null) {
            BranchInfo.ServiceInfo info = branch.service(service).orElseThrow(() -> new InvalidInputException(
                    "service", "unknown service '" + service + "'; this branch has "
                            + branch.services().stream().map(BranchInfo.ServiceInfo::id).toList()));
            if (info.selfServiceUrl() == null) {
                throw new InvalidInputException("service", "service '" + service
                        + "' has no digital alternative to nudge to");
            }
        }
        journal.addNudge(ids.next("n"), service, outcome.wire(), language.code(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        send.run();
    }
}
