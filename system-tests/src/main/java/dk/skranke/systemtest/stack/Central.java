package dk.skranke.systemtest.stack;

import dk.skranke.central.api.CentralApp;
import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.config.ConfigLoader;
import dk.skranke.central.store.Database;
import dk.skranke.testsupport.http.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * A real central in this JVM on a fixed free port with a SQLite file on disk. It can be stopped
 * and started again on the same port and database, as kiosks see a central that goes away.
 */
public final class Central implements AutoCloseable {
    private final CentralConfig config;
    private final Path dataDir;
    private final Clock clock;
    private final int port;
    private CentralApp app;

    private Central(CentralConfig config, Path dataDir, Clock clock, int port) {
        this.config = config;
        this.dataDir = dataDir;
        this.clock = clock;
        this.port = port;
    }

    /** Starts central with the YAML resource; {@code ${publicBaseUrl}} in it becomes this central's URL. */
    public static Central start(String yamlResource, Clock clock) {
        int port = freePort();
        String yaml = Resources.text(yamlResource).replace("${publicBaseUrl}", "http://127.0.0.1:" + port);
        try {
            Central central = new Central(new ConfigLoader(Map.of()).parse(yaml),
                    Files.createTempDirectory("system-central-"), clock, port);
            central.startAgain();
            return central;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void startAgain() {
        if (app != null) {
            throw new IllegalStateException("central is running");
        }
        Database database = Database.openSqlite(dataDir);
        try {
            app = new CentralApp(config, database, clock).start("127.0.0.1", port);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Stops central; its port refuses connections until {@link #startAgain()}. */
    public void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Http http() {
        return new Http(baseUrl());
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        stop();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
