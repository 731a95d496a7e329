package dk.skranke.kiosk.issue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.core.i18n.Language;
import dk.skranke.hardware.printer.PrintResult;
import dk.skranke.kiosk.journal.Journal;
import dk.skranke.kiosk.journal.OfflineTicket;
import dk.skranke.kiosk.sync.BranchCache;
import dk.skranke.kiosk.sync.BranchInfo;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Prints a ticket (from central's answer or from the journal) and turns it into the page's {@link KioskTicket}. */
final class TicketOutput {
    private final BranchCache cache;
    private final TicketPrinting printing;
    private final String branchId;
    private final Clock clock;

    TicketOutput(BranchCache cache, TicketPrinting printing, String branchId, Clock clock) {
        this.cache = cache;
        this.printing = printing;
        this.branchId = branchId;
        this.clock = clock;
    }

    KioskTicket fromCentral(JsonNode t, Language language) {
        String service = t.path("service").asText();
        String issuedAt = t.path("issuedAt").asText(null);
        String statusUrl = text(t.path("statusUrl"));
        int ahead = Math.max(0, t.path("waitingAhead").asInt(0));
        int estimate = Math.max(0, t.path("estimatedWaitMinutes").asInt(0));
        PrintResult printed = printing.print(request(language, service, t.path("number").asText(), time(issuedAt),
                ahead, estimate, statusUrl));
        return new KioskTicket(t.path("number").asText(), service, t.path("kind").asText("walk-in"), ahead, estimate,
                issuedAt, text(t.path("appointmentStart")), statusUrl, printed.printed(), printed.status().wire(),
                false);
    }

    KioskTicket fromJournal(OfflineTicket t, Language language, int ahead, int estimate, String statusUrl) {
        PrintResult printed = printing.print(request(language, t.service(), t.number(), t.issuedAt(), ahead, estimate,
                statusUrl));
        return new KioskTicket(t.number(), t.service(), "walk-in", ahead, estimate, Journal.TIME.format(t.issuedAt()),
                null, statusUrl, printed.printed(), printed.status().wire(), true);
    }

    private PrintRequest request(Language language, String serviceId, String number, OffsetDateTime issuedAt,
            int ahead, int estimate, String statusUrl) {
        Optional<BranchInfo> branch = cache.branch();
        Optional<BranchInfo.ServiceInfo> service = branch.flatMap(b -> b.service(serviceId));
        return new PrintRequest(language, branch.map(BranchInfo::name).orElse(branchId),
                service.map(s -> s.name().in(language)).orElse(serviceId), number, issuedAt, ahead, estimate,
                statusUrl, service.map(BranchInfo.ServiceInfo::selfServiceUrl).orElse(null),
                service.map(BranchInfo.ServiceInfo::nudge).map(n -> n.in(language)).orElse(null));
    }

    private OffsetDateTime time(String iso) {
        try {
            return iso == null ? OffsetDateTime.now(clock) : OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.now(clock);
        }
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }
}
