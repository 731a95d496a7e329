package dk.skranke.kiosk.testing;

import static org.awaitility.Awaitility.await;

import dk.skranke.hardware.Hardware;
import dk.skranke.hardware.printer.SimulatedTicketPrinter;
import dk.skranke.kiosk.app.KioskApp;
import dk.skranke.kiosk.config.KioskConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.UnaryOperator;

/**
 * A kiosk app in this JVM on port 0 against a {@link FakeCentral}, with a hand-moved clock, a 500 ms central
 * timeout, blocks of 5 numbers refilled below 2, and heartbeat/refresh schedules long enough that only the
 * test (or a printer change) triggers them after the first round. Central's clock is in the branch's zone
 * (Copenhagen); the kiosk gets the same time in the host's zone, as {@code Main} gets it from the machine.
 */
public final class RunningKiosk implements AutoCloseable {
    public final MutableClock clock;
    public final FakeCentral central;
    public final KioskConfig config;
    private final MutableClock hostClock;
    private final Hardware hardware;
    private KioskApp app;
    private LocalApi api;

    /** Monday morning in Copenhagen, on a host in this JVM's default zone. */
    public RunningKiosk(Path data) {
        this(data, UnaryOperator.identity());
    }

    /** The same with the test's configuration changed by {@code adjust} (e.g. a real printer). */
    public RunningKiosk(Path data, UnaryOperator<KioskConfig> adjust) {
        this(data, ZonedDateTime.of(2026, 11, 23, 10, 15, 0, 0, ZoneId.of("Europe/Copenhagen")), ZoneId.systemDefault(),
                adjust);
    }

    /** Starting at {@code branchTime}, on a host whose zone is {@code hostZone} (e.g. UTC, a Pi's default). */
    public RunningKiosk(Path data, ZonedDateTime branchTime, ZoneId hostZone) {
        this(data, branchTime, hostZone, UnaryOperator.identity());
    }

    private RunningKiosk(Path data, ZonedDateTime branchTime, ZoneId hostZone, UnaryOperator<KioskConfig> adjust) {
        this.clock = new MutableClock(branchTime);
        this.central = new FakeCentral(clock);
        this.hostClock = clock.withZone(hostZone);
        KioskConfig defaults = KioskConfig.simulated(central.url(), FakeCentral.TOKEN, "kiosk-1", "dragoer", data);
        KioskConfig.Central c = defaults.central();
        this.config = adjust.apply(defaults.withCentral(new KioskConfig.Central(c.url(), c.token(), c.device(),
                c.branch(), Duration.ofMillis(500), Duration.ofHours(1), Duration.ofHours(1)))
                .withNumberBlocks(new KioskConfig.NumberBlocks(5, 2)));
        this.hardware = Hardware.create(config.hardwareSettings(), hostClock);
        startApp();
    }

    private void startApp() {
        app = new KioskApp(config, hostClock, hardware).start();
        api = new LocalApi(app.port());
    }

    /**
     * Waits until the first background round has cached the branch and reserved a block per service. The next
     * round is an hour away: if the first one timed out (the JVM's first requests on a busy machine can take
     * longer than the 500 ms timeout), the round is run once more by hand.
     */
    public RunningKiosk ready() {
        try {
            await().atMost(Duration.ofSeconds(3)).until(this::isReady);
        } catch (org.awaitility.core.ConditionTimeoutException firstRoundTimedOut) {
            app.heartbeatNow();
            app.refreshNow();
            await().atMost(Duration.ofSeconds(10)).until(this::isReady);
        }
        return this;
    }

    private boolean isReady() {
        return app.online() && app.journal().remaining("pas", today()) > 0
                && app.journal().remaining("koerekort", today()) > 0 && app.journal().remaining("andet", today()) > 0;
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

    /** Today at the branch. */
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
