package dk.skranke.kiosk.testing;

import static org.awaitility.Awaitility.await;

import dk.skranke.hardware.Hardware;
import dk.skranke.hardware.printer.SimulatedTicketPrinter;
import dk.skranke.kiosk.app.KioskApp;
import dk.skranke.kiosk.config.KioskConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/**
 * A kiosk app in this JVM on port 0 against a {@link FakeCentral}, with a hand-moved clock, a 500 ms central
 * timeout, blocks of 5 numbers refilled below 2, and heartbeat/refresh schedules long enough that only the
 * test (or a printer change) triggers them after the first round.
 */
public final class RunningKiosk implements AutoCloseable {
    public final MutableClock clock = MutableClock.mondayMorning();
    public final FakeCentral central = new FakeCentral(clock);
    public final KioskConfig config;
    private final Hardware hardware;
    private KioskApp app;
    private LocalApi api;

    public RunningKiosk(Path data) {
        KioskConfig defaults = KioskConfig.simulated(central.url(), FakeCentral.TOKEN, "kiosk-1", "dragoer", data);
        KioskConfig.Central c = defaults.central();
        this.config = defaults.withCentral(new KioskConfig.Central(c.url(), c.token(), c.device(), c.branch(),
                Duration.ofMillis(500), Duration.ofHours(1), Duration.ofHours(1)))
                .withNumberBlocks(new KioskConfig.NumberBlocks(5, 2));
        this.hardware = Hardware.create(config.hardwareSettings(), clock);
        startApp();
    }

    private void startApp() {
        app = new KioskApp(config, clock, hardware).start();
        api = new LocalApi(app.port());
    }

    /** Waits until the first background round has cached the branch and reserved a block per service. */
    public RunningKiosk ready() {
        await().atMost(Duration.ofSeconds(10)).until(() -> app.online()
                && app.journal().remaining("pas", today()) > 0 && app.journal().remaining("koerekort", today()) > 0
                && app.journal().remaining("andet", today()) > 0);
        return this;
    }

    /** Closes the app (not central, not the printer) and starts a new one on the same data directory. */
    public void restart() {
        app.close();
        startApp();
    }

    public KioskApp app() {
        return app;
    }

    public LocalApi api() {
        return api;
    }

    public SimulatedTicketPrinter printer() {
        return (SimulatedTicketPrinter) app.printer().orElseThrow();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalApi.Reply issue(String service) {
        return api.post("/api/tickets", "{\"service\":\"" + service + "\",\"language\":\"da\"}");
    }

    @Override
    public void close() {
        app.close();
        hardware.close();
        central.close();
    }
}
