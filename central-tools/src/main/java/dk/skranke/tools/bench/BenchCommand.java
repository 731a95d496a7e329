package dk.skranke.tools.bench;

import com.sun.management.UnixOperatingSystemMXBean;
import dk.skranke.central.store.DatabaseUrl;
import dk.skranke.central.store.SqlDialect;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code skranke bench}: central's ticket throughput and call-to-display latency, each beside a bare baseline;
 * with {@code --database}, central on SQLite and on PostgreSQL side by side.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        description = {"Measure central: ticket-issue throughput and latency, and the time from a desk's"
                + " \"next\" to ticket.called at many SSE clients; each beside a bare Javalin 7 baseline"
                + " (BareServer) measured in the same run. With --database, central on SQLite and central on"
                + " that PostgreSQL database in the same run. See docs/benchmarks.md."})
public final class BenchCommand implements Callable<Integer> {
    /** Sockets and files this process needs besides one per SSE client and one per worker. */
    private static final int SPARE_FILES = 256;
    /** Small steps: the fill stops soon after the stalled clients fall behind, long before they are dropped. */
    private static final int FILL_STEP = 25;
    private static final long SETTLE_MILLIS = 200;

    @Option(names = "--url", description = "central to measure (default: start `demo` as a child JVM)")
    String url;

    @Option(names = "--bare-url", description = "a BareServer already running (default: start one as a child"
            + " JVM); start it next to central with: java -cp skranke-tools.jar " + BenchServers.BARE_MAIN
            + " --port 8090")
    String bareUrl;

    @Option(names = "--database", paramLabel = "JDBC_URL", description = "also measure central on this PostgreSQL"
            + " database (e.g. jdbc:postgresql://localhost:5432/postgres?user=postgres; user and password in the URL"
            + " or from SKRANKE_DATABASE_USER and SKRANKE_DATABASE_PASSWORD), in a fresh schema bench_<time> that is"
            + " dropped afterwards, beside central on SQLite and the bare baseline")
    String database;

    @Option(names = "--tickets", defaultValue = "5000", description = "tickets issued in the throughput phase")
    int tickets;

    @Option(names = "--clients", defaultValue = "50", description = "concurrent kiosk clients issuing tickets")
    int clients;

    @Option(names = "--sse-clients", defaultValue = "1000", description = "SSE clients listening in the call phase")
    int sseClients;

    @Option(names = "--calls", defaultValue = "200", description = "measured desk calls")
    int calls;

    @Option(names = "--warmup", defaultValue = "1000", description = "warm-up requests per server before throughput")
    int warmup;

    @Option(names = "--warmup-calls", defaultValue = "20", description = "warm-up calls before the measured calls")
    int warmupCalls;

    @Option(names = "--stalled-clients", defaultValue = "100", description = "stream clients that never read, in"
            + " phase 3 beside --sse-clients reading ones (0 skips phase 3)")
    int stalledClients;

    @Option(names = "--stall-fill", defaultValue = "20000", description = "at most this many tickets issued in"
            + " phase 3 until every stalled connection is full (its kernel buffers take about 2.5 MB on loopback)")
    int stallFill;

    @Option(names = "--timeout", defaultValue = "30", description = "seconds to wait for one call's events")
    int timeoutSeconds;

    @Option(names = "--jvm-opts", defaultValue = "-Xms1g -Xmx1g",
            description = "JVM options for every child server (each central and bare), split on spaces")
    String jvmOptions;

    @Option(names = "--config", defaultValue = "config/sample-borgerservice.yaml",
            description = "configuration for the child centrals (demo mode, open around the clock)")
    Path config;

    @Option(names = "--branch", defaultValue = "dragoer", description = "branch to issue in, call at and listen to")
    String branch;

    @Option(names = "--desk", defaultValue = "1", description = "desk that calls; must serve --services")
    String desk;

    @Option(names = "--services", defaultValue = "pas,koerekort,sundhedskort", split = ",",
            description = "services the kiosk clients take tickets for, in turn")
    List<String> services;

    @Option(names = "--kiosk-token", defaultValue = "demo-kiosk-1-token", description = "issues tickets")
    String kioskToken;

    @Option(names = "--desk-token", defaultValue = "demo-desk-1-token", description = "calls \"next\" at --desk")
    String deskToken;

    @Option(names = "--display-token", defaultValue = "demo-display-1-token", description = "the SSE clients")
    String displayToken;

    @Override
    public Integer call() throws Exception {
        requireSaneCounts();
        requireOpenFileLimit();
        DatabaseUrl postgres = postgresDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(4, daemonThreads("bench-http-"));
        try (BenchServers servers = BenchServers.create(jvmOptions)) {
            return run(servers, postgres, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private int run(BenchServers servers, DatabaseUrl postgres, ExecutorService pool) throws Exception {
        long began = System.nanoTime();
        String machineAtStart = Report.machine();
        List<Server> all = new ArrayList<>(centralServers(servers, postgres));
        List<Target> centrals = all.stream().map(Server::target).toList();
        Server bare = bareServer(servers);
        all.add(bare);
        all.forEach(server -> requireReachable(pool, server.target()));
        Report report = new Report(System.out);
        report.header(machineAtStart, all.stream().flatMap(Server::lines).toList(), servers.jvmOptions());
        int failures = throughput(report, pool, centrals, bare.target()) + calls(report, pool, centrals, bare.target());
        for (Target central : centrals) {
            failures += stalledCalls(report, pool, central);
        }
        report.footer(Report.machine(), (System.nanoTime() - began) / 1e9);
        return failures == 0 ? 0 : 1;
    }

    /** A server to measure, a line saying where it runs and, for central on PostgreSQL, one about the server. */
    private record Server(Target target, String where, String database) {
        Server(Target target, String where) {
            this(target, where, null);
        }

        Stream<Report.Where> lines() {
            Report.Where here = new Report.Where(target.label(), where);
            return database == null ? Stream.of(here) : Stream.of(here, new Report.Where("database", database));
        }
    }

    /** Central on SQLite, with {@code --database} also on PostgreSQL; or the one at {@code --url}. */
    private List<Server> centralServers(BenchServers servers, DatabaseUrl postgres)
            throws IOException, InterruptedException {
        BenchTokens tokens = new BenchTokens(kioskToken, deskToken, displayToken);
        if (url != null) {
            return List.of(new Server(new CentralTarget("central", url, branch, desk, tokens, services, () -> -1),
                    "external, " + url + " (not started by the bench; no CPU figures)"));
        }
        if (postgres == null) {
            return List.of(childCentral(servers, "central", null, tokens));
        }
        Server onPostgres = childCentral(servers, "postgres", postgres, tokens); // first: a bad URL fails at once
        return List.of(childCentral(servers, "sqlite", null, tokens), onPostgres);
    }

    private Server childCentral(BenchServers servers, String label, DatabaseUrl postgres, BenchTokens tokens)
            throws IOException, InterruptedException {
        BenchServers.Started started = servers.central(label, config, postgres);
        ChildJvm child = started.child();
        return new Server(new CentralTarget(label, child.baseUrl(), branch, desk, tokens, services, child::cpuNanos),
                started.where(), started.database());
    }

    private Server bareServer(BenchServers servers) throws IOException, InterruptedException {
        if (bareUrl != null) {
            return new Server(new BareTarget(bareUrl, () -> -1), "external BareServer, " + bareUrl);
        }
        BenchServers.Started started = servers.bare();
        return new Server(new BareTarget(started.child().baseUrl(), started.child()::cpuNanos), started.where());
    }

    private int throughput(Report report, ExecutorService pool, List<Target> centrals, Target bare)
            throws InterruptedException {
        List<Report.Measured<LoadRun.Result>> measured = new ArrayList<>();
        for (Target central : centrals) {
            measured.add(new Report.Measured<>(central, load(pool, central)));
        }
        Report.Measured<LoadRun.Result> b = new Report.Measured<>(bare, load(pool, bare));
        report.throughput(tickets, clients, warmup, measured, b);
        return measured.stream().mapToInt(m -> m.result().errors()).sum() + b.result().errors();
    }

    /** Warm-up right before the measurement, on a fresh client, so no pooled connection has gone stale. */
    private LoadRun.Result load(ExecutorService pool, Target target) throws InterruptedException {
        LoadRun run = new LoadRun(httpClient(pool), target);
        progress("%s: %d warm-up, then %d measured %s from %d clients", target.label(), warmup, tickets,
                target.loadName(), clients);
        run.run(warmup, clients);
        return run.run(tickets, clients);
    }

    private int calls(Report report, ExecutorService pool, List<Target> centrals, Target bare)
            throws IOException, InterruptedException {
        ExecutorService sse = Executors.newFixedThreadPool(4, daemonThreads("bench-sse-"));
        try {
            Duration timeout = Duration.ofSeconds(timeoutSeconds);
            List<Report.Measured<CallRun.Result>> measured = new ArrayList<>();
            for (Target central : centrals) {
                progress("%s: %d SSE clients, %d warm-up + %d measured calls", central.label(), sseClients,
                        warmupCalls, calls);
                measured.add(new Report.Measured<>(central, new CallRun(httpClient(pool), central, sse, timeout)
                        .run(sseClients, warmupCalls, calls, 0)));
            }
            progress("bare: %d SSE clients, %d warm-up + %d measured broadcasts", sseClients, warmupCalls, calls);
            CallRun.Result b = new CallRun(httpClient(pool), bare, sse, timeout).run(sseClients, warmupCalls,
                    calls, measured.get(0).result().payloadBytes());
            report.calls(calls, warmupCalls, measured, new Report.Measured<>(bare, b));
            long missed = measured.stream().mapToLong(m -> m.result().missed()).sum() + b.missed();
            return (int) Math.min(Integer.MAX_VALUE, missed);
        } finally {
            sse.shutdownNow();
        }
    }

    /**
     * The call latency at the reading clients with stalled clients beside them, against the same
     * measurement right after the stalled ones have gone (same queue, same data). Tickets are issued
     * until central reports every stalled client behind, so the calls meet writes that cannot complete.
     */
    private int stalledCalls(Report report, ExecutorService pool, Target central)
            throws IOException, InterruptedException {
        if (stalledClients == 0) {
            return 0;
        }
        ExecutorService sse = Executors.newFixedThreadPool(4, daemonThreads("bench-stalled-"));
        try {
            Duration timeout = Duration.ofSeconds(timeoutSeconds);
            HttpClient http = httpClient(pool);
            CallRun run = new CallRun(http, central, sse, timeout);
            StallCounts counts = new StallCounts();
            CallRun.Result with;
            try (StalledClients stalled = StalledClients.open(central.sseRequest(), stalledClients)) {
                counts.filled = fillUntilBehind(http, central);
                counts.behindAtStart = central.subscribersBehind(http);
                progress("%s: %d stalled clients behind after %d tickets; %d reading SSE clients, %d warm-up"
                        + " + %d measured calls", central.label(), counts.behindAtStart, counts.filled, sseClients,
                        warmupCalls, calls);
                with = run.run(sseClients, warmupCalls, calls, 0);
                counts.behindAtEnd = central.subscribersBehind(http);
            }
            progress("%s: stalled clients gone; the same %d SSE clients and calls again", central.label(), sseClients);
            CallRun.Result without = run.run(sseClients, warmupCalls, calls, 0);
            report.stalled(central.label(), calls, stalledClients, counts.filled, counts.behindAtStart, counts.behindAtEnd, with,
                    without);
            return (int) Math.min(Integer.MAX_VALUE, with.missed() + without.missed());
        } finally {
            sse.shutdownNow();
        }
    }

    /** What phase 3 saw of the stalled clients. */
    private static final class StallCounts {
        int filled;
        int behindAtStart;
        int behindAtEnd;
    }

    /**
     * Issues tickets and calls each one, in steps, until central counts every stalled client behind;
     * returns how many. Calling them keeps the queue as it was, so walk-ins stay within the day.
     */
    private int fillUntilBehind(HttpClient http, Target central) throws IOException, InterruptedException {
        LoadRun fill = new LoadRun(http, central, (long) warmup + tickets);
        int issued = 0;
        while (stillBehind(http, central) < stalledClients) {
            if (issued >= stallFill) {
                throw new IOException("after " + issued + " tickets only " + central.subscribersBehind(http) + " of "
                        + stalledClients + " stalled clients are behind; raise --stall-fill");
            }
            LoadRun.Result step = fill.run(FILL_STEP, clients);
            if (step.errors() > 0) {
                throw new IOException("filling the stalled clients' buffers: " + step.firstError());
            }
            for (int i = 0; i < FILL_STEP; i++) {
                central.call(http, issued + i, 0);
            }
            issued += FILL_STEP;
        }
        return issued;
    }

    /** Subscribers behind now and still a moment later: a client that reads catches up within that moment. */
    private static int stillBehind(HttpClient http, Target central) throws IOException, InterruptedException {
        Thread.sleep(SETTLE_MILLIS);
        int first = central.subscribersBehind(http);
        Thread.sleep(SETTLE_MILLIS);
        return Math.min(first, central.subscribersBehind(http));
    }

    private static void requireReachable(ExecutorService pool, Target target) {
        try {
            target.liveSubscribers(httpClient(pool));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + target.label() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static HttpClient httpClient(ExecutorService pool) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    private void requireSaneCounts() {
        if (tickets < 1 || clients < 1 || sseClients < 1 || calls < 1 || warmup < 0 || warmupCalls < 0
                || timeoutSeconds < 1 || services.isEmpty() || stalledClients < 0 || stallFill < 0) {
            throw new IllegalArgumentException("--tickets, --clients, --sse-clients, --calls and --timeout must be"
                    + " at least 1, --warmup, --warmup-calls, --stalled-clients and --stall-fill at least 0,"
                    + " --services not empty");
        }
        if (database != null && url != null) {
            throw new IllegalArgumentException("--database is the database of the centrals the bench starts;"
                    + " with --url it measures a central that runs elsewhere");
        }
        if (url == null && !Files.isRegularFile(config)) {
            throw new IllegalArgumentException("no configuration at " + config.toAbsolutePath()
                    + "; run from the repository root (./skranke bench) or pass --config");
        }
    }

    /** The PostgreSQL database of {@code --database} (credentials from the environment if not in it), or null. */
    private DatabaseUrl postgresDatabase() {
        if (database == null) {
            return null;
        }
        DatabaseUrl postgres = DatabaseUrl.of(database, System.getenv());
        if (postgres.dialect() != SqlDialect.POSTGRESQL) {
            throw new IllegalArgumentException("--database must be a jdbc:postgresql: URL; the bench measures"
                    + " central on SQLite in every run anyway");
        }
        return postgres;
    }

    /** Each SSE client is a socket here and another in the server, which inherits this limit. */
    private void requireOpenFileLimit() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
            long limit = unix.getMaxFileDescriptorCount();
            long needed = (long) sseClients + stalledClients + clients + SPARE_FILES;
            if (limit < needed) {
                throw new IllegalArgumentException(String.format("--sse-clients %d and --clients %d need about %d"
                        + " open files in this process and in each server, but the limit is %d. Raise it with"
                        + " `ulimit -n %d` (the hard limit, `ulimit -Hn`, caps it) or use fewer clients.",
                        sseClients, clients, needed, limit, needed));
            }
        }
    }

    private static void progress(String format, Object... args) {
        System.err.println("bench: " + String.format(format, args));
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

}
