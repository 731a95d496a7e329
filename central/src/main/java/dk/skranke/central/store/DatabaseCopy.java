package dk.skranke.central.store;

import dk.skranke.central.store.DatabaseTables.Column;
import dk.skranke.central.store.DatabaseTables.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies a whole central database (SQLite) into a new, empty one (PostgreSQL), both at the same schema
 * version: every table but Flyway's, columns by name, in one transaction on each side. The target is
 * written in one transaction that is committed only when every table holds as many rows as in the source,
 * and its identity columns (the event ids) continue after the highest copied value, so clients resuming
 * with an event id from before the move get exactly the events after it.
 */
public final class DatabaseCopy {
    private final Database source;
    private final Database target;

    public DatabaseCopy(Database source, Database target) {
        this.source = source;
        this.target = target;
    }

    /** Copies, verifies and commits; throws {@link CopyRefusedException} (nothing written) or {@link StorageException}. */
    public Report run() {
        long began = System.nanoTime();
        // The source's transaction gives one consistent view of it (on SQLite it also holds its write lock).
        List<TableRows> tables = source.inTransaction(from -> target.inTransaction(to -> copy(from, to)));
        return new Report(tables, Duration.ofNanos(System.nanoTime() - began));
    }

    private List<TableRows> copy(Connection from, Connection to) {
        try {
            return copyAll(from, to);
        } catch (SQLException e) {
            throw new StorageException("the copy failed, nothing was committed: " + Sql.reason(e), e);
        }
    }

    private List<TableRows> copyAll(Connection from, Connection to) throws SQLException {
        requireSameSchemaVersion(from, to);
        Map<String, Table> targetTables = DatabaseTables.read(to);
        requireSameTables(DatabaseTables.read(from), targetTables);
        requireEmpty(to, targetTables.keySet());
        List<TableCopy> plan = new ArrayList<>(); // every column's type checked before a row is written
        for (String table : TableOrder.forInserts(to, targetTables.keySet())) {
            plan.add(new TableCopy(targetTables.get(table), target.dialect()));
        }
        List<TableRows> copied = new ArrayList<>();
        for (TableCopy table : plan) {
            copied.add(new TableRows(table.table(), table.copy(from, to)));
        }
        continueIdentities(to, targetTables.values());
        verifyCounts(from, to, copied);
        return copied;
    }

    private static void requireSameSchemaVersion(Connection from, Connection to) throws SQLException {
        List<String> sourceVersions = schemaVersions(from);
        List<String> targetVersions = schemaVersions(to);
        if (!sourceVersions.equals(targetVersions)) {
            throw new CopyRefusedException("the source database has the schema migrations " + sourceVersions
                    + " but the target " + targetVersions + "; both must be opened by the same Skranke version");
        }
    }

    /** The versions Flyway applied, in the order it applied them. */
    private static List<String> schemaVersions(Connection c) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM " + DatabaseTables.FLYWAY_HISTORY
                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    private static void requireSameTables(Map<String, Table> source, Map<String, Table> target) {
        if (!source.keySet().equals(target.keySet())) {
            throw new CopyRefusedException("the source has the tables " + source.keySet() + " but the target "
                    + target.keySet());
        }
        for (Table table : source.values()) {
            Set<String> sourceColumns = new TreeSet<>(table.columnNames());
            Set<String> targetColumns = new TreeSet<>(target.get(table.name()).columnNames());
            if (!sourceColumns.equals(targetColumns)) {
                throw new CopyRefusedException("the table " + table.name() + " has the columns " + sourceColumns
                        + " in the source but " + targetColumns + " in the target");
            }
        }
    }

    private static void requireEmpty(Connection to, Set<String> tables) throws SQLException {
        List<String> filled = new ArrayList<>();
        for (String table : tables) {
            try (PreparedStatement s = to.prepareStatement("SELECT 1 FROM " + table + " LIMIT 1");
                    ResultSet row = s.executeQuery()) {
                if (row.next()) {
                    filled.add(table);
                }
            }
        }
        if (!filled.isEmpty()) {
            throw new CopyRefusedException("the target database is not empty: the table"
                    + (filled.size() == 1 ? " " : "s ") + String.join(", ", filled) + (filled.size() == 1 ? " has"
                    : " have") + " rows; copy only into a new, empty database (nothing was changed)");
        }
    }

    private void continueIdentities(Connection to, Iterable<Table> tables) throws SQLException {
        for (Table table : tables) {
            for (Column column : table.columns()) {
                Optional<String> restart = column.identity()
                        ? target.dialect().continueIdentity(table.name(), column.name()) : Optional.empty();
                if (restart.isPresent()) {
                    try (PreparedStatement s = to.prepareStatement(restart.get())) {
                        s.execute();
                    }
                }
            }
        }
    }

    private static void verifyCounts(Connection from, Connection to, List<TableRows> copied) throws SQLException {
        for (TableRows table : copied) {
            long inSource = Sql.queryLong(from, "SELECT COUNT(*) FROM " + table.table());
            long inTarget = Sql.queryLong(to, "SELECT COUNT(*) FROM " + table.table());
            if (inSource != table.rows() || inTarget != table.rows()) {
                throw new StorageException("the table " + table.table() + " has " + inSource + " rows in the source,"
                        + " " + table.rows() + " were read and " + inTarget + " are in the target; nothing was"
                        + " committed", null);
            }
        }
    }

    /** How many rows a table had (and now has in the target too). */
    public record TableRows(String table, long rows) {
    }

    /** The tables in the order they were copied, and how long the copy took (verification included). */
    public record Report(List<TableRows> tables, Duration took) {
        public Report {
            tables = List.copyOf(tables);
        }

        public long totalRows() {
            return tables.stream().mapToLong(TableRows::rows).sum();
        }
    }
}
