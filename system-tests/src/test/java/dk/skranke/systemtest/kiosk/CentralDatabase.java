package dk.skranke.systemtest.kiosk;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads central's SQLite file directly, so a test sees what central really stored, not what it answered. */
final class CentralDatabase {
    private final Path file;

    CentralDatabase(Path file) {
        this.file = file;
    }

    /** Rows of the query, each column as text. */
    List<List<String>> rows(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(r.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read central's database: " + e.getMessage(), e);
        }
    }

    long count(String sql, Object... args) {
        return Long.parseLong(rows(sql, args).get(0).get(0));
    }
}
