package dk.skranke.kiosk.issue;

import dk.skranke.client.CentralAnswer;
import dk.skranke.client.CentralUnreachableException;
import dk.skranke.core.i18n.Language;
import dk.skranke.kiosk.central.CentralClient;
import dk.skranke.kiosk.sync.BranchCache;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appointment check-in: only central knows the bookings, so this needs central ({@code 503 offline} without).
 * Central's answers the citizen can act on are passed through; the booking code is never logged.
 */
public final class CheckIns {
    private static final Logger log = LoggerFactory.getLogger(CheckIns.class);
    private static final Set<String> PASSED_THROUGH = Set.of("invalid-input", "unknown-code", "too-early", "too-late");

    private final CentralClient central;
    private final TicketOutput output;
    private final Runnable afterCheckIn;

    public CheckIns(CentralClient central, TicketPrinting printing, BranchCache cache, String branchId, Clock clock,
            Runnable afterCheckIn) {
        this.central = central;
        this.output = new TicketOutput(cache, printing, branchId, clock);
        this.afterCheckIn = afterCheckIn;
    }

    public KioskTicket checkIn(String code, Language language) {
        CentralAnswer answer = askTwice(code, language);
        if (answer.ok()) {
            afterCheckIn.run();
            return output.fromCentral(answer.body(), language);
        }
        if (answer.status() < 500 && PASSED_THROUGH.contains(answer.error())) {
            log.info("check-in refused error={}", answer.error());
            throw KioskError.passThrough(answer);
        }
        log.warn("central refused a check-in status={} error={}", answer.status(), answer.error());
        throw KioskError.unavailable("central refused the check-in (" + answer.status() + " " + answer.error() + ")");
    }

    /**
     * A check-in may have been stored by central although its answer came too late; asking again is safe
     * (a repeated check-in answers with the same ticket), and sending the citizen to take a walk-in number
     * instead would lose the booked place.
     */
    private CentralAnswer askTwice(String code, Language language) {
        try {
            return central.checkIn(code, language.code());
        } catch (CentralUnreachableException first) {
            try {
                return central.checkIn(code, language.code());
            } catch (CentralUnreachableException second) {
                throw KioskError.offline();
            }
        }
    }
}
