package dk.skranke.kiosk.sync;

import dk.skranke.client.CentralAnswer;
import dk.skranke.client.CentralUnreachableException;
import dk.skranke.hardware.printer.PrinterStatus;
import dk.skranke.kiosk.central.CentralClient;
import dk.skranke.kiosk.central.Connectivity;
import dk.skranke.kiosk.journal.Journal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells central this kiosk is alive ({@code POST /devices/{device}/heartbeat}) with its printer status,
 * version, pending outbox entries and whether it is online; on a schedule and at once when the printer
 * status changes. Doubles as the probe that notices central is back.
 */
public final class Heartbeat {
    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final CentralClient central;
    private final Journal journal;
    private final Connectivity connectivity;
    private final Supplier<PrinterStatus> printer;
    private final String version;
    private volatile PrinterStatus lastSeen;
    private volatile int lastRefusal;

    public Heartbeat(CentralClient central, Journal journal, Connectivity connectivity,
            Supplier<PrinterStatus> printer, String version) {
        this.central = central;
        this.journal = journal;
        this.connectivity = connectivity;
        this.printer = printer;
        this.version = version;
        this.lastSeen = printer.get();
    }

    /** Sends one heartbeat now; true if central accepted it. Never throws. */
    public boolean sendNow() {
        PrinterStatus status = printer.get();
        lastSeen = status;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pending", journal.pendingCount());
        details.put("online", connectivity.online());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("printer", status.wire());
        body.put("version", version);
        body.put("details", details);
        try {
            CentralAnswer answer = central.heartbeat(body);
            if (!answer.ok() && lastRefusal != answer.status()) {
                log.warn("central refused the heartbeat status={} error={}", answer.status(), answer.error());
            }
            lastRefusal = answer.ok() ? 0 : answer.status();
            return answer.ok();
        } catch (CentralUnreachableException e) {
            return false;
        } catch (RuntimeException e) {
            log.warn("heartbeat failed: {}", e.getMessage());
            return false;
        }
    }

    /** True when the printer status differs from the one last reported (the caller then sends at once). */
    public boolean printerChanged() {
        PrinterStatus now = printer.get();
        if (now != lastSeen) {
            log.info("printer status changed printer={} was={}", now.wire(), lastSeen.wire());
            lastSeen = now;
            return true;
        }
        return false;
    }
}
