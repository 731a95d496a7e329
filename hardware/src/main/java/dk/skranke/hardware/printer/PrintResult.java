package dk.skranke.hardware.printer;

import java.util.Objects;

/** The outcome of one print: whether the ticket went out, the printer status, and a message the kiosk can show. */
public record PrintResult(boolean printed, PrinterStatus status, String message) {

    public PrintResult {
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    public static PrintResult printed(PrinterStatus status) {
        return new PrintResult(true, status, status == PrinterStatus.PAPER_NEAR_END
                ? "printed; paper is near its end" : "printed");
    }

    public static PrintResult notPrinted(PrinterStatus status) {
        return new PrintResult(false, status, "not printed: printer is " + status.wire());
    }

    public static PrintResult failed(PrinterStatus status, String reason) {
        return new PrintResult(false, status, "not printed: " + reason);
    }
}
