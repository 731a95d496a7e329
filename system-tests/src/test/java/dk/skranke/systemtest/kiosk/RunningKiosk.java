package dk.skranke.systemtest.kiosk;

import dk.skranke.hardware.Hardware;
import dk.skranke.hardware.printer.SimulatedTicketPrinter;
import dk.skranke.kiosk.app.KioskApp;
import dk.skranke.kiosk.config.KioskConfig;
import dk.skranke.testsupport.http.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/** A kiosk app in this JVM with a simulated printer, as the tests drive it: through its page and local API. */
final class RunningKiosk implements AutoCloseable {
    private final KioskApp app;
    private final Hardware hardware;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private RunningKiosk(KioskApp app, Hardware hardware) {
        this.app = app;
        this.hardware = hardware;
    }

    static RunningKiosk start(KioskConfig config, Clock clock) {
        Hardware hardware = Hardware.create(config.hardwareSettings(), clock);
        return new RunningKiosk(new KioskApp(config, clock, hardware).start(), hardware);
    }

    KioskApp app() {
        return app;
    }

    String url() {
        return app.url();
    }

    Http http() {
        return new Http(url());
    }

    SimulatedTicketPrinter printer() {
        return (SimulatedTicketPrinter) hardware.printer().orElseThrow();
    }

    /** The ticket numbers the simulated printer printed, in order, read back from its ESC/POS output. */
    List<String> printedNumbers() {
        try (Stream<Path> files = Files.list(printer().directory())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bin")).sorted()
                    .map(n -> n.substring(n.lastIndexOf('-') + 1, n.length() - ".bin".length())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The printed bytes of the ticket with this number, as Latin-1 text, so the number can be found in them. */
    String printedBytesOf(String number) {
        try (Stream<Path> files = Files.list(printer().directory())) {
            Path file = files.filter(p -> p.getFileName().toString().endsWith("-" + number + ".bin")).findFirst()
                    .orElseThrow(() -> new AssertionError("the printer got no ticket " + number));
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            app.close();
        } finally {
            hardware.close();
        }
    }
}
