package dk.skranke.hardware;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.hardware.printer.EscPosPrinterSettings;
import dk.skranke.hardware.printer.EscPosTicketPrinter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How the real ticket printer is attached: {@code serial} (address = port path), {@code tcp}
 * (address = host or host:port, port 9100 by default) or {@code device} (a write-only USB printer file).
 */
public record PrinterConnection(String kind, String address, int baud) {

    public PrinterConnection {
        kind = kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT);
        if (!kind.equals("serial") && !kind.equals("tcp") && !kind.equals("device")) {
            throw new InvalidInputException("printer.connection", "must be serial, tcp or device (got '" + kind + "')");
        }
        if (address == null || address.isBlank()) {
            throw new InvalidInputException("printer.address", "is required, e.g. /dev/ttyUSB0 or 192.168.1.50");
        }
        if (baud < 1200 || baud > 921_600) {
            throw new InvalidInputException("printer.baud", "must be between 1200 and 921600");
        }
    }

    /** The real printer on this connection, its status polling already started. */
    EscPosTicketPrinter open(EscPosPrinterSettings settings) {
        return switch (kind) {
            case "serial" -> EscPosTicketPrinter.serial(address, baud, settings);
            case "tcp" -> EscPosTicketPrinter.tcp(host(), port(), settings);
            default -> EscPosTicketPrinter.deviceFile(Path.of(address), settings);
        };
    }

    private String host() {
        return address.split(":", 2)[0];
    }

    private int port() {
        String[] parts = address.split(":", 2);
        try {
            return parts.length == 2 ? Integer.parseInt(parts[1]) : 9100;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("printer.address", "port must be a number (got '" + parts[1] + "')");
        }
    }
}
