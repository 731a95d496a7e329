package dk.skranke.central.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where central's database is: a JDBC URL and, for a server, the credentials. SQLite is a file in a
 * data directory; PostgreSQL takes its credentials in the URL ({@code ?user=..&password=..}) or from
 * the environment ({@code SKRANKE_DATABASE_USER}, {@code SKRANKE_DATABASE_PASSWORD}), so they need not
 * be in a file or on a command line. {@link #toString} never shows a password.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
    public static final String USER_VARIABLE = "SKRANKE_DATABASE_USER";
    public static final String PASSWORD_VARIABLE = "SKRANKE_DATABASE_PASSWORD";

    public DatabaseUrl {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("the database URL is empty");
        }
        SqlDialect.of(jdbcUrl); // refuses anything else with a clear message
    }

    /** {@code skranke.db} in the data directory. */
    public static DatabaseUrl sqlite(Path dataDir) {
        return new DatabaseUrl("jdbc:sqlite:" + dataDir.resolve("skranke.db").toAbsolutePath(), null, null);
    }

    /** A URL given by an operator, with credentials from the environment where the URL has none. */
    public static DatabaseUrl of(String jdbcUrl, Map<String, String> environment) {
        String url = jdbcUrl == null ? "" : jdbcUrl.trim();
        if (SqlDialect.of(url) == SqlDialect.SQLITE) {
            return new DatabaseUrl(url, null, null);
        }
        return new DatabaseUrl(url, blankToNull(environment.get(USER_VARIABLE)),
                blankToNull(environment.get(PASSWORD_VARIABLE)));
    }

    /** The SQLite file a {@code jdbc:sqlite:} URL names (empty for PostgreSQL and in-memory SQLite). */
    public Optional<Path> sqliteFile() {
        if (dialect() != SqlDialect.SQLITE) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        if (rest.isEmpty() || rest.startsWith(":memory:")) {
            return Optional.empty();
        }
        int query = rest.indexOf('?');
        return Optional.of(Path.of(query < 0 ? rest : rest.substring(0, query)));
    }

    public SqlDialect dialect() {
        return SqlDialect.of(jdbcUrl);
    }

    /** The URL without its query (where a password may be), for logs and messages. */
    public String redacted() {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
    }

    @Override
    public String toString() {
        return redacted() + (user == null ? "" : " as " + user);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
