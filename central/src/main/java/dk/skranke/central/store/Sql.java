package dk.skranke.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Small JDBC helpers shared by the stores. */
final class Sql {
    private Sql() {
    }

    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setLong(i + 1, instant.toEpochMilli());
            } else if (value instanceof Boolean bool) {
                statement.setInt(i + 1, bool ? 1 : 0);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** Runs one INSERT, UPDATE or DELETE with the values bound in order; returns the rows it changed. */
    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        }
    }

    /** The one number a query returns (a count, a maximum). */
    static long queryLong(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * What went wrong, for a message: the first line of the database's own error and its SQL state. The
     * detail lines that follow (and a batch's statement text) can quote row values, so they are left out.
     */
    static String reason(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int end = message.indexOf('\n');
        String first = (end < 0 ? message : message.substring(0, end)).trim();
        return cause.getSQLState() == null ? first : first + " (SQL state " + cause.getSQLState() + ")";
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
