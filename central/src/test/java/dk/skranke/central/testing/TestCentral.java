package dk.skranke.central.testing;

import dk.skranke.testsupport.http.Http;

import dk.skranke.central.api.CentralApp;
import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.config.ConfigLoader;
import dk.skranke.central.store.Database;
import dk.skranke.central.store.DatabaseUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** Central started in-process on a free port, on a fresh database of this run's kind (see {@link TestDatabase}). */
public final class TestCentral implements AutoCloseable {
    private final CentralConfig config;
    private final DatabaseUrl database;
    private final Clock clock;
    private final int port;
    private CentralApp app;

    private TestCentral(CentralConfig config, DatabaseUrl database, Clock clock, int port) {
        this.config = config;
        this.database = database;
        this.clock = clock;
        this.port = port;
        start();
    }

    /** Central with {@code test-config.yaml} (branches "test" and "other", open around the clock). */
    public static TestCentral start(Clock clock) {
        return start(TestConfig.yaml(), clock);
    }

    public static TestCentral start(String yaml, Clock clock) {
        return start(yaml, clock, 0);
    }

    /**
     * Central whose status links ({@code statusUrl}, {@code statusBaseUrl}) lead to itself, so a
     * browser can open them: it listens on a port chosen up front and names it as its public URL.
     */
    public static TestCentral startReachable(Clock clock) {
        int port = freePort();
        String yaml = TestConfig.yaml().replace("publicBaseUrl: http://localhost:8080",
                "publicBaseUrl: http://127.0.0.1:" + port);
        return start(yaml, clock, port);
    }

    private static TestCentral start(String yaml, Clock clock, int port) {
        return new TestCentral(new ConfigLoader(Map.of()).parse(yaml), TestDatabase.fresh(), clock, port);
    }

    /** Central with this configuration on a database of the test's choice (e.g. one it filled beforehand). */
    public static TestCentral startOn(CentralConfig config, Clock clock, DatabaseUrl database) {
        return new TestCentral(config, database, clock, 0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start() {
        Database opened = Database.open(database);
        try {
            app = new CentralApp(config, opened, clock).start("127.0.0.1", port);
        } catch (RuntimeException e) {
            opened.close();
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

    /** The database this central runs on (open it with {@link TestDatabase#connect} to inspect its rows). */
    public DatabaseUrl database() {
        return database;
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
