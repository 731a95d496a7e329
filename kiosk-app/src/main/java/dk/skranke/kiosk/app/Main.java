package dk.skranke.kiosk.app;

import dk.skranke.hardware.Hardware;
import dk.skranke.kiosk.config.KioskConfig;
import dk.skranke.kiosk.config.KioskConfigLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiosk --config FILE [--port N] [--data DIR] [--central URL]}: runs the kiosk app until stopped. */
@Command(name = "kiosk", mixinStandardHelpOptions = true, version = "skranke kiosk " + KioskApp.VERSION,
        description = "Run the Skranke kiosk: the touchscreen page on localhost, tickets, offline issuing.")
public final class Main implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "kiosk.yaml (see docs/kiosk.md)")
    Path config;

    @Option(names = "--port", description = "HTTP port, overrides http.port (0 picks a free one)")
    Integer port;

    @Option(names = "--data", description = "data directory, overrides data")
    Path data;

    @Option(names = "--central", description = "central's address, overrides central.url (e.g. http://127.0.0.1:8080)")
    String central;

    public static void main(String[] args) {
        int code = new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("kiosk: " + e.getMessage());
                    return 2;
                })
                .execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        KioskConfig loaded = new KioskConfigLoader(System.getenv()).load(config);
        if (port != null) {
            loaded = loaded.withPort(port);
        }
        if (data != null) {
            loaded = loaded.withData(data);
        }
        if (central != null) {
            loaded = loaded.withCentral(loaded.central().withUrl(central));
        }
        Clock clock = Clock.systemDefaultZone();
        Hardware hardware = Hardware.create(loaded.hardwareSettings(), clock);
        KioskApp app = new KioskApp(loaded, clock, hardware).start();
        // Printed for scripts and tests, which wait for this line.
        System.out.println("kiosk listening on port " + app.port());
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            hardware.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
