package dk.skranke.kiosk.app;

import dk.skranke.kiosk.config.KioskConfig;
import java.nio.file.Path;
import java.util.Set;

/**
 * The command line {@code kiosk --config FILE [--port N] [--data DIR] [--central URL]}, parsed by hand: four options
 * do not need a CLI framework's few hundred classes at every start of the Pi. Options take {@code --name value} or
 * {@code --name=value}.
 */
record KioskArgs(Path config, Integer port, Path data, String central, boolean help, boolean version) {
    static final String USAGE = """
            Usage: kiosk [-hV] --config=<file> [--port=<n>] [--data=<dir>] [--central=<url>]
            Run the Skranke kiosk: the touchscreen page on localhost, tickets, offline issuing.
                  --config=<file>   kiosk.yaml (see docs/kiosk.md)
                  --port=<n>        HTTP port, overrides http.port (0 picks a free one)
                  --data=<dir>      data directory, overrides data
                  --central=<url>   central's address, overrides central.url (e.g. http://127.0.0.1:8080)
              -h, --help            Show this help message and exit.
              -V, --version         Print version information and exit.
            """;
    private static final Set<String> OPTIONS = Set.of("--config", "--port", "--data", "--central");

    /** Parses the arguments; an unknown option, a missing value or a missing {@code --config} is an error. */
    static KioskArgs parse(String... args) {
        Path config = null;
        Integer port = null;
        Path data = null;
        String central = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new KioskArgs(null, null, null, null, true, false);
            }
            if (arg.equals("-V") || arg.equals("--version")) {
                return new KioskArgs(null, null, null, null, false, true);
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option: '" + arg + "'");
            }
            String value = eq >= 0 ? arg.substring(eq + 1) : ++i < args.length ? args[i] : null;
            if (value == null) {
                throw new IllegalArgumentException("missing value for option '" + name + "'");
            }
            switch (name) {
                case "--config" -> config = Path.of(value);
                case "--port" -> port = port(value);
                case "--data" -> data = Path.of(value);
                case "--central" -> central = value;
                default -> throw new IllegalStateException(name);
            }
        }
        if (config == null) {
            throw new IllegalArgumentException("missing required option: '--config=<file>'");
        }
        return new KioskArgs(config, port, data, central, false, false);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("invalid value for option '--port': '" + value + "' is not a port number");
    }

    /** The loaded configuration with this command line's overrides. */
    KioskConfig overriding(KioskConfig loaded) {
        KioskConfig config = loaded;
        if (port != null) {
            config = config.withPort(port);
        }
        if (data != null) {
            config = config.withData(data);
        }
        if (central != null) {
            config = config.withCentral(config.central().withUrl(central));
        }
        return config;
    }
}
