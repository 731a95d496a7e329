package dk.skranke.hardware.diag;

import dk.skranke.hardware.printer.PaperWidth;
import dk.skranke.hardware.printer.PrintResult;
import dk.skranke.hardware.printer.TicketLayout;
import dk.skranke.hardware.printer.TicketPrinter;
import dk.skranke.hardware.printer.TicketTexts;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hw print-test}: prints a test ticket with Danish letters, a QR code and a cut. */
@Command(name = "print-test", mixinStandardHelpOptions = true, description = "Print a test ticket.")
final class PrintTestCommand implements Callable<Integer> {
    @Mixin
    PrinterOptions printer;

    @Option(names = "--paper", defaultValue = "80", description = "paper width in mm: 80 or 58")
    int paper;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TicketPrinter device = printer.open()) {
            PrintResult result = device.print(testTicket(paper == 58 ? PaperWidth.MM_58 : PaperWidth.MM_80));
            out.println("printer: " + result.status().wire());
            out.println(result.printed() ? "printed: test ticket T001" : "not printed: " + result.message());
            out.flush();
            return result.printed() ? 0 : 1;
        }
    }

    static TicketLayout testTicket(PaperWidth width) {
        return new TicketLayout(width, "Skranke testudskrift", "Prøve: æøå ÆØÅ", "T001",
                ZonedDateTime.now(ZoneId.of("Europe/Copenhagen")), 3, 12, "https://www.borger.dk/",
                "https://www.borger.dk/", "Gør det selv på borger.dk", null, TicketTexts.danish());
    }
}
