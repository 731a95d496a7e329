package dk.skranke.systemtest.kiosk;

import static org.awaitility.Awaitility.await;

import dk.skranke.core.i18n.LocalizedText;
import dk.skranke.kiosk.config.KioskConfig;
import dk.skranke.systemtest.stack.Central;
import dk.skranke.testsupport.time.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A real central (branch "sys" open around the clock, "lukket" closed on the test's Monday) and
 * kiosks started against it, all on one hand-moved clock set to Monday 23 November 2026, 10:00.
 */
final class KioskStack implements AutoCloseable {
    static final int SERVICES_IN_SYS = 4;
    static final List<KioskConfig.DigitalChannel> BORGER_DK = List.of(new KioskConfig.DigitalChannel(
            new LocalizedText("borger.dk", "borger.dk"), "https://www.borger.dk/"));

    final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    final Central central = Central.start("system-central.yaml", clock);
    private final List<RunningKiosk> kiosks = new ArrayList<>();

    /** A kiosk of branch "sys" ({@code kiosk-1} or {@code kiosk-2}), online with its number blocks reserved. */
    RunningKiosk kiosk(String device, UnaryOperator<KioskConfig> adjust) {
        RunningKiosk kiosk = start(device, device + "-system-secret", "sys", adjust);
        await().atMost(Duration.ofSeconds(20)).until(() -> kiosk.app().online()
                && kiosk.app().journal().blocks().size() >= SERVICES_IN_SYS);
        return kiosk;
    }

    RunningKiosk kiosk(String device) {
        return kiosk(device, c -> c);
    }

    /** The kiosk of branch "lukket", which is closed on the test's Monday and opens Tuesday at 10:00. */
    RunningKiosk closedBranchKiosk() {
        RunningKiosk kiosk = start("kiosk-lukket", "kiosk-lukket-system-secret", "lukket", c -> c);
        await().atMost(Duration.ofSeconds(20)).until(() -> kiosk.app().online());
        return kiosk;
    }

    private RunningKiosk start(String device, String token, String branch, UnaryOperator<KioskConfig> adjust) {
        try {
            KioskConfig config = adjust.apply(KioskConfig.simulated(central.baseUrl(), token, device, branch,
                    Files.createTempDirectory("system-" + device + "-")).withDigitalChannels(BORGER_DK));
            RunningKiosk kiosk = RunningKiosk.start(config, clock);
            kiosks.add(kiosk);
            return kiosk;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CentralDatabase database() {
        return new CentralDatabase(central.dataDir().resolve("skranke.db"));
    }

    @Override
    public void close() {
        kiosks.forEach(RunningKiosk::close);
        central.close();
    }
}
