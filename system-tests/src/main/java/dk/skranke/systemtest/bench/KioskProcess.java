package dk.skranke.systemtest.bench;

import dk.skranke.testsupport.http.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The kiosk app as the Pi runs it: its own JVM from the shaded jar, with the memory flags of the unit file. */
final class KioskProcess implements AutoCloseable {
    /** The JVM flags the kiosk runs with on the Pi (see docs/kiosk.md). */
    static final List<String> JVM_FLAGS = List.of("-Xmx32m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=24m", "-XX:MaxMetaspaceSize=64m");

    private final Process process;
    private final long readyNanos;

    private KioskProcess(Process process, long readyNanos) {
        this.process = process;
        this.readyNanos = readyNanos;
    }

    /** Starts the kiosk and waits until its local API answers; fails after {@code timeout}. */
    static KioskProcess start(Path jar, Path config, int port, Path log, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-jar", jar.toString(), "--config", config.toString()));
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MALLOC_ARENA_MAX", "2"); // as systemd/skranke-kiosk.service runs it
        Process process = builder.start();
        Http http = new Http("http://127.0.0.1:" + port);
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("kiosk exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            if (answers(http)) {
                return new KioskProcess(process, System.nanoTime() - started);
            }
            Thread.onSpinWait();
        }
        process.destroyForcibly();
        throw new IOException("kiosk not ready within " + timeout.toSeconds() + " s:\n" + Files.readString(log));
    }

    private static boolean answers(Http http) {
        try {
            return http.get("/api/health", null).status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Time from starting the JVM to the first answer of the local API. */
    Duration startToReady() {
        return Duration.ofNanos(readyNanos);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
