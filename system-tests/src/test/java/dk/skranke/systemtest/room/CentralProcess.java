package dk.skranke.systemtest.room;

import static org.awaitility.Awaitility.await;

import dk.skranke.central.staff.Passwords;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.ShiftedClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Central as its own process, started from the shaded jar the build made (as on the server), with
 * the system tests' configuration plus one staff user, anna. Its clock shows Monday 23 November
 * 2026, 10:00 in Copenhagen when it starts and then runs at real speed, so the tests do not depend on
 * the hour they run at (late in the evening the queue's estimate would pass closing time, and at
 * midnight the day rolls over between a ticket and its call).
 */
final class CentralProcess implements AutoCloseable {
    static final String ANNA = "anna";
    static final String ANNA_PASSWORD = "anna-system-kodeord";
    private static final Path JAR = Path.of("..", "central", "target", "skranke-central.jar");

    private final Process process;
    private final int port;
    private final ShiftedClock clock;

    private CentralProcess(Process process, int port, ShiftedClock clock) {
        this.process = process;
        this.port = port;
        this.clock = clock;
    }

    static CentralProcess start() {
        try {
            if (!Files.isRegularFile(JAR)) {
                throw new AssertionError("no central jar at " + JAR.toAbsolutePath() + " (mvn package builds it)");
            }
            int port = freePort();
            Path dir = Files.createTempDirectory("system-central-process-");
            Path config = dir.resolve("central.yaml");
            Files.writeString(config, configuration(port));
            ShiftedClock clock = ShiftedClock.startingAt("2026-11-23T10:00:00+01:00");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-jar", JAR.toString(),
                    "central", "--config", config.toString(), "--data", dir.resolve("data").toString(), "--port",
                    Integer.toString(port), "--host", "127.0.0.1", "--clock-offset=" + clock.offset()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("central.log").toFile()).start();
            CentralProcess central = new CentralProcess(process, port, clock);
            try {
                // A loaded CI machine has been seen to need more than 30 s to start central.
                await().atMost(Duration.ofSeconds(90)).until(central::answers);
            } catch (RuntimeException e) {
                process.destroyForcibly(); // a central that never answered must not outlive the test
                throw e;
            }
            return central;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String configuration(int port) throws IOException {
        try (InputStream in = CentralProcess.class.getResourceAsStream("/system-central.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return yaml.replace("${publicBaseUrl}", "http://127.0.0.1:" + port)
                    + "users:\n  - {username: " + ANNA + ", role: staff, branches: [sys], passwordHash: \""
                    + new Passwords().hash(ANNA_PASSWORD) + "\"}\n";
        }
    }

    private boolean answers() {
        if (!process.isAlive()) {
            throw new AssertionError("central exited with " + process.exitValue());
        }
        try {
            return http().get("/api/v1/health", null).status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Central's clock, for the apps that talk to it (a display keeps time the same way). */
    Clock clock() {
        return clock.clock();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Http http() {
        return new Http(baseUrl());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
