package dk.skranke.central.app;

import dk.skranke.central.api.CentralApp;
import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.config.ConfigLoader;
import dk.skranke.central.store.Database;
import dk.skranke.central.store.DatabaseUrl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code skranke central}: runs the central service until stopped. */
@Command(name = "central", mixinStandardHelpOptions = true, description = "Run the central service.")
public final class CentralCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "YAML configuration file")
    Path config;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to listen on")
    String host;

    // Tests that run central as its own process use it to be at the same hour whenever they run.
    @Option(names = "--clock-offset", hidden = true, defaultValue = "PT0S",
            description = "shift central's clock by this ISO duration (tests only)")
    Duration clockOffset;

    @Override
    public Integer call() throws Exception {
        CentralConfig loaded = new ConfigLoader(System.getenv()).load(config);
        DatabaseUrl url = database.url(loaded);
        runUntilStopped(loaded, url, host, port, Clock.offset(Clock.systemUTC(), clockOffset), null);
        return 0;
    }

    /**
     * Runs central until the process is stopped. Times of day are taken in each branch's zone, so the
     * clock's own zone does not matter: it is UTC, never the host's. Other command lines that run
     * central (the tools' {@code demo}) start it through here too, so every one prints the same line.
     */
    public static void runUntilStopped(CentralConfig config, DatabaseUrl database, String host, int port, Clock clock,
            Runnable onStarted) throws InterruptedException {
        CentralApp app = new CentralApp(config, Database.open(database), clock);
        app.start(host, port);
        // Printed for scripts and the kill -9 test, which wait for this line.
        System.out.println("central listening on port " + app.port());
        System.out.flush();
        if (onStarted != null) {
            onStarted.run();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
