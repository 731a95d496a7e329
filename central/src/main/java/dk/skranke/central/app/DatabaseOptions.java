package dk.skranke.central.app;

import dk.skranke.central.config.CentralConfig;
import dk.skranke.central.store.DatabaseUrl;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The database options every command shares ({@code @Mixin}): {@code --database URL}, else the
 * configuration's {@code database:} key, else SQLite in {@code --data} (default {@code data}).
 */
public final class DatabaseOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "directory of the SQLite database (default: data)")
    Path data;

    @Option(names = "--database", paramLabel = "JDBC_URL", description = "a PostgreSQL database instead of SQLite,"
            + " e.g. jdbc:postgresql://db.example/skranke; user and password in the URL or from the environment"
            + " (SKRANKE_DATABASE_USER, SKRANKE_DATABASE_PASSWORD)")
    String database;

    /** The database chosen for this configuration; two choices at once are refused. */
    public DatabaseUrl url(CentralConfig config) {
        return choose(data, database, config.database(), System.getenv());
    }

    static DatabaseUrl choose(Path data, String database, DatabaseUrl configured, Map<String, String> environment) {
        if (data != null && (database != null || configured != null)) {
            throw new IllegalArgumentException("--data is SQLite's directory; it cannot be combined with "
                    + (database != null ? "--database" : "the configuration's database: key"));
        }
        if (database != null) {
            return DatabaseUrl.of(database, environment);
        }
        if (configured != null) {
            return configured;
        }
        return DatabaseUrl.sqlite(data == null ? Path.of("data") : data);
    }
}
