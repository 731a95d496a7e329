package dk.skranke.systemtest.bench;

import dk.skranke.hardware.printer.EscPosPrinterEmulator;
import dk.skranke.systemtest.stack.Central;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.serial.SocatPair;
import dk.skranke.tools.bench.LatencySummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import jssc.SerialPort;

/**
 * {@code skranke bench-kiosk}: the kiosk app in its own JVM against a real central, printing on the
 * real ESC/POS driver over a socat serial pair to an emulated printer. Prints touch to first byte at
 * the printer (and the bare serial write as baseline), the time to fall back to offline issuing,
 * start to ready, and resident memory after the tickets (and a bare JVM with the same flags).
 */
public final class KioskBench {
    private static final List<String> SERVICES = List.of("pas", "koerekort", "flytning", "andet");
    private static final String TOKEN = "kiosk-1-system-secret";
    private static final String DESK_TOKEN = "desk-any-system-secret";

    private final BenchOptions options;
    private final Path work;

    private KioskBench(BenchOptions options) throws java.io.IOException {
        this.options = options;
        this.work = Files.createTempDirectory("skranke-kiosk-bench-");
    }

    public static void main(String[] args) throws Exception {
        new KioskBench(BenchOptions.parse(args)).run();
    }

    private void run() throws Exception {
        System.out.printf("kiosk benchmark: %d tickets, JVM flags %s, %d cores%n", options.tickets(),
                KioskProcess.JVM_FLAGS, Runtime.getRuntime().availableProcessors());
        try (Central central = Central.start("system-central.yaml", Clock.systemUTC());
                SocatPair serial = SocatPair.open();
                EscPosPrinterEmulator printer = EscPosPrinterEmulator.on(serial.deviceEnd())) {
            BlockingQueue<Long> firstBytes = new ArrayBlockingQueue<>(16);
            printer.onTicketStarted(firstBytes::offer);
            LatencySummary bare = bareSerialWrite(serial.driverEnd(), firstBytes);
            int port = freePort();
            Path config = KioskConfigFile.write(work, central.baseUrl(), TOKEN, port, serial.driverEnd());
            try (KioskProcess kiosk = KioskProcess.start(options.kioskJar(), config, port, work.resolve("kiosk.log"),
                    Duration.ofSeconds(30))) {
                Http http = new Http("http://127.0.0.1:" + port);
                System.out.printf("start to ready: %d ms%n", kiosk.startToReady().toMillis());
                LatencySummary touch = touchToFirstByte(http, central.http(), firstBytes);
                ResidentMemory kioskMemory = ResidentMemory.of(kiosk.pid());
                ResidentMemory idle = IdleBaseline.measure();
                report(bare, touch, kioskMemory, idle);
                new FallbackRun(central, http).run();
            }
        }
    }

    /** Baseline: the same pty path without the kiosk, one write of a ticket's first bytes at a time. */
    private LatencySummary bareSerialWrite(Path driverEnd, BlockingQueue<Long> firstBytes) throws Exception {
        SerialPort port = new SerialPort(driverEnd.toString());
        port.openPort();
        long[] samples = new long[200];
        try {
            for (int i = 0; i < samples.length; i++) {
                long start = System.nanoTime();
                port.writeBytes(new byte[] {0x1B, 0x40, 0x1D, 0x56, 0x42, 0x03}); // init + cut: one "ticket"
                samples[i] = take(firstBytes) - start;
            }
        } finally {
            port.closePort();
        }
        return LatencySummary.of(samples);
    }

    /** Each ticket is called at a desk after it printed, so the queue stays short as in a served branch. */
    private LatencySummary touchToFirstByte(Http http, Http central, BlockingQueue<Long> firstBytes)
            throws Exception {
        long[] samples = new long[options.tickets()];
        int printed = 0;
        for (int i = 0; i < samples.length; i++) {
            String service = SERVICES.get(i % SERVICES.size());
            long touch = System.nanoTime();
            Http.Response answer = http.post("/api/tickets", null,
                    "{\"service\":\"" + service + "\",\"language\":\"da\"}");
            if (answer.status() != 201) {
                throw new IllegalStateException("ticket " + i + " refused: " + answer.status() + " " + answer.body());
            }
            if (answer.json().path("printed").asBoolean()) {
                samples[printed++] = take(firstBytes) - touch;
            }
            central.post("/api/v1/branches/sys/desks/" + (1 + i % 2) + "/next", DESK_TOKEN, "{}");
        }
        if (printed < samples.length) {
            System.out.printf("%d of %d tickets fell back to the screen (the printer driver saw no status answer"
                    + " in time: a loaded machine)%n", samples.length - printed, samples.length);
        }
        return LatencySummary.of(samples, printed);
    }

    static long take(BlockingQueue<Long> firstBytes) throws InterruptedException {
        Long at = firstBytes.poll(10, TimeUnit.SECONDS);
        if (at == null) {
            throw new IllegalStateException("no byte reached the printer within 10 s");
        }
        return at;
    }

    private void report(LatencySummary bare, LatencySummary touch, ResidentMemory kiosk, ResidentMemory idle) {
        System.out.printf("touch -> first byte at the printer (%d printed tickets): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                touch.count(), touch.p50Millis(), touch.p99Millis(), touch.maxMillis());
        System.out.printf("  baseline, bare serial write -> first byte: p50 %.2f ms, p99 %.2f ms%n",
                bare.p50Millis(), bare.p99Millis());
        System.out.printf("kiosk resident memory after %d tickets: %s%n", options.tickets(), kiosk.describe());
        System.out.printf("  baseline, idle JVM with the same flags: %s (kiosk / idle = %.2fx)%n", idle.describe(),
                (double) kiosk.rssKb() / idle.rssKb());
    }

    static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
