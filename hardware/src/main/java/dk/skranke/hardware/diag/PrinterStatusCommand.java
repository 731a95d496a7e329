package dk.skranke.hardware.diag;

import dk.skranke.hardware.printer.PrinterStatus;
import dk.skranke.hardware.printer.TicketPrinter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hw status}: asks the printer for its real-time status (paper, cover, cutter). */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the printer's status.")
final class PrinterStatusCommand implements Callable<Integer> {
    @Mixin
    PrinterOptions printer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (TicketPrinter device = printer.open()) {
            PrinterStatus status = device.status();
            spec.commandLine().getOut().println("printer: " + status.wire());
            spec.commandLine().getOut().flush();
            return status.canPrint() ? 0 : 1;
        }
    }
}
