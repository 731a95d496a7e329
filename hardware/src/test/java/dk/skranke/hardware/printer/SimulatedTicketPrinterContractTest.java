package dk.skranke.hardware.printer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The simulator under the same contract as the real driver. */
class SimulatedTicketPrinterContractTest extends TicketPrinterContract {
    @TempDir
    Path dir;
    private SimulatedTicketPrinter printer;

    @BeforeEach
    void createPrinter() {
        printer = new SimulatedTicketPrinter(dir.resolve("tickets"), new TicketEncoder());
    }

    @Override
    protected TicketPrinter printer() {
        return printer;
    }

    @Override
    protected void deviceReports(PrinterStatus status) {
        printer.setStatus(status);
    }

    @Override
    protected List<byte[]> ticketsReceived() {
        try (Stream<Path> files = Files.list(printer.directory())) {
            return files.filter(p -> p.toString().endsWith(".bin")).sorted().map(SimulatedTicketPrinterContractTest::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
