package dk.skranke.central.testing;

import dk.skranke.testsupport.http.Http;

import dk.skranke.central.store.DatabaseUrl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Central as a separate JVM (the real `central` command), so a test can kill it with SIGKILL. */
public final class ChildCentral implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("central listening on port (\\d+)");

    private final Process process;
    private final int port;

    private ChildCentral(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts central with the test configuration on the given database, its clock shifted by
     * {@code clockOffset} (see {@code ShiftedClock}), so the test is at the same hour whenever it runs.
     */
    public static ChildCentral start(DatabaseUrl database, Duration clockOffset) {
        try {
            Path config = Files.createTempFile("child-central-", ".yaml");
            // Service times of seconds: hundreds of tickets left waiting by the burst must not push the
            // estimated wait past closing time, which would refuse the tickets issued after the restart.
            Files.writeString(config, TestConfig.yaml().replaceAll("defaultServiceTime: \\d+m",
                    "defaultServiceTime: 1s"));
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(List.of(java.toString(), "-cp",
                    System.getProperty("java.class.path"), "dk.skranke.central.app.Main", "central", "--config",
                    config.toString(), "--database", database.jdbcUrl(), "--port", "0", "--host", "127.0.0.1",
                    "--clock-offset=" + clockOffset))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                return new ChildCentral(process, awaitPort(process));
            } catch (RuntimeException e) {
                process.destroyForcibly(); // a central that never said it listens must not outlive the test
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int awaitPort(Process process) {
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
                throw new IllegalStateException("central exited before listening (exit " + process.waitFor() + ")");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        return port.orTimeout(60, TimeUnit.SECONDS).join();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Http http() {
        return new Http(baseUrl());
    }

    /** SIGKILL: no shutdown hook, no flush, like a power cut of the process. */
    public void killHard() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, as systemd stops a service: the shutdown hook runs. Returns the exit status. */
    public int stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("central did not stop within 60 s of SIGTERM");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
