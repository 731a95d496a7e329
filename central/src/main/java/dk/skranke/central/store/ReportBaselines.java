package dk.skranke.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Bare reads of the rows a report reads, with none of its work: the baselines {@code skranke bench-reports}
 * times the reports against, kept here so that all of central's SQL stays in this package.
 */
public final class ReportBaselines {
    private static final String COUNT = "SELECT count(*) FROM tickets WHERE branch = ? AND day >= ? AND day <= ?";
    /** The ticket columns {@link ReportSource} reads, without its transfer join and first-call lookup. */
    private static final String SCAN = "SELECT service, kind, status, day, issued_at, queued_at, called_at,"
            + " started_at, finished_at, desk, outcomes, transferred_from IS NULL, estimated_wait_minutes"
            + " FROM tickets WHERE branch = ? AND day >= ? AND day <= ?";
    private static final int SCAN_COLUMNS = 13;

    /** The branch's tickets on the days {@code from..to} (an index-only count). */
    public long count(Connection c, String branch, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement s = prepare(c, COUNT, branch, from, to); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /**
     * Reads every column the report reads of the branch's tickets on {@code from..to}, each fetched through
     * JDBC, and does nothing with them but count the values that are not null (so nothing is optimised away).
     */
    public long scan(Connection c, String branch, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement s = prepare(c, SCAN, branch, from, to)) {
            s.setFetchSize(5000);
            long values = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    for (int column = 1; column <= SCAN_COLUMNS; column++) {
                        values += r.getObject(column) == null ? 0 : 1;
                    }
                }
            }
            return values;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, String branch, LocalDate from, LocalDate to)
            throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            Sql.bind(s, branch, from.toString(), to.toString());
            return s;
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }
}
