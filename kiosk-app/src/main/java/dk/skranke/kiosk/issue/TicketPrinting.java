package dk.skranke.kiosk.issue;

import dk.skranke.core.i18n.Language;
import dk.skranke.hardware.printer.PaperWidth;
import dk.skranke.hardware.printer.PrintResult;
import dk.skranke.hardware.printer.PrinterStatus;
import dk.skranke.hardware.printer.TicketLayout;
import dk.skranke.hardware.printer.TicketPrinter;
import dk.skranke.hardware.printer.TicketTexts;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints tickets on the kiosk's printer, or says why not. Nothing is sent to a printer whose status says it
 * cannot print; every time a ticket is not printed, {@code onNotPrinted} runs (the kiosk sends a heartbeat so
 * central sees the fault). The time on the ticket is in the branch's zone, whatever offset it came with.
 */
public final class TicketPrinting {
    private static final Logger log = LoggerFactory.getLogger(TicketPrinting.class);
    private static final TicketTexts DANISH = TicketTexts.danish();
    private static final TicketTexts ENGLISH = TicketTexts.english();

    private final TicketPrinter printer;
    private final PaperWidth paper;
    private final ZoneId zone;
    private final Runnable onNotPrinted;

    public TicketPrinting(Optional<TicketPrinter> printer, PaperWidth paper, ZoneId zone, Runnable onNotPrinted) {
        this.printer = printer.orElse(null);
        this.paper = paper;
        this.zone = zone;
        this.onNotPrinted = onNotPrinted;
    }

    /** The printer's last known status; {@code offline} when the kiosk has no printer. */
    public PrinterStatus status() {
        return printer == null ? PrinterStatus.OFFLINE : printer.status();
    }

    /** Prints the ticket if the printer can; never throws. */
    public PrintResult print(PrintRequest ticket) {
        PrinterStatus before = status();
        if (printer == null || !before.canPrint()) {
            return notPrinted(PrintResult.notPrinted(before), ticket);
        }
        PrintResult result;
        try {
            result = printer.print(layout(ticket));
        } catch (RuntimeException e) {
            // not the message: it may quote the status URL, whose token is the key to the citizen's status page
            String failure = e.getClass().getSimpleName();
            log.warn("ticket not printed number={} failure={}", ticket.number(), failure);
            result = PrintResult.failed(status(), "the ticket could not be laid out or sent");
        }
        return result.printed() ? result : notPrinted(result, ticket);
    }

    private PrintResult notPrinted(PrintResult result, PrintRequest ticket) {
        log.warn("ticket not printed number={} printer={} reason=\"{}\"", ticket.number(), result.status().wire(),
                result.message());
        onNotPrinted.run();
        return result;
    }

    private TicketLayout layout(PrintRequest t) {
        String nudge = t.selfServiceUrl() == null || t.nudge() == null || t.nudge().isBlank() ? null
                : t.nudge().replaceAll("\\s+", " ").trim();
        return new TicketLayout(paper, t.branchName(), t.serviceName(), t.number(), t.issuedAt().atZoneSameInstant(zone),
                t.peopleAhead(), t.estimatedWaitMinutes(), t.statusUrl(), t.selfServiceUrl(), nudge, null,
                t.language() == Language.EN ? ENGLISH : DANISH);
    }
}
