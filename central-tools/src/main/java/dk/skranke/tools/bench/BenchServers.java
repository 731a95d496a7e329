package dk.skranke.tools.bench;

import dk.skranke.central.store.DatabaseUrl;
import dk.skranke.central.store.ScratchSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The child JVMs one bench run measures and what they need: a private work directory (the demo's SQLite
 * file, native libraries, logs) and, for central on PostgreSQL, a fresh schema. Closing stops the
 * children, then drops the schema, then removes the directory; a shutdown hook does the same on Ctrl+C.
 */
final class BenchServers implements AutoCloseable {
    static final String BARE_MAIN = "dk.skranke.tools.bench.BareServer";
    /**
     * A child central's clock starts at this local time of today, whenever the bench runs: a run
     * late in the day would otherwise be refused once the estimated wait of the thousands of tickets
     * it leaves waiting runs past closing at midnight, or see the day roll over.
     */
    static final String CLOCK_START = "08:00";
    private static final String CENTRAL_MAIN = "dk.skranke.tools.Main";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String SERVICE_TIME = "1s";
    private static final Pattern SERVICE_TIME_KEY = Pattern.compile("(defaultServiceTime:\\s*)[^\\s,}]+");

    private final Path work;
    private final List<String> jvm;
    private final List<ChildJvm> children = new CopyOnWriteArrayList<>();
    private final List<ScratchSchema> schemas = new CopyOnWriteArrayList<>();
    private final Thread hook = new Thread(this::stop, "bench-stop-children");

    /**
     * A started child, a line saying where it runs and on what, and for central on PostgreSQL a line
     * about the database server (null otherwise).
     */
    record Started(ChildJvm child, String where, String database) {
    }

    private BenchServers(Path work, List<String> jvm) {
        this.work = work;
        this.jvm = jvm;
    }

    /** {@code jvmOptions} for every child, split on spaces; a private {@code java.io.tmpdir} is added. */
    static BenchServers create(String jvmOptions) throws IOException {
        Path work = Files.createTempDirectory("skranke-bench-");
        List<String> jvm = Stream.concat(Arrays.stream(jvmOptions.trim().split("\\s+")).filter(s -> !s.isEmpty()),
                Stream.of("-Djava.io.tmpdir=" + work)).toList();
        BenchServers servers = new BenchServers(work, jvm);
        Runtime.getRuntime().addShutdownHook(servers.hook);
        return servers;
    }

    /** The options every child JVM was started with, for the report. */
    String jvmOptions() {
        return String.join(" ", jvm);
    }

    /**
     * Central as {@code demo} on {@code config} with every service time shortened, its clock from
     * {@link #CLOCK_START}, no generated history: on a fresh SQLite file, or with {@code postgres} in a
     * fresh schema of that database.
     */
    Started central(String name, Path config, DatabaseUrl postgres) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("demo", "--config", benchConfig(config).toString(), "--port",
                "0", "--start-at", CLOCK_START, "--history-days", "0"));
        String database = "fresh SQLite";
        String server = null;
        if (postgres != null) {
            ScratchSchema schema = ScratchSchema.create(postgres, "bench", Clock.systemUTC());
            schemas.add(schema);
            progress("PostgreSQL schema %s created", schema.name());
            args.addAll(List.of("--database", schema.url().jdbcUrl()));
            database = "fresh schema " + schema.name() + " of " + postgres.redacted() + " (dropped afterwards)";
            server = schema.serverSettings() + "; " + name + "'s CPU figures count central's JVM only, not the"
                    + " database server's processes";
        }
        ChildJvm child = start(name, CENTRAL_MAIN, args);
        return new Started(child, "child JVM pid " + child.pid() + ", `demo` (" + config + " with " + SERVICE_TIME
                + " service times, clock from " + CLOCK_START + " local time, " + database + " without history"
                + " (its service times would be the wait estimates' and refuse walk-ins)) at " + child.baseUrl(),
                server);
    }

    /** The bare Javalin baseline. */
    Started bare() throws IOException, InterruptedException {
        ChildJvm child = start("bare", BARE_MAIN, List.of("--port", "0"));
        return new Started(child, "child JVM pid " + child.pid()
                + ", BareServer (Javalin 7, no auth, no database, no request log) at " + child.baseUrl(), null);
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is doing the same
        }
    }

    /** Children first: central's database sessions end with its JVM, so its schema can be dropped. */
    private void stop() {
        children.forEach(ChildJvm::close);
        for (ScratchSchema schema : schemas) {
            try {
                schema.close();
            } catch (RuntimeException e) {
                System.err.println("bench: could not drop PostgreSQL schema " + schema.name() + ": "
                        + e.getMessage());
            }
        }
        TempTree.delete(work, "bench");
    }

    private ChildJvm start(String name, String mainClass, List<String> args) throws IOException, InterruptedException {
        progress("starting %s (child JVM)", name);
        ChildJvm child = ChildJvm.start(name, jvm, mainClass, args, work.resolve(name + ".log"), START_TIMEOUT);
        children.add(child);
        return child;
    }

    /**
     * The configuration with every defaultServiceTime set to one second. With the real ones (5 to 15
     * minutes) central rightly refuses walk-ins after a few hundred tickets, because the estimated
     * wait would run past closing time ("last-ticket-passed"); the bench issues thousands.
     */
    private Path benchConfig(Path config) throws IOException {
        String yaml = Files.readString(config);
        Matcher times = SERVICE_TIME_KEY.matcher(yaml);
        if (!times.find()) {
            throw new IllegalArgumentException(config + " sets no defaultServiceTime; the bench shortens them"
                    + " so that thousands of walk-ins stay within opening hours");
        }
        Path copy = work.resolve("bench-config.yaml");
        Files.writeString(copy, times.replaceAll("$1" + SERVICE_TIME));
        return copy;
    }

    private static void progress(String format, Object... args) {
        System.err.println("bench: " + String.format(format, args));
    }
}
