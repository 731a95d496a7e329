package dk.skranke.tools.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Prints the bench's figures as plain-text tables, each beside its bare baseline and the ratio. */
final class Report {
    private static final String LOAD_ROW = "  %-8s %-38s %9s %9s %9s %9s %7s %12s%n";
    private static final String CALL_ROW = "  %-8s %-38s %9s %9s %9s %9s%n";

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    /** One line about the machine, read in this JVM (the children run on the same host and JDK). */
    static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, Java %s (%s), %s %s (%s), load average %.2f",
                rt.availableProcessors(), System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    void header(String machineAtStart, String centralWhere, String bareWhere, String jvmOptions) {
        out.println("Skranke bench  " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        out.println("machine  " + machineAtStart);
        out.println("central  " + centralWhere);
        out.println("bare     " + bareWhere);
        out.println("children started with: " + (jvmOptions.isBlank() ? "(no JVM options)" : jvmOptions));
        out.println("client   this JVM, java.net.http.HttpClient (HTTP/1.1, keep-alive), same host");
    }

    void throughput(int requests, int workers, int warmup, Target central, LoadRun.Result c, Target bare,
            LoadRun.Result b) {
        out.println();
        out.printf(Locale.ROOT, "1. Ticket issue throughput: %d requests from %d concurrent clients"
                + " (after %d warm-up requests each)%n", requests, workers, warmup);
        out.printf(Locale.ROOT, LOAD_ROW, "", "", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "CPU us/req");
        loadRow(central, c);
        loadRow(bare, b);
        out.printf(Locale.ROOT, LOAD_ROW, "ratio", "central / bare", times(c.perSecond() / b.perSecond()),
                times(c.latency().p50Millis() / b.latency().p50Millis()),
                times(c.latency().p99Millis() / b.latency().p99Millis()), "", "",
                times(c.serverCpuMicrosPerRequest() / b.serverCpuMicrosPerRequest()));
        out.printf(Locale.ROOT, "  pace over the first / last 10%% of requests: central %s / %s req/s,"
                + " bare %s / %s req/s%n", num(c.firstTenthPerSecond(), 1), num(c.lastTenthPerSecond(), 1),
                num(b.firstTenthPerSecond(), 1), num(b.lastTenthPerSecond(), 1));
        firstError(central, c);
        firstError(bare, b);
    }

    private void loadRow(Target t, LoadRun.Result r) {
        out.printf(Locale.ROOT, LOAD_ROW, t.label(), t.loadName(), num(r.perSecond(), 1), ms(r.latency().p50Millis()),
                ms(r.latency().p99Millis()), ms(r.latency().maxMillis()), r.errors(),
                num(r.serverCpuMicrosPerRequest(), 0));
    }

    private void firstError(Target t, LoadRun.Result r) {
        if (r.firstError() != null) {
            out.println("  " + t.label() + " first error: " + r.firstError());
        }
    }

    void calls(int calls, int warmupCalls, Target central, CallRun.Result c, Target bare, CallRun.Result b) {
        out.println();
        out.printf(Locale.ROOT, "2. Call latency: trigger -> ticket.called at each of %d SSE clients, %d calls"
                + " (after %d warm-up calls)%n", c.clients(), calls, warmupCalls);
        out.printf(Locale.ROOT, CALL_ROW, "", "", "p50 ms", "p99 ms", "max ms", "missed");
        callRows(central, c);
        callRows(bare, b);
        ratioRow("central / bare, every client", c.everyClient(), b.everyClient());
        ratioRow("central / bare, last client of a call", c.lastClient(), b.lastClient());
        out.printf(Locale.ROOT, "  server CPU per measured call: central %s ms (issue + next: 3 events to every"
                + " client), bare %s ms (1 broadcast)%n", num(c.serverCpuMillisPerCall(), 2),
                num(b.serverCpuMillisPerCall(), 2));
        out.printf(Locale.ROOT, "  all clients connected and registered: central %.1f s, bare %.1f s;"
                + " event data %d bytes (bare padded to match)%n", c.connectSeconds(), b.connectSeconds(),
                c.payloadBytes());
    }

    private void callRows(Target t, CallRun.Result r) {
        out.printf(Locale.ROOT, CALL_ROW, t.label(), "every client (" + r.everyClient().count() + " events)",
                ms(r.everyClient().p50Millis()), ms(r.everyClient().p99Millis()), ms(r.everyClient().maxMillis()),
                r.missed());
        out.printf(Locale.ROOT, CALL_ROW, t.label(), "last client of each call", ms(r.lastClient().p50Millis()),
                ms(r.lastClient().p99Millis()), ms(r.lastClient().maxMillis()), "");
        out.printf(Locale.ROOT, CALL_ROW, t.label(), t.callName() + " round trip", ms(r.roundTrip().p50Millis()),
                ms(r.roundTrip().p99Millis()), ms(r.roundTrip().maxMillis()), "");
    }

    void stalled(int calls, int stalledClients, int fill, int stalledAtCalls, int stalledAfter, CallRun.Result with,
            CallRun.Result without) {
        out.println();
        out.printf(Locale.ROOT, "3. Stalled clients: trigger -> ticket.called at %d reading SSE clients beside %d that"
                + " never read, %d calls, after %d tickets filled the stalled connections%n", with.clients(),
                stalledClients, calls, fill);
        out.printf(Locale.ROOT, CALL_ROW, "", "", "p50 ms", "p99 ms", "max ms", "missed");
        latencyRow("stalled", "every reading client", with.everyClient(), with.missed());
        latencyRow("none", "every reading client", without.everyClient(), without.missed());
        latencyRow("stalled", "last reading client of a call", with.lastClient(), "");
        latencyRow("none", "last reading client of a call", without.lastClient(), "");
        ratioRow("with stalled / without, every client", with.everyClient(), without.everyClient());
        ratioRow("with stalled / without, last client", with.lastClient(), without.lastClient());
        out.printf(Locale.ROOT, "  stalled clients behind when the calls began: %d, after them: %d (central drops"
                + " a client 256 KiB behind; it would resume with Last-Event-ID)%n", stalledAtCalls, stalledAfter);
    }

    private void latencyRow(String label, String what, LatencySummary l, Object missed) {
        out.printf(Locale.ROOT, CALL_ROW, label, what + " (" + l.count() + ")", ms(l.p50Millis()), ms(l.p99Millis()),
                ms(l.maxMillis()), missed);
    }

    private void ratioRow(String what, LatencySummary a, LatencySummary b) {
        out.printf(Locale.ROOT, CALL_ROW, "ratio", what, times(a.p50Millis() / b.p50Millis()),
                times(a.p99Millis() / b.p99Millis()), times(a.maxMillis() / b.maxMillis()), "");
    }

    void footer(String machineAtEnd, double wallSeconds) {
        out.println();
        out.printf(Locale.ROOT, "CPU us/req: server process CPU time (user + system) over the phase / requests."
                + " Bench client: %.1f s CPU in %.1f s%n", clientCpuSeconds(), wallSeconds);
        out.println("machine at end: " + machineAtEnd);
    }

    private static double clientCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private static String ms(double millis) {
        return num(millis, 2);
    }

    private static String num(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String times(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
