package dk.skranke.tools.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prints the bench's figures as plain-text tables: each central (one, or one per database) beside the
 * bare baseline, with the ratios to it (and, with two centrals, of the second to the first).
 */
final class Report {
    private static final String LOAD_ROW = "  %-8s %-38s %9s %9s %9s %9s %7s %12s%n";
    private static final String CALL_ROW = "  %-8s %-38s %9s %9s %9s %9s%n";

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    /** What one server measured in one phase. */
    record Measured<R>(Target target, R result) {
        String label() {
            return target.label();
        }
    }

    /** A server and where it runs, for the header. */
    record Where(String label, String where) {
    }

    /** One line about the machine, read in this JVM (the children run on the same host and JDK). */
    static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, Java %s (%s), %s %s (%s), load average %.2f",
                rt.availableProcessors(), System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    void header(String machineAtStart, List<Where> servers, String jvmOptions) {
        out.println("Skranke bench  " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        out.println("machine  " + machineAtStart);
        for (Where server : servers) {
            out.printf(Locale.ROOT, "%-8s %s%n", server.label(), server.where());
        }
        out.println("children started with: " + (jvmOptions.isBlank() ? "(no JVM options)" : jvmOptions));
        out.println("client   this JVM, java.net.http.HttpClient (HTTP/1.1, keep-alive), same host");
    }

    void throughput(int requests, int workers, int warmup, List<Measured<LoadRun.Result>> centrals,
            Measured<LoadRun.Result> bare) {
        out.println();
        out.printf(Locale.ROOT, "1. Ticket issue throughput: %d requests from %d concurrent clients"
                + " (after %d warm-up requests each)%n", requests, workers, warmup);
        out.printf(Locale.ROOT, LOAD_ROW, "", "", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "CPU us/req");
        centrals.forEach(this::loadRow);
        loadRow(bare);
        for (Measured<LoadRun.Result> central : centrals) {
            loadRatioRow(central.label() + " / bare", central.result(), bare.result());
        }
        if (centrals.size() == 2) {
            loadRatioRow(centrals.get(1).label() + " / " + centrals.get(0).label(), centrals.get(1).result(),
                    centrals.get(0).result());
        }
        out.printf(Locale.ROOT, "  pace over the first / last 10%% of requests: %s%n", joined(concat(centrals, bare),
                m -> m.label() + " " + num(m.result().firstTenthPerSecond(), 1) + " / "
                        + num(m.result().lastTenthPerSecond(), 1) + " req/s"));
        concat(centrals, bare).forEach(this::firstError);
    }

    private void loadRatioRow(String what, LoadRun.Result a, LoadRun.Result b) {
        out.printf(Locale.ROOT, LOAD_ROW, "ratio", what, times(a.perSecond() / b.perSecond()),
                times(a.latency().p50Millis() / b.latency().p50Millis()),
                times(a.latency().p99Millis() / b.latency().p99Millis()), "", "",
                times(a.serverCpuMicrosPerRequest() / b.serverCpuMicrosPerRequest()));
    }

    private void loadRow(Measured<LoadRun.Result> m) {
        Target t = m.target();
        LoadRun.Result r = m.result();
        out.printf(Locale.ROOT, LOAD_ROW, t.label(), t.loadName(), num(r.perSecond(), 1), ms(r.latency().p50Millis()),
                ms(r.latency().p99Millis()), ms(r.latency().maxMillis()), r.errors(),
                num(r.serverCpuMicrosPerRequest(), 0));
    }

    private void firstError(Measured<LoadRun.Result> m) {
        if (m.result().firstError() != null) {
            out.println("  " + m.label() + " first error: " + m.result().firstError());
        }
    }

    void calls(int calls, int warmupCalls, List<Measured<CallRun.Result>> centrals, Measured<CallRun.Result> bare) {
        CallRun.Result first = centrals.get(0).result();
        out.println();
        out.printf(Locale.ROOT, "2. Call latency: trigger -> ticket.called at each of %d SSE clients, %d calls"
                + " (after %d warm-up calls)%n", first.clients(), calls, warmupCalls);
        out.printf(Locale.ROOT, CALL_ROW, "", "", "p50 ms", "p99 ms", "max ms", "missed");
        centrals.forEach(this::callRows);
        callRows(bare);
        for (Measured<CallRun.Result> central : centrals) {
            ratioRow(central.label() + " / bare, every client", central.result().everyClient(),
                    bare.result().everyClient());
            ratioRow(central.label() + " / bare, last client of a call", central.result().lastClient(),
                    bare.result().lastClient());
        }
        if (centrals.size() == 2) {
            String which = centrals.get(1).label() + " / " + centrals.get(0).label();
            ratioRow(which + ", every client", centrals.get(1).result().everyClient(), first.everyClient());
            ratioRow(which + ", last client", centrals.get(1).result().lastClient(), first.lastClient());
        }
        out.printf(Locale.ROOT, "  server CPU per measured call: %s (issue + next: 3 events to every client),"
                + " bare %s ms (1 broadcast)%n", joined(centrals, m -> m.label() + " "
                        + num(m.result().serverCpuMillisPerCall(), 2) + " ms"),
                num(bare.result().serverCpuMillisPerCall(), 2));
        out.printf(Locale.ROOT, "  all clients connected and registered: %s; event data %d bytes (bare padded to"
                + " match)%n", joined(concat(centrals, bare), m -> String.format(Locale.ROOT, "%s %.1f s", m.label(),
                        m.result().connectSeconds())), first.payloadBytes());
    }

    private void callRows(Measured<CallRun.Result> m) {
        Target t = m.target();
        CallRun.Result r = m.result();
        out.printf(Locale.ROOT, CALL_ROW, t.label(), "every client (" + r.everyClient().count() + " events)",
                ms(r.everyClient().p50Millis()), ms(r.everyClient().p99Millis()), ms(r.everyClient().maxMillis()),
                r.missed());
        out.printf(Locale.ROOT, CALL_ROW, t.label(), "last client of each call", ms(r.lastClient().p50Millis()),
                ms(r.lastClient().p99Millis()), ms(r.lastClient().maxMillis()), "");
        out.printf(Locale.ROOT, CALL_ROW, t.label(), t.callName() + " round trip", ms(r.roundTrip().p50Millis()),
                ms(r.roundTrip().p99Millis()), ms(r.roundTrip().maxMillis()), "");
    }

    /** Phase 3 of one central; {@code central} names it when the bench measures more than one. */
    void stalled(String central, int calls, int stalledClients, int fill, int stalledAtCalls, int stalledAfter,
            CallRun.Result with, CallRun.Result without) {
        out.println();
        out.printf(Locale.ROOT, "3. Stalled clients%s: trigger -> ticket.called at %d reading SSE clients beside %d"
                + " that never read, %d calls, after %d tickets filled the stalled connections%n",
                central.equals("central") ? "" : " (" + central + ")", with.clients(), stalledClients, calls, fill);
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

    private static <R> List<Measured<R>> concat(List<Measured<R>> centrals, Measured<R> bare) {
        return Stream.concat(centrals.stream(), Stream.of(bare)).toList();
    }

    private static <R> String joined(List<Measured<R>> measured, Function<Measured<R>, String> text) {
        return measured.stream().map(text).collect(Collectors.joining(", "));
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
