package dk.skranke.display.app;

import dk.skranke.config.ConfigException;
import dk.skranke.display.config.DisplayConfig;
import dk.skranke.display.config.DisplayConfigLoader;
import dk.skranke.hardware.buttons.ButtonCommandLine;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar skranke-display.jar --config display.yaml}: runs the display app until stopped. */
@Command(name = "skranke-display", mixinStandardHelpOptions = true, version = DisplayApp.VERSION,
        description = "The waiting-room display: room page, desk LED displays, desk buttons, call sound.")
public final class Main implements Callable<Integer> {

    @Option(names = "--config", description = "display.yaml (default ${DEFAULT-VALUE})",
            defaultValue = "/etc/skranke/display.yaml")
    Path config;

    @Option(names = "--port", description = "port of the waiting-room page (overrides http.port)")
    Integer port;

    @Option(names = "--data", description = "data directory (overrides data)")
    Path data;

    @Option(names = "--central", description = "central's address, e.g. http://127.0.0.1:8080 (overrides central.url)")
    String central;

    @Option(names = "--buttons-from-stdin",
            description = "simulated mode: press desk buttons by typing 'next 1', 'recall 2' on standard input")
    boolean buttonsFromStdin;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        DisplayConfig settings;
        try {
            settings = overridden(new DisplayConfigLoader(System.getenv()).load(config));
        } catch (ConfigException e) {
            System.err.println("skranke-display: " + e.getMessage());
            return 2;
        }
        // instants only: the page writes every time in the branch's zone (config `zone`), never the host's
        DisplayApp app = DisplayApp.withOwnHardware(settings, Clock.systemUTC()).start();
        System.out.println("skranke-display: waiting-room page on http://" + settings.http().host() + ":" + app.port() + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "skranke-shutdown"));
        if (buttonsFromStdin) {
            app.simulatedButtons().ifPresentOrElse(buttons -> typeButtons(buttons),
                    () -> System.err.println("skranke-display: --buttons-from-stdin needs simulated buttons (hardware.mode "
                            + "simulated and buttons: configured)"));
        }
        stopped.await();
        return 0;
    }

    private static void typeButtons(dk.skranke.hardware.buttons.SimulatedDeskButtons buttons) {
        Thread reader = new Thread(() -> {
            try {
                new ButtonCommandLine(buttons).run(new InputStreamReader(System.in, StandardCharsets.UTF_8),
                        new PrintWriter(System.out, true, StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                System.err.println("skranke-display: stdin: " + e.getMessage());
            }
        }, "skranke-stdin-buttons");
        reader.setDaemon(true);
        reader.start();
    }

    private DisplayConfig overridden(DisplayConfig loaded) {
        DisplayConfig result = loaded;
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new ConfigException("--port: must be 0-65535");
            }
            result = result.withPort(port);
        }
        if (data != null) {
            result = result.withData(data);
        }
        if (central != null) {
            if (!central.matches("https?://[^\\s/]+(/.*)?")) {
                throw new ConfigException("--central: must be an http:// or https:// address (got '" + central + "')");
            }
            result = result.withCentral(result.central().withUrl(central));
        }
        return result;
    }
}
