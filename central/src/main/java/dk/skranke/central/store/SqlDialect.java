package dk.skranke.central.store;

import com.zaxxer.hikari.HikariConfig;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything central's SQL does differently on SQLite and PostgreSQL, in one place. The schema is the
 * same on both (times are epoch milliseconds in BIGINT, days are ISO dates in TEXT, flags are 0/1
 * INTEGER, event data is JSON text), so the only differences are here and in the two migration folders,
 * which carry the same version numbers.
 */
public enum SqlDialect {
    SQLITE("jdbc:sqlite:", "sqlite"),
    POSTGRESQL("jdbc:postgresql:", "postgresql");

    private final String urlPrefix;
    private final String migrationFolder;

    SqlDialect(String urlPrefix, String migrationFolder) {
        this.urlPrefix = urlPrefix;
        this.migrationFolder = migrationFolder;
    }

    /** The dialect a JDBC URL names; any other URL is refused with a message naming the two supported. */
    public static SqlDialect of(String jdbcUrl) {
        return Arrays.stream(values()).filter(d -> jdbcUrl.startsWith(d.urlPrefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the database URL must start with jdbc:sqlite:"
                        + " or jdbc:postgresql:"));
    }

    /** Where Flyway finds this dialect's migrations. */
    String migrations() {
        return "classpath:db/migration/" + migrationFolder;
    }

    /** Pool settings: SQLite is one file with one writer, PostgreSQL a server with many sessions. */
    void configure(HikariConfig config) {
        if (this == SQLITE) {
            config.setMaximumPoolSize(4);
            // Every acknowledged ticket must survive kill -9 and power loss: WAL + synchronous=FULL.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("foreign_keys", "true");
            // A write transaction takes the database's write lock when it begins, not at its first write.
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        } else {
            config.setMaximumPoolSize(10);
            // A commit returns when the server has flushed it (the server's default, stated on purpose).
            config.addDataSourceProperty("options", "-c synchronous_commit=on");
            config.addDataSourceProperty("ApplicationName", "skranke-central");
        }
    }

    /**
     * Whether reads run inside a transaction. PostgreSQL streams a large result (the reports' year of
     * tickets) only inside one; SQLite's immediate transactions would take the write lock for a read.
     */
    boolean readsInTransaction() {
        return this == POSTGRESQL;
    }

    /** The JSON text at a path of a JSON text column (as text, NULL when absent). */
    String jsonText(String column, String... path) {
        return this == SQLITE ? "json_extract(" + column + ", '$." + String.join(".", path) + "')"
                : "(" + column + "::jsonb #>> '{" + String.join(",", path) + "}')";
    }

    /** The JSON text of a JSON text column without the values at the given dotted paths. */
    String jsonWithout(String column, String... dottedPaths) {
        if (this == SQLITE) {
            return "json_remove(" + column + Arrays.stream(dottedPaths).map(p -> ", '$." + p + "'")
                    .collect(Collectors.joining()) + ")";
        }
        return "(" + column + "::jsonb" + Arrays.stream(dottedPaths).map(p -> " #- '{" + p.replace('.', ',') + "}'")
                .collect(Collectors.joining()) + ")::text";
    }

    /**
     * The statement that makes a table's identity column continue after its highest value, once rows with
     * their own ids were inserted: PostgreSQL's sequence does not notice them, SQLite's AUTOINCREMENT does.
     */
    Optional<String> continueIdentity(String table, String column) {
        if (this == SQLITE) {
            return Optional.empty();
        }
        return Optional.of("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), COALESCE(MAX("
                + column + "), 0) + 1, false) FROM " + table);
    }

    /** The placeholder of a JSON value bound as text into a column of this type (PostgreSQL casts to json/jsonb). */
    String jsonParameter(String columnType) {
        return this == SQLITE ? "?" : "CAST(? AS " + columnType + ")";
    }

    /** The larger of two numbers (SQLite's two-argument MAX, PostgreSQL's GREATEST). */
    String greatest(String a, String b) {
        return (this == SQLITE ? "MAX(" : "GREATEST(") + a + ", " + b + ")";
    }
}
