package dk.skranke.central.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database central keeps its state in, SQLite (a file, the default) or PostgreSQL (a server): a
 * connection pool, versioned migrations per dialect, and one transaction per command.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final SqlDialect dialect;

    private Database(HikariDataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** Opens (creating if needed) {@code skranke.db} in the directory and migrates it. */
    public static Database openSqlite(Path dataDir) {
        return open(DatabaseUrl.sqlite(dataDir));
    }

    /** Opens the database at the URL and brings its schema to the current version. */
    public static Database open(DatabaseUrl url) {
        SqlDialect dialect = url.dialect();
        url.sqliteFile().ifPresent(Database::createDirectoryOf);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setPoolName(dialect.name().toLowerCase(java.util.Locale.ROOT));
        if (url.user() != null) {
            config.setUsername(url.user());
        }
        if (url.password() != null) {
            config.setPassword(url.password());
        }
        dialect.configure(config);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("cannot connect to the database " + url + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(ds).locations(dialect.migrations()).load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StorageException("cannot migrate the database " + url + ": " + rootMessage(e), e);
        }
        log.info("database open url={}", url.redacted());
        return new Database(ds, dialect);
    }

    private static void createDirectoryOf(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        if (directory == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new StorageException("cannot create data directory " + directory, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        // the resolver's message is the bare host name
        return root instanceof UnknownHostException ? "unknown host " + root.getMessage() : root.getMessage();
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("database transaction failed", e);
        }
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!dialect.readsInTransaction()) {
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new StorageException("database read failed", e);
        }
    }

    public boolean isHealthy() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** Work against a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
