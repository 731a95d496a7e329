package dk.skranke.central.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * A new, empty PostgreSQL schema for one run of a tool (the benchmark's central), so that repeated runs
 * against the same database each start empty and leave nothing behind: {@link #close} drops it with
 * everything in it.
 */
public final class ScratchSchema implements AutoCloseable {
    /** Lower case, so the unquoted name PostgreSQL folds to is the name in {@code currentSchema}. */
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,30}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final DatabaseUrl server;
    private final String name;
    private final AtomicBoolean dropped = new AtomicBoolean();

    private ScratchSchema(DatabaseUrl server, String name) {
        this.server = server;
        this.name = name;
    }

    /**
     * Creates {@code <prefix>_<UTC date>_<UTC time>_<4 hex digits>} in the database at {@code server}, e.g.
     * {@code bench_20261205_101530_3fa0}; the URL must name a database, not a schema.
     */
    public static ScratchSchema create(DatabaseUrl server, String prefix, Clock clock) {
        if (server.dialect() != SqlDialect.POSTGRESQL) {
            throw new IllegalArgumentException("a scratch schema needs a jdbc:postgresql: URL, not "
                    + server.redacted());
        }
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("schema prefix must be lower-case letters, digits and _: " + prefix);
        }
        if (server.jdbcUrl().contains("currentSchema=")) {
            throw new IllegalArgumentException("the database URL already names a schema (currentSchema); give the"
                    + " database only, a fresh schema is made for the run");
        }
        String name = String.format(Locale.ROOT, "%s_%s_%04x", prefix, STAMP.format(clock.instant()),
                ThreadLocalRandom.current().nextInt(0x10000));
        run(server, "create schema " + name, s -> s.execute("CREATE SCHEMA " + name));
        return new ScratchSchema(server, name);
    }

    public String name() {
        return name;
    }

    /** The database URL with this schema as the current one, so central migrates and works in it alone. */
    public DatabaseUrl url() {
        String separator = server.jdbcUrl().contains("?") ? "&" : "?";
        return new DatabaseUrl(server.jdbcUrl() + separator + "currentSchema=" + name, server.user(),
                server.password());
    }

    /** The server's version and the settings that decide when a commit returns, for a benchmark's report. */
    public String serverSettings() {
        return run(server, "read the server's settings", s -> "PostgreSQL " + show(s, "server_version") + ", fsync="
                + show(s, "fsync") + ", synchronous_commit=" + show(s, "synchronous_commit") + " (central sets"
                + " synchronous_commit=on for its sessions), wal_sync_method=" + show(s, "wal_sync_method"));
    }

    /** Drops the schema and everything in it; a second call does nothing. */
    @Override
    public void close() {
        if (dropped.compareAndSet(false, true)) {
            run(server, "drop schema " + name, s -> s.execute("DROP SCHEMA " + name + " CASCADE"));
        }
    }

    private static String show(Statement s, String setting) throws SQLException {
        try (ResultSet r = s.executeQuery("SHOW " + setting)) {
            return r.next() ? r.getString(1) : "?";
        }
    }

    private static <T> T run(DatabaseUrl url, String what, StatementWork<T> work) {
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
                Statement s = c.createStatement()) {
            return work.run(s);
        } catch (SQLException e) {
            throw new StorageException("cannot " + what + " in " + url + ": " + e.getMessage(), e);
        }
    }

    /** Work on one statement of a short-lived connection. */
    @FunctionalInterface
    private interface StatementWork<T> {
        T run(Statement statement) throws SQLException;
    }
}
