package dk.skranke.hardware.printer;

import dk.skranke.hardware.printer.internal.TicketPreview;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ticket printer without hardware: writes each ticket's ESC/POS bytes and a PNG preview into a directory.
 * Its status is set from code to act out paper out, cover open and the rest.
 */
public final class SimulatedTicketPrinter implements TicketPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedTicketPrinter.class);
    private final Path directory;
    private final TicketEncoder encoder;
    private final AtomicInteger printed = new AtomicInteger();
    private volatile PrinterStatus status = PrinterStatus.OK;

    public SimulatedTicketPrinter(Path directory, TicketEncoder encoder) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create ticket output directory " + directory, e);
        }
        LOG.info("Simulated ticket printer writes to {}", directory);
    }

    /** Acts out a printer state, e.g. {@link PrinterStatus#PAPER_OUT}. */
    public void setStatus(PrinterStatus status) {
        PrinterStatus previous = this.status;
        this.status = Objects.requireNonNull(status, "status");
        if (previous != status) {
            LOG.info("Simulated ticket printer is {} (was {})", status.wire(), previous.wire());
        }
    }

    @Override
    public synchronized PrintResult print(TicketLayout ticket) {
        PrinterStatus now = status;
        if (!now.canPrint()) {
            return PrintResult.notPrinted(now);
        }
        String file = String.format("ticket-%04d-%s", printed.incrementAndGet(), ticket.ticketNumber());
        try {
            Files.write(directory.resolve(file + ".bin"), encoder.encode(ticket));
            ImageIO.write(TicketPreview.render(ticket), "png", directory.resolve(file + ".png").toFile());
        } catch (IOException e) {
            LOG.warn("Simulated ticket printer cannot write {}: {}", file, e.getMessage());
            return PrintResult.failed(now, "the simulator could not write " + file);
        }
        return PrintResult.printed(now);
    }

    @Override
    public PrinterStatus status() {
        return status;
    }

    /** Where tickets go. */
    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        // nothing held open between tickets
    }
}
