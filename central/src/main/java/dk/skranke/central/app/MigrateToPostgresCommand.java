package dk.skranke.central.app;

import dk.skranke.central.store.Database;
import dk.skranke.central.store.DatabaseCopy;
import dk.skranke.central.store.DatabaseUrl;
import dk.skranke.central.store.SqlDialect;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code skranke migrate-to-postgres}: moves a centre's whole SQLite database into a new PostgreSQL database. */
@Command(name = "migrate-to-postgres", mixinStandardHelpOptions = true,
        description = {"Copy central's whole SQLite database (every table: tickets, events, appointments, numbers,"
                + " idempotency keys, desks, devices) into a new, empty PostgreSQL database, in one transaction"
                + " that is committed only when every table's row count matches.",
                "Stop central first; afterwards start it with --database JDBC_URL instead of --data DIR."})
final class MigrateToPostgresCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "DATA_DIR",
            description = "central's data directory, the one given to central as --data (it holds skranke.db)")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "JDBC_URL", description = "the new PostgreSQL database,"
            + " e.g. jdbc:postgresql://db.example/skranke; user and password in the URL or from the environment"
            + " (SKRANKE_DATABASE_USER, SKRANKE_DATABASE_PASSWORD)")
    String to;

    @Override
    public Integer call() {
        DatabaseUrl source = source(from);
        DatabaseUrl target = target(to, System.getenv());
        // The target first: a server that cannot be reached or migrated must not cost the source anything.
        try (Database into = Database.open(target); Database outOf = Database.open(source)) {
            print(new DatabaseCopy(outOf, into).run(), source, target);
        }
        return 0;
    }

    /** {@code skranke.db} in the directory; refused when it is not there, so that none is created. */
    private static DatabaseUrl source(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("--from " + dataDir + ": no such directory");
        }
        DatabaseUrl url = DatabaseUrl.sqlite(dataDir);
        Path file = url.sqliteFile().orElseThrow();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                throw new IllegalArgumentException("--from " + dataDir + ": no central database there ("
                        + file.getFileName() + " is " + (Files.exists(file) ? "empty" : "missing") + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return url;
    }

    /** A PostgreSQL URL, with the credentials from the environment where it has none. */
    private static DatabaseUrl target(String jdbcUrl, Map<String, String> environment) {
        DatabaseUrl target = null;
        try {
            target = DatabaseUrl.of(jdbcUrl, environment);
        } catch (IllegalArgumentException e) {
            // answered below, without repeating the URL (it may carry a password)
        }
        if (target == null || target.dialect() != SqlDialect.POSTGRESQL) {
            throw new IllegalArgumentException("--to must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://db.example/skranke");
        }
        return target;
    }

    private void print(DatabaseCopy.Report report, DatabaseUrl source, DatabaseUrl target) {
        PrintStream out = System.out;
        out.println("copied " + source + " to " + target + ":");
        for (DatabaseCopy.TableRows table : report.tables()) {
            out.printf(Locale.ROOT, "  %-20s %10d%n", table.table(), table.rows());
        }
        out.printf(Locale.ROOT, "  %-20s %10d rows in %.1f s%n", "total", report.totalRows(),
                report.took().toMillis() / 1000.0);
        out.println("next: start central with --database and the URL given as --to, instead of --data " + from);
    }
}
