package dk.skranke.systemtest.bench;

import dk.skranke.systemtest.stack.Central;
import dk.skranke.testsupport.http.Http;
import dk.skranke.tools.bench.LatencySummary;

/**
 * Central goes away twice: first it accepts connections and never answers (the worst case, the
 * kiosk waits for its timeout), then its port refuses. Each ticket must come back issued offline
 * within 2 s. Central then comes back, and the time until the kiosk has replayed every offline
 * ticket is measured.
 */
final class FallbackRun {
    private static final int TICKETS = 10;

    private final Central central;
    private final Http kiosk;

    FallbackRun(Central central, Http kiosk) {
        this.central = central;
        this.kiosk = kiosk;
    }

    void run() throws Exception {
        String port = central.baseUrl().substring(central.baseUrl().lastIndexOf(':') + 1);
        central.stop();
        try (SilentServer silent = new SilentServer(Integer.parseInt(port))) {
            print("central silent (accepts, never answers)", issueOffline());
        }
        print("central down (connection refused)", issueOffline());
        long back = System.nanoTime();
        central.startAgain();
        while (pending() > 0) {
            if (System.nanoTime() - back > 120_000_000_000L) {
                throw new IllegalStateException("the kiosk did not replay its journal within 120 s");
            }
            Thread.sleep(20); // polling a progress figure, not synchronising a test
        }
        System.out.printf("central back -> every offline ticket replayed: %d ms%n", (System.nanoTime() - back) / 1_000_000);
    }

    private LatencySummary issueOffline() {
        long[] samples = new long[TICKETS];
        for (int i = 0; i < TICKETS; i++) {
            long touch = System.nanoTime();
            Http.Response answer = kiosk.post("/api/tickets", null, "{\"service\":\"pas\",\"language\":\"da\"}");
            samples[i] = System.nanoTime() - touch;
            if (answer.status() != 201 || !answer.json().path("offline").asBoolean()) {
                throw new IllegalStateException("expected an offline ticket, got " + answer.status() + " " + answer.body());
            }
        }
        return LatencySummary.of(samples);
    }

    private int pending() {
        return kiosk.get("/api/health", null).json().path("pending").asInt();
    }

    private static void print(String what, LatencySummary s) {
        System.out.printf("touch -> offline ticket, %s: p50 %.0f ms, max %.0f ms (%d tickets; bar: under 2000 ms)%n",
                what, s.p50Millis(), s.maxMillis(), s.count());
    }
}
