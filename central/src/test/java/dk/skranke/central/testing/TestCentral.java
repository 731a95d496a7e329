package dk.skranke.central.testing;

import dk.skranke.central.api.CentralApp;
import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.config.ConfigLoader;
import dk.skranke.central.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Central started in-process on a free port with a SQLite file in a temporary directory. */
public final class TestCentral implements AutoCloseable {
    private final CentralConfig config;
    private final Path dataDir;
    private final Clock clock;
    private CentralApp app;

    private TestCentral(CentralConfig config, Path dataDir, Clock clock) {
        this.config = config;
        this.dataDir = dataDir;
        this.clock = clock;
        start();
    }

    /** Central with {@code test-config.yaml} (branches "test" and "other", open around the clock). */
    public static TestCentral start(Clock clock) {
        return start(TestConfig.yaml(), clock);
    }

    public static TestCentral start(String yaml, Clock clock) {
        try {
            return new TestCentral(new ConfigLoader(Map.of()).parse(yaml), Files.createTempDirectory("central-"),
                    clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start() {
        Database database = Database.openSqlite(dataDir);
        try {
            app = new CentralApp(config, database, clock).start("127.0.0.1", 0);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Stops and starts again on the same database, like a service restart. */
    public void restart() {
        app.close();
        start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    public Http http() {
        return new Http(baseUrl());
    }

    public Path dataDir() {
        return dataDir;
    }

    public CentralApp app() {
        return app;
    }

    @Override
    public void close() {
        app.close();
    }

    public static String resource(String name) {
        try (var in = TestCentral.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
