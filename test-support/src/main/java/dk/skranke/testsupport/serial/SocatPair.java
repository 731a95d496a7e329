package dk.skranke.testsupport.serial;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real serial pair made by socat: two pty links, A for the driver under test, B for the
 * scripted device on the other end. Fails (never skips) when socat is missing: CI installs it.
 */
public final class SocatPair implements AutoCloseable {
    private final Path a;
    private final Path b;
    private Process socat;

    private SocatPair(Path dir) {
        this.a = dir.resolve("ttyA");
        this.b = dir.resolve("ttyB");
    }

    /** Starts socat and waits until both links exist. */
    public static SocatPair open() {
        try {
            SocatPair pair = new SocatPair(Files.createTempDirectory("socat-"));
            pair.start();
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The driver's end, e.g. what a config would call /dev/ttyUSB0. */
    public Path driverEnd() {
        return a;
    }

    /** The device's end, for the scripted fake printer or display. */
    public Path deviceEnd() {
        return b;
    }

    /** Starts socat again on the same link paths, after {@link #kill()}: the port "comes back". */
    public void start() {
        try {
            socat = new ProcessBuilder(List.of("socat", "pty,raw,echo=0,link=" + a + ",mode=666",
                    "pty,raw,echo=0,link=" + b + ",mode=666"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("socat is required for serial tests (apt-get install socat): "
                    + e.getMessage(), e);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(a) && Files.exists(b));
    }

    /** Kills socat: both ends vanish, like an unplugged USB adapter. */
    public void kill() {
        if (socat != null) {
            socat.destroyForcibly();
            try {
                socat.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(a) && !Files.exists(b));
        }
    }

    @Override
    public void close() {
        kill();
    }
}
