package dk.skranke.hardware.diag;

import dk.skranke.hardware.printer.EscPosPrinterSettings;
import dk.skranke.hardware.printer.EscPosTicketPrinter;
import dk.skranke.hardware.printer.SimulatedTicketPrinter;
import dk.skranke.hardware.printer.TicketEncoder;
import dk.skranke.hardware.printer.TicketPrinter;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which printer to talk to: exactly one of serial port, network address, device file or simulator. */
final class PrinterOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--baud", defaultValue = "19200", description = "serial speed (default ${DEFAULT-VALUE})")
    int baud;

    static final class Target {
        @Option(names = "--port", description = "serial port, e.g. /dev/ttyUSB0")
        String port;

        @Option(names = "--tcp", description = "network printer host[:port], port 9100 by default")
        String tcp;

        @Option(names = "--device", description = "write-only USB printer device, e.g. /dev/usb/lp0 (no status)")
        Path device;

        @Option(names = "--simulated", description = "directory where the simulator writes bytes and a PNG")
        Path simulated;
    }

    TicketPrinter open() {
        if (target.simulated != null) {
            return new SimulatedTicketPrinter(target.simulated, new TicketEncoder());
        }
        EscPosPrinterSettings settings = EscPosPrinterSettings.DEFAULTS;
        EscPosTicketPrinter printer;
        if (target.port != null) {
            printer = EscPosTicketPrinter.serial(target.port, baud, settings);
        } else if (target.tcp != null) {
            String[] hostPort = target.tcp.split(":", 2);
            int port = hostPort.length == 2 ? parsePort(hostPort[1]) : 9100;
            printer = EscPosTicketPrinter.tcp(hostPort[0], port, settings);
        } else {
            printer = EscPosTicketPrinter.deviceFile(target.device, settings);
        }
        printer.refresh();
        return printer;
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--tcp expects host:port with a numeric port, got '" + text + "'");
        }
    }

}
